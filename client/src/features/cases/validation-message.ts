import type { TFunction } from 'i18next';

// The shared zod schemas speak English; these patterns turn their messages into the interface language.
const PATTERNS: { pattern: RegExp; key: string }[] = [
  { pattern: /^at most (\d+) characters$/, key: 'validation.tooLong' },
  { pattern: /^must not be empty$/, key: 'validation.required' },
  { pattern: /country code/, key: 'validation.country' },
  { pattern: /real date/, key: 'validation.date' },
  { pattern: /^must be a whole number$/, key: 'validation.wholeNumber' },
  { pattern: /^must not be negative$/, key: 'validation.negative' },
  { pattern: /^must be 1900 or later$/, key: 'validation.yearTooEarly' },
  { pattern: /^must not be in the future$/, key: 'validation.future' },
  { pattern: /organisation id/, key: 'validation.organisation' },
  { pattern: /letters, digits, dots, dashes and slashes/, key: 'validation.reference' },
  { pattern: /^The reference ".*" is already used\.$/, key: 'validation.referenceTaken' },
];

/** A shared-schema or server message in the interface language; unknown messages are shown as they are. */
export function translateValidation(t: TFunction<'cases'>, message: string | undefined): string | undefined {
  if (!message) return undefined;
  // Server messages are prefixed with the field path ("title: at most 300 characters").
  const text = message.replace(/^[\w.]+: /, '');
  for (const { pattern, key } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return t(key, { max: match[1] });
  }
  return text;
}

/** Zod issues keyed by the last segment of their path (`location.countryCode` → `countryCode`), first message wins. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[issue.path.length - 1]) : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The field a server BAD_USER_INPUT error names (`extensions.field`), and its message. */
export function serverFieldError(error: unknown): { field: string; message: string } | undefined {
  const first = (error as { graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> })?.graphQLErrors?.[0];
  if (!first || first.extensions?.['code'] !== 'BAD_USER_INPUT') return undefined;
  const field = first.extensions['field'];
  return typeof field === 'string' ? { field, message: first.message } : undefined;
}
