/**
 * Repository configuration, `.guardline.yaml`: packs, excludes, environments and budgets. Validated
 * with zod; errors name the field and how to fix it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { zodProblems } from '../core/rules/errors';
import type { Problem } from '../core/model';

export const repoConfigSchema = z
  .object({
    packs: z.array(z.string()).optional().describe('Extra rule-pack folders, relative to the repository root.'),
    builtinPack: z.boolean().default(true).describe('Use the built-in pack.'),
    exclude: z.array(z.string()).default([]).describe('Globs of paths not to scan (in addition to .gitignore).'),
    environments: z
      .array(z.object({ name: z.string().min(1), paths: z.array(z.string()).min(1), delta: z.number().min(-5).max(5).default(1) }).strict())
      .optional()
      .describe('Path globs of deployment environments; findings there get `delta` points.'),
    maxFileBytes: z.number().int().positive().optional(),
  })
  .strict();

export type RepoConfig = z.infer<typeof repoConfigSchema>;

export const CONFIG_FILE = '.guardline.yaml';

export function loadRepoConfig(root: string): { config: RepoConfig; problems: Problem[] } {
  const file = join(root, CONFIG_FILE);
  const fallback = repoConfigSchema.parse({});
  if (!existsSync(file)) return { config: fallback, problems: [] };
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length) {
    return { config: fallback, problems: [{ code: 'pack-invalid', severity: 'error', file: CONFIG_FILE, message: `YAML syntax error: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`, hint: 'fix the YAML syntax' }] };
  }
  const parsed = repoConfigSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) return { config: fallback, problems: zodProblems(parsed.error, { code: 'pack-invalid', file: CONFIG_FILE }) };
  return { config: parsed.data, problems: [] };
}
