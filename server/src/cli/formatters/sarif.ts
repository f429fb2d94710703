/**
 * SARIF 2.1.0 output for code-scanning dashboards (GitHub code scanning, Azure DevOps, the VS Code
 * SARIF viewer). One run; rules are described once and referenced by index; suppressed findings
 * stay in the log with a `suppressions` entry so dashboards can show them as dismissed.
 *
 * Regions are 1-based with columns in UTF-16 code units (`run.columnKind`), the unit Guardline
 * measures in; `charOffset`/`charLength` count the same units. Output is deterministic: no
 * timestamps or durations, rules by id, results in rank order like the JSON format.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { RuleInfo } from '../../core/catalog';
import type { Band, Finding, Fix, Level, Problem, ProblemCode } from '../../core/model';
import { bandOf } from '../../core/ranking';
import type { ScanReport } from '../report';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'guardline/v1';
const SRCROOT = '%SRCROOT%';

const LEVEL_OF_BAND: Record<Band, Sarif.ReportingConfiguration.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const PROBLEM_SEVERITY: Record<Band, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'recommendation', info: 'recommendation' };
const PRECISION: Record<Level, string> = { critical: 'very-high', high: 'high', medium: 'medium', low: 'low' };
const NOTIFICATION_LEVEL: Record<Problem['severity'], Sarif.Notification.level> = { error: 'error', warning: 'warning', info: 'note' };
/** Problems with the rule packs rather than with the analysis of a scanned file. */
const CONFIGURATION_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['pack-invalid', 'rule-invalid', 'query-invalid']);

export function formatSarif(report: ScanReport): string {
  const findings = [...report.findings].sort(byRank);
  const catalog = new Map(report.rules.map((r) => [r.id, r]));
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort(compare);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const problems = [...report.problems].sort(byProblem);

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: SEMVER.test(report.tool.version) ? report.tool.version : undefined,
        rules: ruleIds.map((id) => descriptor(id, catalog.get(id))),
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolConfigurationNotifications: notifications(problems.filter((p) => CONFIGURATION_CODES.has(p.code))),
        toolExecutionNotifications: notifications(problems.filter((p) => !CONFIGURATION_CODES.has(p.code))),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(report.root) } },
    columnKind: 'utf16CodeUnits',
    results: findings.map((f) => result(f, ruleIndex.get(f.ruleId) ?? 0)),
    properties: report.incomplete.length ? { incomplete: [...report.incomplete].sort(compare) } : undefined,
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}

function descriptor(id: string, rule: RuleInfo | undefined): Sarif.ReportingDescriptor {
  if (!rule) return { id, name: pascalCase(id) };
  const band = bandOf(rule.baseScore);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.remediation, markdown: rule.doc ?? rule.remediation },
    helpUri: rule.helpUri || undefined,
    defaultConfiguration: { level: LEVEL_OF_BAND[band] },
    properties: {
      'security-severity': rule.baseScore.toFixed(1),
      tags: [...new Set(['security', rule.kind, rule.category, ...rule.cwe.map(cweTag).filter((t): t is string => !!t)])],
      precision: PRECISION[rule.confidence],
      'problem.severity': PROBLEM_SEVERITY[band],
      ...(rule.owasp.length ? { owasp: rule.owasp } : {}),
      packId: rule.packId,
    },
  };
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const artifactLocation = artifact(f.path);
  const { start, end, startPos, endPos } = f.location;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL_OF_BAND[f.rank.band],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: startPos.line + 1,
            startColumn: startPos.character + 1,
            endLine: endPos.line + 1,
            endColumn: endPos.character + 1,
            charOffset: start,
            charLength: end - start,
            snippet: { text: f.snippet },
          },
        },
      },
    ],
    relatedLocations: f.related.length
      ? f.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: r.location.startPos.line + 1,
              startColumn: r.location.startPos.character + 1,
              endLine: r.location.endPos.line + 1,
              endColumn: r.location.endPos.character + 1,
              charOffset: r.location.start,
              charLength: r.location.end - r.location.start,
            },
          },
        }))
      : undefined,
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    fixes: f.fixes.length ? f.fixes.map((x) => fix(x, artifactLocation)) : undefined,
    suppressions: f.suppressed
      ? [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: f.suppressed.reason,
            location: { physicalLocation: { artifactLocation, region: { startLine: f.suppressed.line + 1 } } },
            properties: f.suppressed.until ? { until: f.suppressed.until } : undefined,
          },
        ]
      : undefined,
    properties: {
      'security-severity': f.rank.score.toFixed(1),
      score: f.rank.score,
      band: f.rank.band,
      kind: f.kind,
      packId: f.packId,
      breakdown: f.rank.breakdown,
    },
  };
}

function fix(x: Fix, artifactLocation: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: x.title },
    artifactChanges: [
      {
        artifactLocation,
        replacements: x.edits.map((e) => ({
          deletedRegion: { charOffset: e.span.start, charLength: e.span.end - e.span.start },
          // An absent insertedContent means "delete the region".
          insertedContent: e.text ? { text: e.text } : undefined,
        })),
      },
    ],
    properties: { preferred: x.preferred },
  };
}

function notifications(problems: Problem[]): Sarif.Notification[] | undefined {
  if (!problems.length) return undefined;
  return problems.map((p) => {
    // Scanned files are root-relative; pack problems name absolute paths or pack-relative ones.
    const located = p.file && (isAbsolutePath(p.file) || !CONFIGURATION_CODES.has(p.code));
    return {
      level: NOTIFICATION_LEVEL[p.severity],
      message: { text: p.hint ? `${withPeriod(p.message)} ${capitalise(withPeriod(p.hint))}` : withPeriod(p.message) },
      descriptor: { id: p.code },
      locations: located ? [{ physicalLocation: { artifactLocation: artifact(p.file!) } }] : undefined,
      properties: p.ruleId || p.field || (p.file && !located) ? { ruleId: p.ruleId, field: p.field, file: located ? undefined : p.file } : undefined,
    };
  });
}

/** A location for a path as findings and problems give it: root-relative (forward slashes) or absolute. */
function artifact(path: string): Sarif.ArtifactLocation {
  if (isAbsolutePath(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function isAbsolutePath(p: string): boolean {
  return isAbsolute(p) || /^[a-zA-Z]:[\\/]/.test(p);
}

function cweTag(cwe: string): string | undefined {
  const m = /^CWE-(\d+)$/i.exec(cwe.trim());
  return m ? `external/cwe/cwe-${m[1]}` : undefined;
}

export function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function withPeriod(s: string): string {
  return /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

/** Most severe first, then by place; unlike the text output, independent of the locale. */
function byRank(a: Finding, b: Finding): number {
  return b.rank.score - a.rank.score || compare(a.path, b.path) || a.location.start - b.location.start || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function byProblem(a: Problem, b: Problem): number {
  return compare(a.file ?? '', b.file ?? '') || compare(a.code, b.code) || compare(a.ruleId ?? '', b.ruleId ?? '') || compare(a.message, b.message);
}

/** Plain code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
