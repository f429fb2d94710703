/**
 * The languages Guardline understands: which grammar parses each, which files belong to it, how
 * comments look, and which node kinds count as literals. One table drives every language; adding
 * a language is adding a row here and a grammar in `grammars/`.
 */

export type LanguageId =
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'python'
  | 'go'
  | 'java'
  | 'json'
  | 'yaml'
  | 'terraform'
  | 'shell'
  | 'dockerfile';

/** Content flavours layered on a grammar language: rules may target them by name. */
export type FlavourId = 'kubernetes' | 'github-actions' | 'cloudformation' | 'docker-compose';

export const FLAVOURS: readonly FlavourId[] = ['kubernetes', 'github-actions', 'cloudformation', 'docker-compose'];

export interface LanguageSpec {
  id: LanguageId;
  /** Grammar file name in `grammars/` (without `.wasm`). */
  grammar: string;
  /** Lower-case file extensions, with the dot. */
  extensions: string[];
  /** Exact lower-case base names (e.g. `dockerfile`). */
  fileNames?: string[];
  /** Base-name prefixes (e.g. `dockerfile.` for `Dockerfile.prod`). */
  fileNamePrefixes?: string[];
  /** Line-comment prefix used when Guardline writes a suppression comment. */
  lineComment?: string;
  /** Node kinds whose text is a literal value when they contain no interpolation. */
  literalKinds: string[];
  /** Node kinds that make an otherwise literal node dynamic (interpolation, expansion). */
  interpolationKinds: string[];
  /** Node kinds that combine constants into a constant (concatenation, parentheses). */
  constantCombinators: string[];
  /** Node kinds that are comments. */
  commentKinds: string[];
  /** The data-model builder used by `document` matchers, if any. */
  dataModel?: 'yaml' | 'json' | 'hcl';
}

const C_LIKE_COMMENTS = ['comment', 'line_comment', 'block_comment'];

export const LANGUAGES: readonly LanguageSpec[] = [
  {
    id: 'javascript', grammar: 'tree-sitter-javascript', extensions: ['.js', '.mjs', '.cjs', '.jsx'], lineComment: '//',
    literalKinds: ['string', 'number', 'true', 'false', 'null', 'undefined', 'template_string', 'regex'],
    interpolationKinds: ['template_substitution'], constantCombinators: ['binary_expression', 'parenthesized_expression'],
    commentKinds: C_LIKE_COMMENTS,
  },
  {
    id: 'typescript', grammar: 'tree-sitter-typescript', extensions: ['.ts', '.mts', '.cts'], lineComment: '//',
    literalKinds: ['string', 'number', 'true', 'false', 'null', 'undefined', 'template_string', 'regex'],
    interpolationKinds: ['template_substitution'], constantCombinators: ['binary_expression', 'parenthesized_expression', 'as_expression'],
    commentKinds: C_LIKE_COMMENTS,
  },
  {
    id: 'tsx', grammar: 'tree-sitter-tsx', extensions: ['.tsx'], lineComment: '//',
    literalKinds: ['string', 'number', 'true', 'false', 'null', 'undefined', 'template_string', 'regex'],
    interpolationKinds: ['template_substitution'], constantCombinators: ['binary_expression', 'parenthesized_expression', 'as_expression'],
    commentKinds: C_LIKE_COMMENTS,
  },
  {
    id: 'python', grammar: 'tree-sitter-python', extensions: ['.py', '.pyw'], lineComment: '#',
    literalKinds: ['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string'],
    interpolationKinds: ['interpolation'], constantCombinators: ['binary_operator', 'parenthesized_expression', 'concatenated_string'],
    commentKinds: ['comment'],
  },
  {
    id: 'go', grammar: 'tree-sitter-go', extensions: ['.go'], lineComment: '//',
    literalKinds: ['interpreted_string_literal', 'raw_string_literal', 'int_literal', 'float_literal', 'rune_literal', 'true', 'false', 'nil'],
    interpolationKinds: [], constantCombinators: ['binary_expression', 'parenthesized_expression'],
    commentKinds: ['comment'],
  },
  {
    id: 'java', grammar: 'tree-sitter-java', extensions: ['.java'], lineComment: '//',
    literalKinds: ['string_literal', 'decimal_integer_literal', 'hex_integer_literal', 'decimal_floating_point_literal', 'character_literal', 'true', 'false', 'null_literal', 'text_block'],
    interpolationKinds: [], constantCombinators: ['binary_expression', 'parenthesized_expression'],
    commentKinds: C_LIKE_COMMENTS,
  },
  {
    id: 'json', grammar: 'tree-sitter-json', extensions: ['.json', '.jsonc', '.template'],
    literalKinds: ['string', 'number', 'true', 'false', 'null'], interpolationKinds: [], constantCombinators: [],
    commentKinds: ['comment'], dataModel: 'json',
  },
  {
    id: 'yaml', grammar: 'tree-sitter-yaml', extensions: ['.yaml', '.yml'], lineComment: '#',
    literalKinds: ['plain_scalar', 'double_quote_scalar', 'single_quote_scalar', 'block_scalar', 'string_scalar', 'boolean_scalar', 'integer_scalar', 'float_scalar', 'null_scalar'],
    interpolationKinds: ['tag', 'alias'], constantCombinators: ['flow_node'],
    commentKinds: ['comment'], dataModel: 'yaml',
  },
  {
    id: 'terraform', grammar: 'tree-sitter-terraform', extensions: ['.tf', '.tfvars', '.hcl'], lineComment: '#',
    literalKinds: ['literal_value', 'string_lit', 'numeric_lit', 'bool_lit', 'null_lit', 'template_literal'],
    interpolationKinds: ['template_interpolation', 'template_directive'], constantCombinators: ['expression'],
    commentKinds: ['comment'], dataModel: 'hcl',
  },
  {
    id: 'shell', grammar: 'tree-sitter-bash', extensions: ['.sh', '.bash', '.zsh', '.ksh'], lineComment: '#',
    literalKinds: ['word', 'raw_string', 'string', 'number', 'string_content'],
    interpolationKinds: ['expansion', 'simple_expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion'],
    constantCombinators: ['concatenation'], commentKinds: ['comment'],
  },
  {
    // Dockerfiles are parsed with the bash grammar: see ARCHITECTURE.md, "Dockerfile support".
    id: 'dockerfile', grammar: 'tree-sitter-bash', extensions: ['.dockerfile'], fileNames: ['dockerfile', 'containerfile'],
    fileNamePrefixes: ['dockerfile.', 'containerfile.'], lineComment: '#',
    literalKinds: ['word', 'raw_string', 'string', 'number', 'string_content'],
    interpolationKinds: ['expansion', 'simple_expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion'],
    constantCombinators: ['concatenation'], commentKinds: ['comment'],
  },
];

const BY_ID = new Map<string, LanguageSpec>(LANGUAGES.map((l) => [l.id, l]));

export function languageSpec(id: string): LanguageSpec | undefined {
  return BY_ID.get(id);
}

export function isLanguageId(id: string): id is LanguageId {
  return BY_ID.has(id);
}

export function isFlavourId(id: string): id is FlavourId {
  return (FLAVOURS as readonly string[]).includes(id);
}

/** Every grammar any language needs, each once. */
export function allGrammars(): string[] {
  return [...new Set(LANGUAGES.map((l) => l.grammar))];
}
