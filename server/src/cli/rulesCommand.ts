/** `guardline rules` (list, filterable) and `guardline explain <rule-id>`. */
import { resolve } from 'node:path';
import pc from 'picocolors';
import { catalog, type RuleInfo } from '../core/catalog';
import { bandOf } from '../core/ranking';
import { RuleSet } from '../core/ruleSet';
import { docUri } from '../host/guidance';
import { builtinPackDir } from '../host/install';
import { loadPackDir } from '../host/packFiles';
import { oneOf, parse, UsageError } from './args';

export const RULES_USAGE = `guardline rules [options]

Lists the rules in force. Filters combine.

Options:
  --language ID      rules for a language or flavour (e.g. python, kubernetes)
  --kind KIND        vulnerability, misconfiguration, secret or hardening
  --band BAND        rules whose base rank is in BAND
  --search TEXT      id or title contains TEXT
  --pack DIR         add a rule pack folder (repeatable); --no-builtin to leave out the built-in pack
  --format text|json
`;

export const EXPLAIN_USAGE = `guardline explain <rule-id> [--pack DIR]

Shows what a rule finds, why it matters, how to fix it, and an example.
`;

function loadCatalog(packs: string[] | undefined, noBuiltin: boolean | undefined): { rules: RuleInfo[]; ruleSet: RuleSet } {
  const dirs = [...(noBuiltin ? [] : [builtinPackDir()]), ...(packs ?? []).map((p) => resolve(p))];
  const ruleSet = new RuleSet(dirs.map(loadPackDir));
  for (const p of ruleSet.problems) process.stderr.write(`guardline: ${p.file ?? ''}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${p.message}${p.hint ? ` (${p.hint})` : ''}\n`);
  return { rules: catalog(ruleSet, docUri), ruleSet };
}

export function rulesCommand(argv: string[]): number {
  const { values } = parse(argv, {
    language: { type: 'string' }, kind: { type: 'string' }, band: { type: 'string' }, search: { type: 'string' },
    pack: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(RULES_USAGE);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const kind = values.kind ? oneOf('kind', values.kind, ['vulnerability', 'misconfiguration', 'secret', 'hardening'] as const, 'vulnerability') : undefined;
  const band = values.band ? oneOf('band', values.band, ['critical', 'high', 'medium', 'low', 'info'] as const, 'high') : undefined;
  const search = values.search?.toLowerCase();
  const rules = loadCatalog(values.pack, values['no-builtin']).rules.filter(
    (r) => r.kind !== 'suppression' &&
      (!values.language || r.languages.includes(values.language)) &&
      (!kind || r.kind === kind) &&
      (!band || bandOf(r.baseScore) === band) &&
      (!search || r.id.includes(search) || r.title.toLowerCase().includes(search)),
  );
  if (format === 'json') {
    process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  const c = pc.createColors(process.stdout.isTTY === true && !process.env.NO_COLOR);
  const idWidth = Math.min(48, Math.max(4, ...rules.map((r) => r.id.length)));
  for (const r of rules) {
    process.stdout.write(`${r.id.padEnd(idWidth)}  ${bandOf(r.baseScore).padEnd(8)} ${r.baseScore.toFixed(1).padStart(4)}  ${c.dim(r.languages.join(',').padEnd(24))} ${r.title}${r.fixable ? c.green(' [fix]') : ''}\n`);
  }
  process.stdout.write(`${rules.length} rule${rules.length === 1 ? '' : 's'}\n`);
  return 0;
}

export function explainCommand(argv: string[]): number {
  const { values, positionals } = parse(argv, { pack: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(EXPLAIN_USAGE);
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id, e.g. guardline explain js-eval-injection');
  const { rules } = loadCatalog(values.pack, values['no-builtin']);
  const r = rules.find((x) => x.id === id);
  if (!r) {
    const near = rules.filter((x) => x.id.includes(id) || id.includes(x.id)).slice(0, 5).map((x) => x.id);
    throw new UsageError(`unknown rule "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : '; run guardline rules to list them'}`);
  }
  const c = pc.createColors(process.stdout.isTTY === true && !process.env.NO_COLOR);
  const lines = [
    c.bold(`${r.id}: ${r.title}`),
    `${r.kind}, ${r.category}; base rank ${r.baseScore.toFixed(1)} (${bandOf(r.baseScore)}): impact ${r.impact}, likelihood ${r.likelihood}, confidence ${r.confidence}${r.exposure ? `, ${r.exposure} exposure` : ''}`,
    `languages: ${r.languages.join(', ') || '(all)'}; ${r.cwe.join(', ')}${r.owasp.length ? `; OWASP ${r.owasp.join(', ')}` : ''}; pack ${r.packId} ${r.packVersion}${r.fixable ? '; quick fix available' : ''}`,
    '',
    c.bold('Why it matters'), r.rationale, '',
    c.bold('How to fix'), r.remediation, '',
  ];
  if (r.doc) lines.push(c.bold('Guidance'), r.doc.trim(), '');
  lines.push(`More: ${r.helpUri}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
