/**
 * Rule-pack format v1, raw side: what authors write in `pack.yaml` and `*.rule.yaml`. Strict (an
 * unknown key is an error) and described field by field; `rules/schema/` is generated from it.
 */
import { z } from 'zod';

const level = z.enum(['critical', 'high', 'medium', 'low']);
const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "js-eval-injection"')
  .max(80);

const captureName = z.string().regex(/^[A-Za-z_][\w.-]*$/, 'a capture name is letters, digits, "_", "." or "-" (without "@")');

const regex = z.string().min(1).describe('RE2 syntax (linear time): no look-around, no back-references.');

/** Checks on one capture's node. All given checks must hold. */
export const captureCheck = z
  .object({
    capture: captureName.describe('Capture to test (without "@").'),
    regex: regex.optional().describe('The capture text must contain a match.'),
    notRegex: regex.optional().describe('The capture text must not contain a match.'),
    equals: z.string().optional().describe('The capture text (string quotes removed) must equal this.'),
    notEquals: z.string().optional().describe('The capture text (string quotes removed) must differ from this.'),
    in: z.array(z.string()).min(1).optional().describe('The unquoted capture text must be one of these.'),
    notIn: z.array(z.string()).min(1).optional().describe('The unquoted capture text must be none of these.'),
    kind: z.array(z.string()).min(1).optional().describe('The node kind must be one of these.'),
    notKind: z.array(z.string()).min(1).optional().describe('The node kind must be none of these.'),
    literal: z
      .boolean()
      .optional()
      .describe('true: the node is a constant (literal, or literals combined without interpolation); false: it is computed.'),
  })
  .strict();

/** A node shape used by relational checks: a kind, a text pattern and/or a query that must match at the node. */
export const nodePattern = z
  .object({
    kind: z.array(z.string()).min(1).optional().describe('Node kinds that qualify.'),
    regex: regex.optional().describe('The node text must contain a match (for has/notHas without kind: the related node\'s own text, which includes its descendants).'),
    query: z.string().min(1).optional().describe('A tree-sitter query; it qualifies a node when one of its matches has this node as its outermost capture (inside/notInside) or lies within it (has/notHas).'),
    where: z.array(captureCheck).optional().describe('Capture checks for `query`.'),
  })
  .strict()
  .refine((p) => p.kind ?? p.regex ?? p.query, { message: 'give at least one of kind, regex or query' });

export const relationCheck = z
  .object({
    capture: captureName.optional().describe('Capture whose node is related (default: the target).'),
    inside: nodePattern.optional().describe('Some ancestor must match.'),
    notInside: nodePattern.optional().describe('No ancestor may match.'),
    has: nodePattern.optional().describe('Some descendant must match.'),
    notHas: nodePattern.optional().describe('No descendant may match.'),
  })
  .strict();

export type CaptureCheckRaw = z.infer<typeof captureCheck>;
export type NodePatternRaw = z.infer<typeof nodePattern>;
export type RelationCheckRaw = z.infer<typeof relationCheck>;

const queryMatch = z
  .object({
    query: z.string().min(1).describe('Tree-sitter query (S-expression) with captures. `#eq?`/`#any-of?` allowed; use `where` instead of `#match?`.'),
    target: captureName.optional().describe('Capture that is the finding location (default: the first capture of the pattern).'),
    where: z.array(z.union([captureCheck, relationCheck])).optional().describe('All must hold.'),
  })
  .strict();

