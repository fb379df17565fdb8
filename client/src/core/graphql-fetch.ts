/**
 * One GraphQL request without Apollo: signing in and asking who is signed in are all the sign-in page
 * needs, and Apollo (with the graphql parser) would more than double the JavaScript a phone downloads first.
 * A failure is thrown in Apollo's shape (graphQLErrors, networkError), which ErrorAlert and errorCode read.
 */
export interface GraphqlFailure extends Error {
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
  networkError: unknown;
}

function failure(message: string, graphQLErrors: GraphqlFailure['graphQLErrors'], networkError: unknown): GraphqlFailure {
  return Object.assign(new Error(message), { graphQLErrors, networkError });
}

export async function postGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw failure('Network error', [], error);
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphqlFailure['graphQLErrors'] } | null;
  if (!body) throw failure(`HTTP ${response.status}`, [], new Error(`HTTP ${response.status}`));
  if (body.errors?.length) throw failure(body.errors[0]!.message, body.errors, null);
  return body.data as T;
}
