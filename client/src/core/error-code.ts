/** The contract's error code of an Apollo error (or of graphql-fetch.ts's), if any. */
export function errorCode(error: unknown): string | undefined {
  const gqlErrors = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> })?.graphQLErrors;
  const code = gqlErrors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** Why the request was refused, beside its code (`extensions.reason`: ORGANISATION_LOCKED, TOTP_REQUIRED), if given. */
export function errorReason(error: unknown): string | undefined {
  const gqlErrors = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> })?.graphQLErrors;
  const reason = gqlErrors?.[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : undefined;
}
