/**
 * Rule fixtures in the industry's annotation style: `ruleid: <id>` (the next code line must be
 * flagged), `ok: <id>` (must not), `todoruleid:` / `todook:` (known gaps, reported, not failing),
 * and `<id>.fixed.<ext>` holding the text after every preferred fix. Pure: the host supplies texts
 * and the findings.
 */
import { applyEdits } from './fixes';
import type { Finding } from './model';

export type Expectation = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  kind: Expectation;
  ruleIds: string[];
  /** The annotated code line (0-based). */
  line: number;
}

export interface FixtureOutcome {
  ruleId: string;
  file: string;
  positives: number;
  negatives: number;
  missed: number[];
  noisy: number[];
  knownGaps: { line: number; kind: 'todoruleid' | 'todook'; resolved: boolean }[];
  fixMismatch?: { expected: string; actual: string };
}

const ANNOTATION = /(?:^|[^\w-])(todoruleid|ruleid|todook|ok)\s*:\s*([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)/;

export function parseAnnotations(text: string): Annotation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Annotation[] = [];
  const pending: Omit<Annotation, 'line'>[] = [];
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (m) {
      const ann = { kind: m[1] as Expectation, ruleIds: (m[2] ?? '').split(',').map((s) => s.trim()) };
      // Own-line annotations apply to the next line: nothing but comment openers (and a JSX `{`) before them.
      const before = line.slice(0, m.index + m[0].indexOf(m[1] ?? '')).replace(/(\/\/|#|\/\*|<!--|--|"\/\/"\s*:\s*")\s*$/, '').replace(/^[\s{]*$/, '').trim();
      if (before) out.push({ ...ann, line: i });
      else pending.push(ann);
      return;
    }
    if (pending.length && line.trim() !== '') {
      for (const p of pending) out.push({ ...p, line: i });
      pending.length = 0;
    }
  });
  return out;
}

function linesOf(findings: Finding[], ruleId: string): Set<number> {
  return new Set(findings.filter((f) => f.ruleId === ruleId).map((f) => f.location.startPos.line));
}

export function checkFixture(ruleId: string, file: string, text: string, findings: Finding[], fixedText?: string): FixtureOutcome {
  const anns = parseAnnotations(text).filter((a) => a.ruleIds.includes(ruleId));
  const found = linesOf(findings, ruleId);
  const outcome: FixtureOutcome = { ruleId, file, positives: 0, negatives: 0, missed: [], noisy: [], knownGaps: [] };
  const annotated = new Set<number>();
  for (const a of anns) {
    annotated.add(a.line);
    const hit = found.has(a.line);
    if (a.kind === 'ruleid') {
      outcome.positives++;
      if (!hit) outcome.missed.push(a.line + 1);
    } else if (a.kind === 'ok') {
      outcome.negatives++;
      if (hit) outcome.noisy.push(a.line + 1);
    } else if (a.kind === 'todoruleid') outcome.knownGaps.push({ line: a.line + 1, kind: a.kind, resolved: hit });
    else outcome.knownGaps.push({ line: a.line + 1, kind: a.kind, resolved: !hit });
  }
  for (const line of found) if (!annotated.has(line)) outcome.noisy.push(line + 1);
  outcome.noisy.sort((a, b) => a - b);
  if (fixedText !== undefined) {
    const edits = findings.filter((f) => f.ruleId === ruleId && !f.suppressed).flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []);
    const actual = applyEdits(text, edits);
    if (actual !== fixedText) outcome.fixMismatch = { expected: fixedText, actual };
  }
  return outcome;
}

export function fixturePassed(o: FixtureOutcome): boolean {
  return o.missed.length === 0 && o.noisy.length === 0 && !o.fixMismatch;
}
