/**
 * The syntax tree of one open document, kept between edits so that a keystroke re-parses
 * incrementally (`tree.edit` + parse with the old tree). Owned by whoever keeps the document
 * open (the language server); `dispose` frees the tree.
 */
import type { Point, Tree } from 'web-tree-sitter';
import type { PendingEdit } from '../incremental';
import type { Finding } from '../model';

/** One text change in the coordinates of the text before it (UTF-16 offsets and positions). */
export interface TextChange {
  start: number;
  oldEnd: number;
  startPos: { line: number; character: number };
  oldEndPos: { line: number; character: number };
  text: string;
}

function endPoint(start: Point, inserted: string): Point {
  const lines = inserted.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { row: start.row, column: start.column + inserted.length };
  return { row: start.row + lines.length - 1, column: (lines[lines.length - 1] ?? '').length };
}

export class DocumentTree {
  tree: Tree | undefined;
  grammar: string | undefined;
  /** Edits since the last analysis, in order. */
  pending: PendingEdit[] = [];
  /** The last analysis's findings per rule, before suppressions: reused for unchanged regions. */
  previous: Map<string, Finding[]> | undefined;
  /** Values of each rule's file-level checks in the last analysis. */
  fileKeys: Map<string, string> | undefined;
  /** First index of each prefilter literal in the last analysed text (-1: absent). */
  literals: Map<string, number> | undefined;
  /** Edits since `literals` was computed (it is refreshed even when nothing is parsed). */
  literalEdits: PendingEdit[] = [];

  /** Records edits on the kept tree; call for every change, in order, before the next parse. */
  edit(change: TextChange): void {
    const edit = { start: change.start, oldEnd: change.oldEnd, newEnd: change.start + change.text.length };
    this.pending.push(edit);
    this.literalEdits.push(edit);
    if (!this.tree) return;
    const startPosition = { row: change.startPos.line, column: change.startPos.character };
    this.tree.edit({
      startIndex: change.start,
      oldEndIndex: change.oldEnd,
      newEndIndex: change.start + change.text.length,
      startPosition,
      oldEndPosition: { row: change.oldEndPos.line, column: change.oldEndPos.character },
      newEndPosition: endPoint(startPosition, change.text),
    } as never);
  }

  /** The tree to hand to the parser as the old tree, if it was built by the same grammar. */
  previousFor(grammar: string): Tree | undefined {
    return this.grammar === grammar ? this.tree : undefined;
  }

  replace(grammar: string, tree: Tree): void {
    if (this.tree && this.tree !== tree) this.tree.delete();
    this.tree = tree;
    this.grammar = grammar;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.grammar = undefined;
    this.pending = [];
    this.previous = undefined;
    this.fileKeys = undefined;
    this.literals = undefined;
    this.literalEdits = [];
  }
}
