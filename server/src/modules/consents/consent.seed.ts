import type { ConsentScope } from '@coalition/shared';
import type { AppDeps } from '../../core/config/app-deps';
import { anyOf } from '../../core/db/sql-functions';
import { withServiceContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { readablePersons } from '../cases';
import type { CasePerson } from '../cases/case-person.entity';
import { caseById } from '../cases/case.loader';
import { consentService } from './consent.service';

/**
 * Demo data: each person of these cases whom `who` picks gave a consent of this scope to every member
 * organisation, recorded by their case owner's caseworker. Invented records, for the demo's invented or
 * pseudonymised persons, so the demo's appeal and briefing cite and show who agreed to it.
 */
export async function recordDemoConsents(
  deps: AppDeps,
  demo: DemoDirectory,
  caseIds: readonly string[],
  consent: { scope: ConsentScope; purpose: string; givenOn: string; form: string },
  who: (person: CasePerson) => boolean = () => true,
): Promise<void> {
  if (caseIds.length === 0) return;
  for (const [slug, organisationId] of Object.entries(demo.organisations)) {
    const user = demo.users[`caseworker@${slug}.example.org`];
    if (!user) continue;
    await withServiceContext(deps, user, async (ctx) => {
      const owned = await ctx.sql
        .selectFrom('cases')
        .select('id')
        .where('id', '=', anyOf([...caseIds], 'uuid'))
        .where('owner_organisation_id', '=', organisationId)
        .orderBy('id')
        .execute();
      for (const { id } of owned) {
        const c = await ctx.loaders.get(caseById).load(id);
        if (!c) continue;
        for (const p of await readablePersons(ctx, c)) {
          if (who(p)) await consentService.record(ctx, p.id, { ...consent, organisationIds: [] });
        }
      }
    });
  }
}
