import type { z } from 'zod';
import { badInput } from './app-error';

/**
 * Validates input with a shared zod schema. The first problem becomes a
 * BAD_USER_INPUT naming the field; `extensions.problems` lists them all.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = problems[0];
  const error = badInput(first.field || prefix || 'input', first.message);
  Object.assign(error.extra, { problems });
  throw error;
}
