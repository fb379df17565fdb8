/** The contract's error code of an Apollo error (or of graphql-fetch.ts's), if any. */
export function errorCode(error: unknown): string | undefined {
  const gqlErrors = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> })?.graphQLErrors;
  const code = gqlErrors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}
