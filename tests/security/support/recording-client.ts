import type { LeakWatch } from './leak-watch';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse {
  status: number;
  text: string;
  data: Record<string, unknown> | null;
  errors: GraphQLErrorBody[] | undefined;
}

/**
 * A GraphQL-over-HTTP client with a cookie jar, like the browser, that shows
 * every response body to a LeakWatch before the test looks at it.
 */
export class RecordingClient {
  constructor(
    readonly baseUrl: string,
    readonly watch: LeakWatch,
    public cookie: string | null = null,
    readonly label = 'anonymous',
  ) {}

  /** Another client holding the same session: for operations that replace the cookie. */
  clone(label = this.label): RecordingClient {
    return new RecordingClient(this.baseUrl, this.watch, this.cookie, label);
  }

  async gql(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(response.headers);
    const text = await response.text();
    this.watch.scan(`${this.label}: ${query.slice(0, 80)}`, text);
    let body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { errors: [{ message: text, extensions: { code: `HTTP_${response.status}` } }] };
    }
    return { status: response.status, text, data: body.data ?? null, errors: body.errors };
  }

  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL error (${this.label}): ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async get(path: string): Promise<{ status: number; bytes: Buffer; contentType: string }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    this.remember(response.headers);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, bytes, contentType: response.headers.get('content-type') ?? '' };
  }

  async login(email: string, password: string): Promise<GqlResponse> {
    return this.gql(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, { email, password });
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (name !== 'coalition_session') continue;
      this.cookie = value ? `${name}=${value}` : null;
    }
  }
}
