import type { AuditAction, AuditEntityType } from '@coalition/shared';
import { sql } from 'kysely';
import type { Sql } from '../db/session-kysely';
import { auditHead } from '../db/sql-functions';
import { sha256Hex } from '../crypto/secret-box';
import type { Actor } from '../auth/actor';

export const GENESIS_HASH = '0'.repeat(64);

/** Only identifiers, codes, hashes and counts: an audit entry holds no personal data. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditInput {
  /** One of AUDIT_ACTIONS: the log's action filter accepts only those. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  organisationId?: string | null;
  details?: AuditDetails;
}

/** The content an entry's hash covers, in canonical JSON. */
export interface AuditContent {
  seq: number;
  at: string;
  actorUserId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: AuditDetails;
}

/** JSON with object keys sorted at every level and no insignificant whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = sha256(prevHash + canonical JSON of the entry), as the contract says. */
export function auditHash(prevHash: string, content: AuditContent): string {
  return sha256Hex(prevHash + canonicalJson(content));
}

/**
 * Appends one entry in the caller's transaction, so it commits or rolls back
 * with the change it records. `audit_head()` takes a transaction-scoped
 * advisory lock: appends are serialised and the chain has no forks or gaps.
 * The entry names the transaction's actor as the database knows it
 * (`audit_head().actor_user_id`); `audit_append` refuses any other, so
 * `_actor`, what the caller believes, never decides who is recorded.
 */
export async function appendAudit(db: Sql, _actor: Actor | null, input: AuditInput): Promise<void> {
  const head = await db.selectFrom(auditHead().as('h')).select(['h.seq', 'h.hash', 'h.actor_user_id']).executeTakeFirst();
  const content: AuditContent = {
    seq: head?.seq ? Number(head.seq) + 1 : 1,
    at: new Date().toISOString(),
    actorUserId: head?.actor_user_id ?? null,
    organisationId: input.organisationId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    details: input.details ?? {},
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  await sql`SELECT audit_append(${content.seq}, ${content.at}, ${content.actorUserId}, ${content.organisationId}, ${content.action},
    ${content.entityType}, ${content.entityId}, ${JSON.stringify(content.details)}, ${prevHash}, ${auditHash(prevHash, content)})`.execute(db);
}
