import { INTERFACE_LANGUAGES, OrgRole, organisationInputSchema, organisationUpdateSchema } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { isMemberOf } from '../../core/auth/actor';
import { sessionHasTotp, totpRequired } from '../../core/auth/organisation-lock';
import { authorize, requireActor } from '../../core/auth/policy';
import { clearSessionCookie } from '../../core/auth/session-cookie';
import { conflict, forbidden, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { notifyAccount, notifyMembers } from '../../core/notifications/notify';
import { parseInput } from '../../core/graphql/parse-input';
import { isUuid } from '../../core/graphql/ids';
import type { OrganisationInput, OrganisationUpdate } from './dto/organisation.input';
import { type LocalizedName, Organisation } from './organisation.entity';
import { organisationById } from './organisation.loader';
import { organisationPolicy } from './organisation.policy';

const sortedEntries = (names: Record<string, string | undefined>) => Object.entries(names).sort(([a], [b]) => (a < b ? -1 : 1));

/** The names an organisation gives per interface language, in the switcher's order. */
export function localizedNames(org: Organisation): LocalizedName[] {
  const names = org.localNames ?? {};
  return INTERFACE_LANGUAGES.filter((l) => names[l]).map((language) => ({ language, name: names[language] }));
}

type SecurityAction = 'lock' | 'unlock' | 'require_totp' | 'allow_password';

/** Every member hears of a lock and an unlock, whatever their role. */
const EVERY_ROLE = Object.values(OrgRole);

export class OrganisationService {
  async list(ctx: AppContext): Promise<Organisation[]> {
    authorize(organisationPolicy, ctx.actor, 'list', null);
    return ctx.db.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  async get(ctx: AppContext, id: string): Promise<Organisation | null> {
    authorize(organisationPolicy, ctx.actor, 'list', null);
    return isUuid(id) ? ctx.loaders.get(organisationById).load(id) : null;
  }

  async create(ctx: AppContext, input: OrganisationInput): Promise<Organisation> {
    authorize(organisationPolicy, ctx.actor, 'create', null);
    const values = parseInput(organisationInputSchema, input);
    const repo = ctx.db.getRepository(Organisation);
    if (await repo.existsBy({ slug: values.slug })) throw conflict(`An organisation with slug "${values.slug}" exists.`);
    const { names, ...rest } = values;
    const saved = await repo.save(repo.create({ ...rest, localNames: names }));
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'organisation.create',
      entityType: 'Organisation',
      entityId: saved.id,
      organisationId: saved.id,
    });
    return saved;
  }

  async update(ctx: AppContext, id: string, input: OrganisationUpdate): Promise<Organisation> {
    const org = isUuid(id) ? await ctx.db.getRepository(Organisation).findOneBy({ id }) : null;
    if (!org) throw notFound('The organisation');
    authorize(organisationPolicy, ctx.actor, 'update', org);
    const values = parseInput(organisationUpdateSchema, input);
    const changed: string[] = [];
    for (const key of ['name', 'localName', 'city', 'website', 'representative'] as const) {
      const value = values[key];
      if (value === undefined || (value === null && (key === 'name' || key === 'city'))) continue;
      if (org[key] !== value) {
        (org as unknown as Record<string, unknown>)[key] = value;
        changed.push(key);
      }
    }
    if (values.names && JSON.stringify(sortedEntries(values.names)) !== JSON.stringify(sortedEntries(org.localNames))) {
      org.localNames = values.names;
      changed.push('names');
    }
    const saved = await ctx.db.getRepository(Organisation).save(org);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'organisation.update',
      entityType: 'Organisation',
      entityId: saved.id,
      organisationId: saved.id,
      details: { fields: changed.join(',') },
    });
    return saved;
  }

  /**
   * The emergency lock: every session of every member ends (the actor's too, if a member), their next
   * sign-in needs TOTP, and no export, download or briefing release of the organisation's data happens
   * until its ADMIN, signed in with TOTP, unlocks it. Audited; every member and every coordinator is notified.
   */
  async lock(ctx: AppContext, id: string): Promise<Organisation> {
    const actor = requireActor(ctx.actor);
    const org = await this.find(ctx, id);
    authorize(organisationPolicy, actor, 'lock', org);
    if (org.lockedAt) throw conflict('The organisation is already locked.');
    const sessionsEnded = await this.setSecurity(ctx, org.id, 'lock');
    await appendAudit(ctx.sql, actor, {
      action: 'organisation.lock', entityType: 'Organisation', entityId: org.id, organisationId: org.id, details: { sessionsEnded },
    });
    await notifyMembers(ctx, 'ORGANISATION_LOCKED', [org.id], EVERY_ROLE, '/account');
    // The coordinators too: a lock its ADMIN decided alone is news to whoever watches over the coalition.
    await notifyAccount(ctx, 'COALITION_ORGANISATION_LOCKED', org.id);
    // The actor's own session ended with the others: the cookie goes too.
    if (isMemberOf(actor, org.id) && ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res, ctx.deps.config.COOKIE_SECURE);
    return this.reload(ctx, org.id);
  }

  /** Only the organisation's ADMIN, in a session begun with TOTP (a password alone may be what leaked). */
  async unlock(ctx: AppContext, id: string): Promise<Organisation> {
    const actor = requireActor(ctx.actor);
    const org = await this.find(ctx, id);
    authorize(organisationPolicy, actor, 'unlock', org);
    if (!org.lockedAt) throw conflict('The organisation is not locked.');
    await this.setSecurity(ctx, org.id, 'unlock');
    await appendAudit(ctx.sql, actor, {
      action: 'organisation.unlock', entityType: 'Organisation', entityId: org.id, organisationId: org.id,
      details: { lockedAt: org.lockedAt.toISOString() },
    });
    await notifyMembers(ctx, 'ORGANISATION_UNLOCKED', [org.id], EVERY_ROLE, '/account');
    return this.reload(ctx, org.id);
  }

  /** TOTP asked of every member at sign-in, for good (or no longer); own ADMIN, in a session begun with TOTP. */
  async setRequireTotp(ctx: AppContext, id: string, required: boolean): Promise<Organisation> {
    const actor = requireActor(ctx.actor);
    const org = await this.find(ctx, id);
    authorize(organisationPolicy, actor, 'requireTotp', org);
    if (org.requireTotp === required) return org;
    await this.setSecurity(ctx, org.id, required ? 'require_totp' : 'allow_password');
    await appendAudit(ctx.sql, actor, {
      action: 'organisation.require_totp', entityType: 'Organisation', entityId: org.id, organisationId: org.id, details: { required },
    });
    return this.reload(ctx, org.id);
  }

  private async find(ctx: AppContext, id: string): Promise<Organisation> {
    const org = isUuid(id) ? await ctx.db.getRepository(Organisation).findOneBy({ id }) : null;
    if (!org) throw notFound('The organisation');
    return org;
  }

  private async reload(ctx: AppContext, id: string): Promise<Organisation> {
    ctx.loaders.clear();
    return ctx.db.getRepository(Organisation).findOneByOrFail({ id });
  }

  /**
   * organisation_set_security checks the actor again and changes what no policy lets the actor change
   * (other people's sessions; the lock columns, which the organisations_guard trigger keeps to it).
   * Returns how many sessions ended.
   */
  private async setSecurity(ctx: AppContext, organisationId: string, action: SecurityAction): Promise<number> {
    const actor = requireActor(ctx.actor);
    if (action !== 'lock' && !(await sessionHasTotp(ctx.sql, actor.sessionId))) {
      throw totpRequired('Sign in again with your two-factor code: this change needs a session begun with TOTP.');
    }
    const { rows } = await sql<{ outcome: string; sessions_ended: number }>`
      SELECT outcome, sessions_ended FROM organisation_set_security(${organisationId}::uuid, ${action}, ${actor.sessionId}::uuid)`.execute(ctx.sql);
    const { outcome, sessions_ended: ended } = rows[0] ?? { outcome: 'forbidden', sessions_ended: 0 };
    switch (outcome) {
      case 'ok':
        return ended;
      case 'not_found':
        throw notFound('The organisation');
      case 'already_locked':
        throw conflict('The organisation is already locked.');
      case 'not_locked':
        throw conflict('The organisation is not locked.');
      case 'totp_required':
        throw totpRequired('Sign in again with your two-factor code: this change needs a session begun with TOTP.');
      default:
        throw forbidden();
    }
  }
}

export const organisationService = new OrganisationService();

