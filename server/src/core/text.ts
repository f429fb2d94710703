/** Offsets, positions and lines of a document's text (UTF-16 code units throughout). */
import type { Location, Position, Span } from './model';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - (this.starts[lo] ?? 0) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] ?? this.text.length) : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  location(span: Span): Location {
    return { ...span, startPos: this.position(span.start), endPos: this.position(span.end) };
  }

  /** Whitespace that lines text up with `offset`: the line's indentation plus spaces for a `- ` list marker. */
  indentOf(offset: number): string {
    const pos = this.position(offset);
    const prefix = this.lineText(pos.line).slice(0, pos.character);
    return /^[ \t]*(- )*$/.test(prefix) ? prefix.replace(/[^\t]/g, ' ') : (/^[ \t]*/.exec(prefix)?.[0] ?? '');
  }
}
