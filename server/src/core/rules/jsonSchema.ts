/** The JSON schemas published for rule authors, generated from the zod schemas (one source of truth). */
import { z } from 'zod';
import { packSchema, ruleSchema } from './schema';

function generate(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', cycles: 'ref' }) as Record<string, unknown>;
  return JSON.stringify({ $id: id, title, ...json }, null, 2) + '\n';
}

export function ruleJsonSchema(): string {
  return generate(ruleSchema, 'https://guardline.invalid/schema/rule.schema.json', 'Guardline rule (*.rule.yaml), format v1');
}

export function packJsonSchema(): string {
  return generate(packSchema, 'https://guardline.invalid/schema/pack.schema.json', 'Guardline rule pack manifest (pack.yaml), format v1');
}
