/**
 * Plain data shared by every layer. Nothing here knows about tree-sitter, LSP, files or processes.
 * Offsets are UTF-16 code-unit indices into the document text (what JavaScript strings, LSP and
 * web-tree-sitter use); lines and columns are zero-based, columns in UTF-16 code units.
 */

export type Band = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const BANDS: readonly Band[] = ['critical', 'high', 'medium', 'low', 'info'];

export type Level = 'critical' | 'high' | 'medium' | 'low';
export type RuleKind = 'vulnerability' | 'misconfiguration' | 'secret' | 'hardening' | 'suppression';
export type Exposure = 'internet' | 'internal' | 'local';

export interface Position {
  line: number;
  character: number;
}

export interface Span {
  /** Start offset, inclusive (UTF-16 code units). */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

export interface Location extends Span {
  startPos: Position;
  endPos: Position;
}

export interface TextEdit {
  span: Span;
  /** Replacement text. An empty string deletes; an empty span inserts. */
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
}

/** One step of the ranking, in the order it was applied: read top to bottom to see why a rank. */
export interface RankStep {
  factor: string;
  detail: string;
  /** Score after this step. */
  score: number;
}

export interface Rank {
  score: number;
  band: Band;
  breakdown: RankStep[];
}

export interface SecondaryLocation {
  location: Location;
  message: string;
}

export interface Finding {
  ruleId: string;
  packId: string;
  /** Document path as given by the host (workspace-relative, forward slashes). */
  path: string;
  message: string;
  location: Location;
  /** The exact matched text of the primary location, secrets redacted. */
  snippet: string;
  rank: Rank;
  kind: RuleKind;
  fixes: Fix[];
  related: SecondaryLocation[];
  /** Stable across line moves and unrelated edits: rule, path, normalised text, occurrence. */
  fingerprint: string;
  suppressed?: { reason: string; until?: string; line: number };
}

export type ProblemCode =
  | 'pack-invalid'
  | 'rule-invalid'
  | 'query-invalid'
  | 'grammar-unavailable'
  | 'file-too-large'
  | 'parse-timeout'
  | 'analysis-timeout'
  | 'match-limit'
  | 'syntax-errors'
  | 'internal-error';

/** Something that went wrong but did not stop the analysis of anything else. */
export interface Problem {
  code: ProblemCode;
  message: string;
  /** How to fix it, phrased as an instruction. */
  hint?: string;
  file?: string;
  ruleId?: string;
  /** Field path inside a rule or pack file, e.g. `match.where[1].regex`. */
  field?: string;
  severity: 'error' | 'warning' | 'info';
}

export interface AnalysisResult {
  path: string;
  language: string | undefined;
  findings: Finding[];
  problems: Problem[];
  /** True when a budget stopped the analysis: the file is not known to be clean. */
  incomplete: boolean;
  stats: { lines: number; parseMs: number; matchMs: number; rulesRun: number; parsed: boolean };
}
