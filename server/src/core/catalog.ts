/**
 * Rule metadata as the outputs need it (SARIF rules, JSON, `rules`, `explain`), for pack rules and
 * for Guardline's own suppression checks alike.
 */
import type { Exposure, Level, RuleKind } from './model';
import { rank } from './ranking';
import type { RuleSet } from './ruleSet';
import { SUPPRESSION_RULES } from './suppressions';

export interface RuleInfo {
  id: string;
  title: string;
  kind: RuleKind;
  category: string;
  languages: string[];
  impact: Level;
  likelihood: Level;
  confidence: Level;
  exposure?: Exposure;
  cwe: string[];
  owasp: string[];
  references: string[];
  message: string;
  rationale: string;
  remediation: string;
  packId: string;
  packVersion: string;
  /** Absolute link to the guidance: the pack's base URL, an https guidance field, or the doc file. */
  helpUri: string;
  /** The guidance document's Markdown, when the pack ships it. */
  doc?: string;
  fixable: boolean;
  /** Score and band before context adjustments. */
  baseScore: number;
  enforced: boolean;
}

export function catalog(ruleSet: RuleSet, docUri: (packOrigin: string, docPath: string) => string): RuleInfo[] {
  const out: RuleInfo[] = ruleSet.rules.map((r) => {
    const pack = ruleSet.pack(r.packId);
    const base = pack?.meta.guidanceBaseUrl;
    const isUrl = /^https?:\/\//.test(r.guidance);
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      category: r.category,
      languages: [...r.languages],
      impact: r.impact,
      likelihood: r.likelihood,
      confidence: r.confidence,
      exposure: r.exposure,
      cwe: r.raw.cwe,
      owasp: r.raw.owasp ?? [],
      references: r.raw.references ?? [],
      message: r.raw.message,
      rationale: r.raw.rationale,
      remediation: r.raw.remediation,
      packId: r.packId,
      packVersion: r.packVersion,
      helpUri: isUrl ? r.guidance : base ? `${base.replace(/\/$/, '')}/${r.id}` : docUri(pack?.origin ?? '', r.guidance),
      doc: isUrl ? undefined : pack?.docs.get(r.guidance),
      fixable: r.fixes.length > 0,
      baseScore: rank(r, { testCode: false }).score,
      enforced: pack?.meta.enforced?.includes(r.id) ?? false,
    };
  });
  for (const m of Object.values(SUPPRESSION_RULES)) {
    out.push({
      id: m.id, title: m.title, kind: m.kind, category: 'suppression', languages: [], impact: m.impact, likelihood: m.likelihood, confidence: m.confidence,
      cwe: m.cwe, owasp: [], references: [], message: m.message, rationale: m.rationale, remediation: m.remediation, packId: 'guardline', packVersion: '',
      helpUri: docUri('', 'docs/suppressions.md'), fixable: m.id === SUPPRESSION_RULES.unused.id, baseScore: rank(m, { testCode: false }).score, enforced: false,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
