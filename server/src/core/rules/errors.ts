/** Turns zod issues into problems that name the file, rule, field path and how to fix it. */
import type { z } from 'zod';
import type { Problem } from '../model';

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `remove ${issue.keys.map((k) => `"${k}"`).join(', ')} or fix the spelling; see rules/schema/rule.schema.json for the allowed fields`;
    case 'invalid_type':
      return `give a value of type ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `give at least ${String(issue.minimum)} item(s)` : `give at least ${String(issue.minimum)} character(s)`;
    case 'invalid_union':
      return 'the value matches none of the allowed shapes; compare it with the examples in docs/rule-format.md';
    default:
      return issue.message;
  }
}

export function zodProblems(
  error: z.ZodError,
  base: Pick<Problem, 'file' | 'ruleId'> & { code: Problem['code'] },
): Problem[] {
  return error.issues.map((issue) => ({
    ...base,
    severity: 'error' as const,
    field: fieldPath(issue.path),
    message: `${fieldPath(issue.path)}: ${issue.message}`,
    hint: hintFor(issue),
  }));
}
