import crypto from 'node:crypto';
import { caseEventInputSchema } from '@coalition/shared';
import { appendAudit } from '../../core/audit/audit-writer';
import { requireActor } from '../../core/auth/policy';
import { notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { parseInput } from '../../core/graphql/parse-input';
import type { Case } from './case.entity';
import { caseDetails } from './case.loader';
import { recordingOrganisation } from './case.policy';
import { caseService } from './case.service';
import { CaseEvent } from './case-event.entity';
import type { CaseEventInput } from './dto/case.input';

/** The events of a case: recorded by the owner or by an organisation it shared the case with for writing. */
export class CaseEventService {
  async list(ctx: AppContext, c: Pick<Case, 'id'>): Promise<CaseEvent[]> {
    return (await ctx.loaders.get(caseDetails).load(c.id)).events;
  }

  async add(ctx: AppContext, caseId: string, input: CaseEventInput): Promise<CaseEvent> {
    const c = await caseService.writable(ctx, caseId);
    const actor = requireActor(ctx.actor);
    const v = parseInput(caseEventInputSchema, input);
    const recordedBy = recordingOrganisation(actor, await caseService.facts(ctx, c));
    if (!recordedBy) throw notFound('The case');
    const id = crypto.randomUUID();
    await caseService.lock(ctx, caseId);
    const location = {
      city: v.location?.city ?? null,
      region: v.location?.region ?? null,
      countryCode: v.location?.countryCode ?? null,
    };
    const row = await ctx.sql
      .insertInto('case_events')
      .values({
        id,
        case_id: caseId,
        recorded_by_organisation_id: recordedBy,
        type: v.type,
        occurred_on: v.occurredOn,
        title: v.title,
        description: v.description,
        authority: v.authority,
        city: location.city,
        region: location.region,
        country_code: location.countryCode,
        destination_country_code: v.destinationCountryCode,
      })
      .returning('created_at')
      .executeTakeFirstOrThrow();
    await caseService.touch(ctx, c);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.event.add',
      entityType: 'CaseEvent',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { caseId, type: v.type, recordedBy },
    });
    return Object.assign(new CaseEvent(), {
      id,
      caseId,
      recordedByOrganisationId: recordedBy,
      type: v.type,
      occurredOn: v.occurredOn,
      title: v.title,
      description: v.description,
      authority: v.authority,
      ...location,
      destinationCountryCode: v.destinationCountryCode,
      createdAt: row.created_at,
    });
  }
}

export const caseEventService = new CaseEventService();
