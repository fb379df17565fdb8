export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

/** A GraphQL-over-HTTP client with a cookie jar, as a browser would be. */
export class TestClient {
  cookie: string | null = null;
  /** The long-lived browser cookie (a browser seen before signs in without a NEW_SIGN_IN). */
  browserCookie: string | null = null;
  /** Sent with every request, e.g. X-Forwarded-For to stand for another client address. */
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  private cookieHeader(): Record<string, string> {
    const cookies = [this.cookie, this.browserCookie].filter((c): c is string => c !== null);
    return cookies.length ? { cookie: cookies.join('; ') } : {};
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...this.cookieHeader() },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(response.headers);
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }

  /** Like gql, but fails the test on any error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The error code of the first error, or null when there was none. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
    const result = await this.gql(query, variables);
    return result.errors?.[0]?.extensions?.code ?? null;
  }

  async login(email: string, password: string, totpCode?: string): Promise<GqlResult> {
    return this.gql(
      `mutation ($email: String!, $password: String!, $totpCode: String) { login(email: $email, password: $password, totpCode: $totpCode) { id } }`,
      { email, password, totpCode },
    );
  }

  async get(path: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { ...this.headers, ...this.cookieHeader() } });
    this.remember(response.headers);
    return response;
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (name === 'coalition_browser') this.browserCookie = value ? `${name}=${value}` : null;
      if (name !== 'coalition_session') continue;
      this.cookie = value ? `${name}=${value}` : null;
    }
  }
}
