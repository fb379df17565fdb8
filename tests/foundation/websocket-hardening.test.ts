import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { openStatement, SIGN, signInput } from '../../server/test/support/statement-fixtures';
import { notifications } from '../../server/src/core/graphql/subscriptions';
import { waitUntil } from '../../server/test/support/wait-until';

const SUBSCRIBE = `subscription ($id: ID!) { statementSignatures(statementId: $id) { id signatureCount } }`;

interface Message { type: string; id?: string; payload?: unknown }

/** A raw graphql-ws connection: what an attacker's script would open. */
class Socket {
  readonly received: Message[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.received.push(JSON.parse(data.toString()) as Message));
  }

  static async open(app: TestApp, cookie: string | null, origin?: string): Promise<Socket> {
    const ws = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) },
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
    const socket = new Socket(ws);
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await until(() => socket.received.some((m) => m.type === 'connection_ack'));
    return socket;
  }

  subscribe(id: string, query: string, variables: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  }

  of(type: string): Message[] {
    return this.received.filter((m) => m.type === type);
  }

  close(): void {
    this.ws.close();
  }
}

/** Polls the condition (shared helper); a timeout names the condition by its source. */
const until = (condition: () => boolean) => waitUntil(condition.toString(), condition);

const codes = (messages: Message[]) => messages.map((m) => ((m.payload as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? null));

describe('WebSocket hardening', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  const sockets: Socket[] = [];
  /** Subscriptions of the server listening for signatures: a subscription is live once it counts here. */
  const listeners = () => notifications(app.deps).listenerCount('statement_signatures');
  const open = async (cookie: string | null, origin?: string) => {
    const socket = await Socket.open(app, cookie, origin);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await app.close();
  });

  it('refuses a handshake from another Origin, and accepts the same origin or none', async () => {
    await expect(Socket.open(app, own.viewer.cookie, 'https://evil.example')).rejects.toThrow(/handshake refused: 403/);
    await expect(Socket.open(app, own.viewer.cookie, 'null')).rejects.toThrow(/handshake refused: 403/);
    const host = new URL(app.url).host;
    await expect(Socket.open(app, own.viewer.cookie, `http://${host}.evil.example`)).rejects.toThrow(/handshake refused: 403/);
    (await open(own.viewer.cookie, `http://${host}`)).close();
    (await open(own.viewer.cookie)).close();
  });

  it('holds at most 20 subscriptions on one socket: a signature costs 20 events, not 300', async () => {
    const s = await openStatement(own);
    const socket = await open(other.viewer.cookie);
    const listening = listeners();
    for (let i = 0; i < 30; i++) socket.subscribe(`s${i}`, SUBSCRIBE, { id: s.id });
    await until(() => socket.of('error').length === 10);
    // No event is sent until something changes: the 20 must be listening before the signature.
    await until(() => listeners() === listening + 20);
    expect(codes(socket.of('error'))).toEqual(Array(10).fill('RATE_LIMITED'));
    expect(socket.of('error').map((m) => m.id)).toEqual(Array.from({ length: 10 }, (_, i) => `s${20 + i}`));

    await own.signatory.ok(SIGN, signInput(s, own));
    await until(() => socket.of('next').length >= 20);
    expect(new Set(socket.of('next').map((m) => m.id)).size).toBe(20);

    // A completed subscription frees its place.
    socket.ws.send(JSON.stringify({ id: 's0', type: 'complete' }));
    socket.subscribe('again', SUBSCRIBE, { id: s.id });
    socket.subscribe('one-too-many', SUBSCRIBE, { id: s.id });
    await until(() => socket.of('error').length === 11);
    expect(socket.of('error').at(-1)?.id).toBe('one-too-many');
    socket.close();
  });

  it('holds at most 50 subscriptions for one user across sockets (counted in PostgreSQL: tests/scale/two-processes.test.ts shows it across processes)', async () => {
    const s = await openStatement(own);
    const mine = await orgWithMembers(app);
    const user = [await open(mine.viewer.cookie), await open(mine.viewer.cookie), await open(mine.viewer.cookie)];
    const listening = listeners();
    for (const [n, socket] of user.entries()) {
      for (let i = 0; i < 20; i++) socket.subscribe(`u${n}-${i}`, SUBSCRIBE, { id: s.id });
    }
    const errors = () => user.flatMap((socket) => socket.of('error'));
    await until(() => errors().length === 10);
    expect(codes(errors())).toEqual(Array(10).fill('RATE_LIMITED'));
    // Another user on the same process is not affected.
    const neighbour = await open(other.admin.cookie);
    neighbour.subscribe('n', SUBSCRIBE, { id: s.id });
    await until(() => listeners() === listening + 51);

    await own.signatory.ok(SIGN, signInput(s, own));
    await until(() => user.reduce((sum, socket) => sum + socket.of('next').length, 0) >= 50 && neighbour.of('next').length === 1);
    expect(user.reduce((sum, socket) => sum + socket.of('next').length, 0)).toBe(50);
    expect(neighbour.of('error')).toEqual([]);
    for (const socket of [...user, neighbour]) socket.close();
  });

  it('gives no "did you mean" suggestions over WebSocket outside development', async () => {
    const socket = await open(own.viewer.cookie);
    socket.subscribe('typo', `subscription ($id: ID!) { statementSignature(statementId: $id) { id } }`, { id: 'x' });
    socket.subscribe('field', `subscription ($id: ID!) { statementSignatures(statementId: $id) { signatureCont } }`, { id: 'x' });
    await until(() => socket.of('error').length === 2);
    for (const message of socket.of('error')) {
      const errors = message.payload as { message: string }[];
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error.message).not.toMatch(/did you mean/i);
    }
    socket.close();
  });
});
