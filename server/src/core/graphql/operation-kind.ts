import type { Request } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_TOKENS } from './query-limits';

/** Parsed documents' answers, by text: a client sends the same few documents again and again. */
const known = new Map<string, boolean>();
const KNOWN_MAX = 1_000;

/**
 * Whether a GraphQL request is a query (it writes nothing, so it may run on a read replica), judged
 * before Apollo parses it, because the transaction is opened first. Anything else (a mutation, a
 * subscription, a document that does not parse or names no single operation) is not: it runs on the
 * primary, where Apollo then answers it as usual.
 */
export function isQueryRequest(req: Pick<Request, 'method' | 'body' | 'query'>): boolean {
  const params: unknown = req.method === 'GET' ? req.query : req.body;
  if (typeof params !== 'object' || params === null) return false;
  const { query, operationName } = params as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  const name = typeof operationName === 'string' ? operationName : null;
  const key = `${name ?? ''}\0${query}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let answer = false;
  try {
    const operations = parse(query, { maxTokens: MAX_TOKENS }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = name === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === name);
    answer = operation?.operation === 'query';
  } catch {
    answer = false;
  }
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(key, answer);
  return answer;
}
