/** `guardline tree <file>`: prints a file's syntax tree (and its data model for YAML/JSON/HCL), for rule authors. */
import { readFileSync } from 'node:fs';
import type { Node } from 'web-tree-sitter';
import { detect } from '../core/languages/detect';
import { languageSpec } from '../core/languages/registry';
import { buildDataModel, type DValue } from '../core/match/dataModel';
import { nodeGrammars } from '../host/grammarFiles';
import { parse, UsageError } from './args';

export const TREE_USAGE = `guardline tree <file> [--model]

Prints the tree-sitter syntax tree of a file with field names and positions, to help write
rule queries. --model prints the structured data view that document matchers use instead.
`;

function printNode(n: Node, depth: number, field: string | null, out: string[]): void {
  if (!n.isNamed) return;
  const text = n.childCount === 0 ? ` ${JSON.stringify(n.text.length > 60 ? n.text.slice(0, 57) + '...' : n.text)}` : '';
  out.push(`${'  '.repeat(depth)}${field ? `${field}: ` : ''}(${n.type}) [${n.startPosition.row + 1}:${n.startPosition.column + 1}]${text}`);
  for (let i = 0; i < n.childCount; i++) {
    const child = n.child(i);
    if (child) printNode(child, depth + 1, n.fieldNameForChild(i), out);
  }
}

function printModel(v: DValue, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (v.type === 'map') {for (const e of v.entries) {
    if (e.value.type === 'scalar') out.push(`${pad}${e.key}: ${JSON.stringify(e.value.text)}${e.value.literal ? '' : ' (expression)'}`);
    else {
      out.push(`${pad}${e.key}:`);
      printModel(e.value, depth + 1, out);
    }
  }}
  else if (v.type === 'list') {v.items.forEach((item) => {
    out.push(`${pad}-`);
    printModel(item, depth + 1, out);
  });}
  else out.push(`${pad}${JSON.stringify(v.text)}${v.literal ? '' : ' (expression)'}`);
}

export async function treeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { model: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(TREE_USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file) throw new UsageError('tree needs a file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const detected = detect(file, text);
  const spec = detected && languageSpec(detected.language);
  if (!detected || !spec) throw new UsageError(`${file}: not a language Guardline parses`);
  const grammars = nodeGrammars();
  const parsed = await grammars.parse(spec.grammar, text, 60_000);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const out = [`# ${file}: language ${detected.language}${detected.flavours.length ? `, flavours ${detected.flavours.join(', ')}` : ''}`];
  try {
    if (values.model) {
      if (!spec.dataModel) throw new UsageError(`${detected.language} has no data model (document matchers work on YAML, JSON and Terraform)`);
      buildDataModel(parsed.tree.rootNode, spec.dataModel).forEach((root, i) => {
        out.push(`# document ${i + 1}`);
        printModel(root, 0, out);
      });
    } else printNode(parsed.tree.rootNode, 0, null, out);
  } finally {
    parsed.tree.delete();
    grammars.dispose();
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
