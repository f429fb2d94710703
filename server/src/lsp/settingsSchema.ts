/**
 * Editor settings, defined once: the server validates what the client sends with this schema, and
 * the `contributes.configuration` section of package.json is generated from it (a test keeps them
 * equal). Keys are relative to the `guardline` section.
 */
import { z } from 'zod';

const lspSeverity = z.enum(['error', 'warning', 'information', 'hint']);

export const settingsSchema = z
  .object({
    enable: z.boolean().default(true).describe('Analyse files with Guardline.'),
    builtinPack: z.boolean().default(true).describe('Use the built-in rule pack.'),
    packs: z
      .array(z.string())
      .default([])
      .describe('Extra rule-pack folders (absolute, or relative to the workspace folder). Ignored in untrusted workspaces.'),
    severity: z
      .object({
        critical: lspSeverity.default('error'),
        high: lspSeverity.default('error'),
        medium: lspSeverity.default('warning'),
        low: lspSeverity.default('information'),
        info: lspSeverity.default('hint'),
      })
      .default({ critical: 'error', high: 'error', medium: 'warning', low: 'information', info: 'hint' })
      .describe('Editor severity for each risk band.'),
    debounceMs: z.number().int().min(0).max(5000).default(120).describe('Wait this long after the last keystroke before analysing.'),
    exclude: z.array(z.string()).default([]).describe('Globs of workspace paths not to analyse.'),
    dashboardUrl: z
      .string()
      .default('')
      .describe('URL template of the org risk dashboard; {rule}, {path}, {line} and {fingerprint} are filled in.'),
    escalationContact: z.string().default('').describe('Where the "escalate" action for critical findings points (mailto: or https: URL).'),
    maxFileBytes: z.number().int().positive().default(2 * 1024 * 1024).describe('Files larger than this are not analysed (and are reported as incomplete).'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** Validates raw settings; invalid fields fall back to defaults and are reported as warnings. */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const input = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  delete input.trace;
  const warnings: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = settingsSchema.safeParse(input);
    if (result.success) return { settings: result.data, warnings };
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      warnings.push(`guardline.${issue.path.join('.')}: ${issue.message}; using the default`);
      if (typeof key === 'string') delete input[key];
      else return { settings: defaultSettings(), warnings };
    }
  }
  return { settings: defaultSettings(), warnings };
}

/** The `contributes.configuration.properties` object for package.json. */
export function configurationProperties(): Record<string, unknown> {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', target: 'draft-7' }) as { properties: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(json.properties)) {
    const { description, ...rest } = prop;
    out[`guardline.${key}`] = { ...rest, markdownDescription: description, scope: key === 'packs' ? 'resource' : 'window' };
  }
  out['guardline.trace.server'] = { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', markdownDescription: 'Trace the communication between VS Code and the Guardline language server.', scope: 'window' };
  return out;
}
