import { consentInputSchema, type ConsentScope } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { caseById, caseDetails } from '../cases/case.loader';
import { evidenceService } from '../evidence';
import { organisationById } from '../organisations/organisation.loader';
import type { Consent } from './consent.entity';
import { consentColumns, consentFromRow, consentsByPerson } from './consent.loader';
import { consentPolicy } from './consent.policy';

export interface ConsentInputValue {
  scope: ConsentScope;
  organisationIds?: string[] | null;
  purpose: string;
  givenOn: string;
  expiresOn?: string | null;
  form: string;
  formEvidenceId?: string | null;
}

/** The consent registry: what each person agreed to, recorded and withdrawn by the case owner, audited. */
export class ConsentService {
  list(ctx: AppContext, personId: string): Promise<Consent[]> {
    return ctx.loaders.get(consentsByPerson).load(personId);
  }

  /** The person's case and owner when the actor may read the case (NOT_FOUND otherwise, as for a missing person). */
  private async personCase(ctx: AppContext, personId: string): Promise<{ caseId: string; ownerOrganisationId: string }> {
    requireActor(ctx.actor);
    if (!isUuid(personId)) throw notFound('The person');
    const row = await ctx.sql
      .selectFrom('case_persons as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select(['c.id as caseId', 'c.owner_organisation_id as ownerOrganisationId'])
      .where('p.id', '=', personId)
      .executeTakeFirst();
    if (!row) throw notFound('The person');
    return row;
  }

  async record(ctx: AppContext, personId: string, input: ConsentInputValue): Promise<Consent> {
    const { caseId, ownerOrganisationId } = await this.personCase(ctx, personId);
    authorize(consentPolicy, ctx.actor, 'record', { ownerOrganisationId });
    const v = parseInput(consentInputSchema, input);
    for (const id of v.organisationIds) {
      if (!(await ctx.loaders.get(organisationById).load(id))) throw badInput('organisationIds', 'names an organisation that does not exist');
    }
    if (v.formEvidenceId) await this.checkForm(ctx, v.formEvidenceId, caseId);
    const { id } = await ctx.sql
      .insertInto('consents')
      .values({
        person_id: personId,
        owner_organisation_id: ownerOrganisationId,
        scope: v.scope,
        organisation_ids: v.organisationIds,
        purpose: v.purpose,
        given_on: v.givenOn,
        expires_on: v.expiresOn,
        form: v.form,
        form_evidence_id: v.formEvidenceId,
        recorded_by_user_id: ctx.actor?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The signed form names the person: erasing them must shred it too (its keys are wrapped by theirs from now on).
    if (v.formEvidenceId) await evidenceService.bindToPerson(ctx, v.formEvidenceId, personId);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'consent.record',
      entityType: 'Consent',
      entityId: id,
      organisationId: ownerOrganisationId,
      details: { personId, caseId, scope: v.scope, organisationIds: v.organisationIds.join(','), givenOn: v.givenOn, expiresOn: v.expiresOn, form: v.form, formEvidenceId: v.formEvidenceId },
    });
    this.forget(ctx, caseId, personId);
    return this.byId(ctx, id);
  }

  /**
   * The signed form must be a file of the person's case that the actor may read and attach to, not removed.
   * Missing, unreadable, removed or of another case answer alike, so the refusal tells nothing of other cases.
   */
  private async checkForm(ctx: AppContext, evidenceId: string, caseId: string): Promise<void> {
    const file = await evidenceService.get(ctx, evidenceId);
    const usable = file !== null && file.caseId === caseId && (await evidenceService.may(ctx, file, 'attach'));
    if (!usable) throw badInput('formEvidenceId', "names no file of the person's case that you may attach");
  }

  async withdraw(ctx: AppContext, id: string): Promise<Consent> {
    requireActor(ctx.actor);
    if (!isUuid(id)) throw notFound('The consent');
    const found = await ctx.sql.selectFrom('consents as k').select(consentColumns).where('k.id', '=', id).executeTakeFirst();
    if (!found) throw notFound('The consent');
    authorize(consentPolicy, ctx.actor, 'withdraw', { ownerOrganisationId: found.owner_organisation_id });
    // Serialised with a concurrent withdrawal of the same consent: one wins, the other is a CONFLICT.
    const locked = await ctx.sql.selectFrom('consents').select('withdrawn_at').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (locked.withdrawn_at) throw conflict('The consent is already withdrawn.');
    await ctx.sql
      .updateTable('consents')
      .set({ withdrawn_at: sql<Date>`now()`, withdrawn_by_user_id: ctx.actor?.userId ?? null })
      .where('id', '=', id)
      .execute();
    const person = await this.personCase(ctx, found.person_id);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'consent.withdraw',
      entityType: 'Consent',
      entityId: id,
      organisationId: found.owner_organisation_id,
      details: { personId: found.person_id, caseId: person.caseId, scope: found.scope },
    });
    this.forget(ctx, person.caseId, found.person_id);
    return this.byId(ctx, id);
  }

  private async byId(ctx: AppContext, id: string): Promise<Consent> {
    return consentFromRow(await ctx.sql.selectFrom('consents as k').select(consentColumns).where('k.id', '=', id).executeTakeFirstOrThrow());
  }

  /** What this request cached of the person's case: its persons' derived consentToShare changed. */
  private forget(ctx: AppContext, caseId: string, personId: string): void {
    ctx.loaders.get(caseDetails).clear(caseId);
    ctx.loaders.get(caseById).clear(caseId);
    ctx.loaders.get(consentsByPerson).clear(personId);
  }
}

export const consentService = new ConsentService();
