import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { notifications } from '../../core/graphql/subscriptions';
import { STATEMENT_CHANNEL } from './statement.service';
import { createStatement, openStatement, REVISE, SIGN, signInput, translations, UNSIGN } from '../../../test/support/statement-fixtures';
import { waitUntil } from '../../../test/support/wait-until';

const SUBSCRIBE = `subscription ($id: ID!) { statementSignatures(statementId: $id) {
  id status signatureCount currentVersion { number } signatures { organisation { id } current signatoryName } } }`;

interface Event {
  statementSignatures: { id: string; signatureCount: number; signatures: { organisation: { id: string }; current: boolean; signatoryName: string }[] };
}

/** A graphql-ws client that opens its socket with the given session cookie, as a browser would. */
function wsClient(app: TestApp, cookie: string | null): Client {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  return createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

/** Subscribes and collects what arrives: events, errors, completion, a closed socket. */
function watch(client: Client, statementId: string) {
  const events: Event[] = [];
  const state: { error: unknown; completed: boolean } = { error: null, completed: false };
  const stop = client.subscribe<Event>(
    { query: SUBSCRIBE, variables: { id: statementId } },
    {
      next: (value) => {
        if (value.errors) state.error = value.errors;
        else if (value.data) events.push(value.data);
      },
      error: (error) => (state.error = error),
      complete: () => (state.completed = true),
    },
  );
  return { events, state, stop };
}

/** Polls the condition (shared helper); a timeout names the condition by its source. */
const until = (condition: () => boolean) => waitUntil(condition.toString(), condition);

/** Subscriptions of this server listening for signatures: one counts once a notice would reach it. */
const listening = (app: TestApp) => notifications(app.deps).listenerCount(STATEMENT_CHANNEL);

describe('statementSignatures over graphql-ws', () => {
  let a: TestApp;
  let b: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  const clients: Client[] = [];
  const client = (app: TestApp, cookie: string | null) => {
    const c = wsClient(app, cookie);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    // Two server processes' worth of state: separate HTTP servers, pools and LISTEN connections, one database.
    a = await startTestApp();
    b = await startTestApp();
    own = await orgWithMembers(a);
    other = await orgWithMembers(a);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await a.close();
    await b.close();
  });

  it('delivers a signature made through one server to a subscriber on the other', async () => {
    const s = await openStatement(own);
    const before = listening(b);
    const sub = watch(client(b, other.viewer.cookie), s.id);
    await until(() => listening(b) === before + 1);
    await other.signatory.ok(SIGN, signInput(s, other));
    await until(() => sub.events.some((e) => e.statementSignatures.signatureCount === 1));
    const last = sub.events.at(-1)!.statementSignatures;
    expect(last.signatures).toEqual([{ organisation: { id: other.org.id }, current: true, signatoryName: 'Nodira A.' }]);

    // replaced, outdated by a revision, withdrawn: each reaches the subscriber
    await own.caseworker.ok(REVISE, { id: s.id, baseVersion: 1, translations: translations() });
    await until(() => sub.events.at(-1)!.statementSignatures.signatures[0]?.current === false);
    await other.signatory.ok(UNSIGN, { statementId: s.id, organisationId: other.org.id });
    await until(() => sub.events.at(-1)!.statementSignatures.signatures.length === 0);
    expect(sub.state.error).toBeNull();
    sub.stop();
  });

  it('sends only what the viewer may read: an unreadable statement is NOT_FOUND', async () => {
    const draft = await createStatement(own.caseworker, own);
    const sub = watch(client(b, other.viewer.cookie), draft.id);
    await until(() => sub.state.error !== null || sub.state.completed);
    expect(JSON.stringify(sub.state.error)).toContain('NOT_FOUND');
    const missing = watch(client(b, other.viewer.cookie), 'not-an-id');
    await until(() => missing.state.error !== null);
    expect(JSON.stringify(missing.state.error)).toContain('NOT_FOUND');
  });

  it('refuses a socket without a live session, and queries over the socket', async () => {
    const s = await openStatement(own);
    const anonymous = watch(client(a, null), s.id);
    await until(() => anonymous.state.error !== null);
    expect((anonymous.state.error as { code?: number }).code).toBe(4403);
    const forged = watch(client(a, 'coalition_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), s.id);
    await until(() => forged.state.error !== null);
    expect((forged.state.error as { code?: number }).code).toBe(4403);

    const query = client(a, own.viewer.cookie);
    const result = await new Promise<unknown>((resolve) => {
      query.subscribe({ query: `{ statements { totalCount } }` }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(result)).toContain('BAD_USER_INPUT');
  });

  it('stops sending once the viewer signs out', async () => {
    const s = await openStatement(own);
    const viewer = await orgWithMembers(a);
    const before = listening(a);
    const sub = watch(client(a, viewer.viewer.cookie), s.id);
    // A witness still signed in, on the same server: once it has the second signature, so would the other.
    const witness = watch(client(a, other.viewer.cookie), s.id);
    await until(() => listening(a) === before + 2);
    await other.signatory.ok(SIGN, signInput(s, other));
    await until(() => sub.events.length === 1 && witness.events.length === 1);
    await viewer.viewer.ok(`mutation { logout }`);
    await own.signatory.ok(SIGN, signInput(s, own));
    await until(() => witness.events.some((e) => e.statementSignatures.signatureCount === 2));
    expect(sub.events).toHaveLength(1);
  });
});