/** A condition on the structured data of YAML, JSON or HCL (Terraform) documents. */
export interface DataCondition {
  path?: string;
  equals?: string | number | boolean;
  in?: (string | number | boolean)[];
  regex?: string;
  missing?: boolean;
  present?: boolean;
  literal?: boolean;
  any?: DataCondition[];
  all?: DataCondition[];
  not?: DataCondition;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const dataCondition: z.ZodType<DataCondition> = z.lazy(() =>
  z
    .object({
      path: z.string().min(1).optional().describe('Dot path below the selected node ("*" any key or item, "**" any depth, leading "/" from the document root). Lists are searched item by item.'),
      equals: scalar.optional().describe('Some value at path equals this (booleans and numbers compare by their text).'),
      in: z.array(scalar).min(1).optional().describe('Some value at path is one of these.'),
      regex: regex.optional().describe('Some value at path contains a match.'),
      missing: z.literal(true).optional().describe('Nothing exists at path.'),
      present: z.literal(true).optional().describe('Something exists at path.'),
      literal: z.boolean().optional().describe('Some value at path is (true) or is not (false) a constant.'),
      any: z.array(dataCondition).min(1).optional().describe('At least one of these holds.'),
      all: z.array(dataCondition).min(1).optional().describe('All of these hold.'),
      not: dataCondition.optional().describe('This does not hold.'),
    })
    .strict(),
);

const documentMatch = z
  .object({
    select: z.string().min(1).describe('Dot path of the nodes to check, e.g. "resource.aws_s3_bucket.*" or "**.containers".'),
    where: z.array(dataCondition).optional().describe('All must hold for a selected node to be reported.'),
    report: z.string().optional().describe('Path (below the selected node) to highlight when present; default: the selected node\'s key.'),
  })
  .strict();

export const fixTemplate = z
  .object({
    title: z.string().min(1).describe('Shown on the quick fix.'),
    replace: captureName.optional().describe('Capture whose text is replaced by `with`.'),
    with: z.string().optional().describe('Replacement text; may use {{capture}} and {{indent}}.'),
    insertBefore: captureName.optional().describe('Capture before which `text` is inserted.'),
    insertAfter: captureName.optional().describe('Capture after which `text` is inserted.'),
    text: z.string().optional().describe('Inserted text; may use {{capture}} and {{indent}} (the capture line\'s indentation).'),
    delete: captureName.optional().describe('Capture whose node is deleted (with its line when it is alone on it).'),
  })
  .strict();

export type FixTemplateRaw = z.infer<typeof fixTemplate>;

export const ruleSchema = z
  .object({
    id: ruleId.describe('Unique id, kebab-case; also the file name stem.'),
    title: z.string().min(3).max(120).describe('Short, sentence case.'),
    languages: z.array(z.string()).min(1).describe('Language ids (javascript, typescript, tsx, python, go, java, json, yaml, terraform, shell, dockerfile) or flavours (kubernetes, github-actions, cloudformation, docker-compose).'),
    kind: z.enum(['vulnerability', 'misconfiguration', 'secret', 'hardening']),
    category: z.string().min(2).describe('Class of issue, e.g. injection, crypto, tls, iam, network, storage, container, secrets.'),
    impact: level.describe('Harm when exploited.'),
    likelihood: level.describe('How likely the finding is exploitable in practice.'),
    confidence: level.describe('How likely a match is a true positive.'),
    exposure: z.enum(['internet', 'internal', 'local']).optional().describe('Reachability the rule implies (raises or lowers the rank).'),
    cwe: z.array(z.string().regex(/^CWE-\d+$/, 'write CWE ids as "CWE-79"')).min(1),
    owasp: z.array(z.string()).optional().describe('OWASP Top 10 categories, e.g. "A03:2021".'),
    cis: z.array(z.string()).optional().describe('CIS benchmark references.'),
    references: z.array(z.url()).optional(),
    message: z.string().min(5).describe('One line: what is wrong here. May use {{capture}}.'),
    rationale: z.string().min(10).describe('Why it matters.'),
    remediation: z.string().min(10).describe('What to do instead.'),
    guidance: z.string().optional().describe('Guidance doc: a path relative to the pack or an https URL (default docs/<id>.md).'),
    files: z
      .object({
        include: z.array(z.string()).optional().describe('Globs (minimatch) a path must match.'),
        exclude: z.array(z.string()).optional().describe('Globs that exclude a path.'),
      })
      .strict()
      .optional(),
    prefilter: z.array(z.string().min(2)).optional().describe('The file must contain at least one of these strings for the rule to run (derived from the query when omitted).'),
    tags: z.array(z.string()).optional(),
    match: z.union([queryMatch, z.object({ document: documentMatch }).strict()]).describe('Either a tree-sitter query or a `document` matcher.'),
    fix: z.array(fixTemplate).optional().describe('Quick fixes, the first is preferred.'),
    related: z
      .array(z.object({ capture: captureName, message: z.string().min(3).describe('Shown at that location; may use {{capture}}.') }).strict())
      .optional()
      .describe('Secondary locations shown with the finding (e.g. where the dangerous value comes from).'),
  })
  .strict();

export type RuleRaw = z.infer<typeof ruleSchema>;
export type QueryMatchRaw = z.infer<typeof queryMatch>;
export type DocumentMatchRaw = z.infer<typeof documentMatch>;

export const packSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9@][a-z0-9@/._-]*$/, 'use a lower-case package-like name'),
    version: z.string().regex(/^\d+\.\d+\.\d+(-[\w.]+)?$/, 'use a semantic version such as 1.2.0'),
    description: z.string().optional(),
    engine: z.string().optional().describe('Semver range of Guardline versions this pack supports.'),
    owner: z.string().optional(),
    contact: z.string().optional(),
    guidanceBaseUrl: z.url().optional().describe('Base URL for rule guidance links: <base>/<rule-id>.'),
    dashboardUrl: z.string().optional().describe('URL template for the org risk dashboard.'),
    enforced: z.array(z.string()).optional().describe('Rule ids repositories may not disable or downgrade.'),
  })
  .strict();

export type PackRaw = z.infer<typeof packSchema>;
