/**
 * Guardline's custom LSP messages, shared by the client and the server. Plain method names and
 * payload types only (no runtime dependencies), so the client bundle stays small.
 */

export const COMMANDS = {
  scanWorkspace: 'guardline.scanWorkspace',
  reloadPacks: 'guardline.reloadPacks',
  explainRule: 'guardline.explainRule',
  showOutput: 'guardline.showOutput',
  /** Applies all preferred fixes of one rule in one file. */
  fixAllOfRule: 'guardline.fixAllOfRule',
  openGuidance: 'guardline.openGuidance',
} as const;

/** Server -> client: counts by band after each analysis, for the status bar. */
export const COUNTS_NOTIFICATION = 'guardline/counts';
export interface CountsParams {
  uri: string;
  counts: Record<'critical' | 'high' | 'medium' | 'low' | 'info', number>;
  total: Record<'critical' | 'high' | 'medium' | 'low' | 'info', number>;
}

/** Client -> server: the workspace trust changed (VS Code grants trust without a restart). */
export const TRUST_NOTIFICATION = 'guardline/trustChanged';
export interface TrustParams {
  trusted: boolean;
}

/** Client -> server request: the explanation of a rule as Markdown. */
export const EXPLAIN_REQUEST = 'guardline/explainRule';
export interface ExplainParams {
  ruleId: string;
}
export interface ExplainResult {
  markdown: string;
  helpUri?: string;
}

/** What the client passes at initialisation. */
export interface InitOptions {
  trusted: boolean;
}

/** Carried in every diagnostic's `data`: enough to recompute code actions statelessly. */
export interface DiagnosticData {
  ruleId: string;
  fingerprint: string;
  version: number;
  band: string;
  score: number;
}
