import { z } from 'zod';
import { localDateSchema } from './case.schema';

/**
 * Every action the audit log records. The log's action filter accepts these only, so a typo is an error
 * rather than an empty page; the server's writers are typed with AuditAction, so a new action joins here.
 */
export const AUDIT_ACTIONS = [
  'auth.login', 'auth.login_failed', 'auth.login_rate_limited', 'auth.login_totp_required', 'auth.logout', 'auth.new_sign_in',
  'auth.password_change', 'auth.password_check_failed', 'auth.password_reset', 'auth.password_reset_rate_limited',
  'auth.password_reset_requested', 'auth.recovery_code_used', 'auth.recovery_codes_generated', 'auth.session_ended',
  'auth.session_revoked', 'auth.totp_disable', 'auth.totp_enable', 'auth.totp_setup',
  'briefing.approve', 'briefing.create', 'briefing.refuse', 'briefing.release', 'briefing.revoke', 'briefing.submit',
  'case.create', 'case.event.add', 'case.import', 'case.link', 'case.link.confirm', 'case.person.add', 'case.person.erase', 'case.person.remove',
  'case.share', 'case.unlink', 'case.unshare', 'case.update',
  'case_task.add', 'case_task.cancel', 'case_task.complete', 'case_task.update',
  'consent.record', 'consent.withdraw', 'demo.seed', 'demo.rekey',
  'evidence.downloaded', 'evidence.removed', 'evidence.sanitized_downloaded', 'evidence.uploaded', 'evidence.verification_failed',
  'evidence.verified', 'evidence.viewed', 'export.download',
  'member.accept_needs_sign_in', 'member.invite', 'member.join', 'member.remove', 'member.reset_totp', 'member.revoke_invitation',
  'member.set_roles', 'notifications.calendar_rotate', 'notifications.preferences',
  'operator.create_coordinator', 'operator.rotate_master_key', 'operator.rotate_organisation_key', 'operator.rotate_organisation_key.finish',
  'organisation.create', 'organisation.lock', 'organisation.require_totp', 'organisation.unlock', 'organisation.update',
  'referral.accept', 'referral.complete', 'referral.create', 'referral.decline', 'referral.withdraw',
  'statement.create', 'statement.open', 'statement.publish', 'statement.revise', 'statement.sign', 'statement.signature_withdraw',
  'statement.withdraw',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of subject entries name (AuditEntry.entityType). */
export const AUDIT_ENTITY_TYPES = [
  'Briefing', 'Case', 'CaseEvent', 'CaseExport', 'CasePerson', 'CaseTask', 'Coalition', 'Consent', 'EvidenceFile', 'Invitation',
  'Membership', 'Organisation', 'Referral', 'Statement', 'User',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_FILTER_LIMITS = { entityId: 100 } as const;

const optionalDate = localDateSchema.nullish().transform((v) => v ?? null);

/** The audit log's filter: action, subject (type and the start of its id) and a range of UTC days, both ends included. */
export const auditFilterSchema = z
  .object({
    action: z
      .string()
      .nullish()
      .transform((v) => v ?? null)
      .refine((v) => v === null || (AUDIT_ACTIONS as readonly string[]).includes(v), 'is not an action the audit log records'),
    entityType: z
      .string()
      .nullish()
      .transform((v) => v ?? null)
      .refine((v) => v === null || (AUDIT_ENTITY_TYPES as readonly string[]).includes(v), 'is not a subject the audit log records'),
    entityId: z
      .string()
      .trim()
      .max(AUDIT_FILTER_LIMITS.entityId, `at most ${AUDIT_FILTER_LIMITS.entityId} characters`)
      .nullish()
      .transform((v) => (v ? v.toLowerCase() : null)),
    from: optionalDate,
    to: optionalDate,
  })
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, { message: 'ends before it starts', path: ['to'] })
  .nullish()
  .transform((v) => v ?? { action: null, entityType: null, entityId: null, from: null, to: null });

export type AuditFilterValues = z.output<typeof auditFilterSchema>;
