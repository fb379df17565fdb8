import type { Request } from 'express';
import { parseLsn } from '../db/replica-router';
import { isQueryRequest } from './operation-kind';

const post = (body: unknown) => ({ method: 'POST', body, query: {} }) as unknown as Pick<Request, 'method' | 'body' | 'query'>;

describe('which requests may read on a replica', () => {
  it('takes a query, also by its name among several operations, and a GET', () => {
    expect(isQueryRequest(post({ query: '{ me { id } }' }))).toBe(true);
    expect(isQueryRequest(post({ query: 'query Q { me { id } } mutation M { logout }', operationName: 'Q' }))).toBe(true);
    expect(isQueryRequest({ method: 'GET', body: undefined, query: { query: 'query { me { id } }' } } as unknown as Request)).toBe(true);
  });

  it('leaves everything else to the primary: mutations, subscriptions, unclear or broken documents', () => {
    expect(isQueryRequest(post({ query: 'mutation { logout }' }))).toBe(false);
    expect(isQueryRequest(post({ query: 'subscription { statementSignatures(statementId: "x") { id } }' }))).toBe(false);
    expect(isQueryRequest(post({ query: 'query Q { me { id } } mutation M { logout }', operationName: 'M' }))).toBe(false);
    // Two operations and no name: Apollo refuses it; it is not a read to route.
    expect(isQueryRequest(post({ query: 'query Q { me { id } } mutation M { logout }' }))).toBe(false);
    expect(isQueryRequest(post({ query: 'query Q { me { id } }', operationName: 'Other' }))).toBe(false);
    expect(isQueryRequest(post({ query: '{ me { id ' }))).toBe(false);
    expect(isQueryRequest(post({ query: `{ ${'a '.repeat(2_000)} }` }))).toBe(false);
    expect(isQueryRequest(post({ query: 42 }))).toBe(false);
    expect(isQueryRequest(post(undefined))).toBe(false);
  });
});

describe('a write position', () => {
  it('reads PostgreSQL LSNs, ordered as the WAL', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
  });

  it('takes nothing else', () => {
    for (const bad of [null, undefined, '', '16', '16/', '/1', 'G/1', '1/2/3', '123456789/0', ' 0/1']) expect(parseLsn(bad)).toBeNull();
  });
});
