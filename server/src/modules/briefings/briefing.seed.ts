import { ConsentScope } from '@coalition/shared';
import type { AppDeps } from '../../core/config/app-deps';
import { withServiceContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { recordDemoConsents } from '../consents';
import { briefingService } from './briefing.service';
import type { Briefing } from './briefing.entity';

const AUTHOR = 'adc-memorial';

/**
 * One RELEASED briefing for the OSCE ODIHR from every seeded case, taken
 * through the real workflow (create, submit, every owner's ADMIN approves,
 * release), so a liaison who signs in sees something real.
 */
export async function seedDemoBriefing(deps: AppDeps, demo: DemoDirectory): Promise<void> {
  const caseIds = Object.entries(demo.refs)
    .filter(([key]) => key.startsWith('case:'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, id]) => id);
  if (!caseIds.length) return;
  const statementIds = Object.entries(demo.refs)
    .filter(([key]) => key.startsWith('statement:'))
    .map(([, id]) => id);
  // The adults agreed to appear in briefings; the children did not, and appear only as "a person who did not consent".
  await recordDemoConsents(
    deps,
    demo,
    caseIds,
    { scope: ConsentScope.BRIEFING, purpose: 'Their story, pseudonymised, in briefings to diplomats', givenOn: '2013-02-12', form: 'recorded oral consent' },
    (person) => !person.minor,
  );
  const created: Briefing = await withServiceContext(deps, demo.users[`caseworker@${AUTHOR}.example.org`], async (ctx) => {
    const b = await briefingService.create(ctx, {
      organisationId: demo.organisations[AUTHOR],
      title: 'Raids, detentions and deportations of migrant workers in Russia, January–February 2013',
      audience: 'OSCE ODIHR',
      caseIds,
      statementIds,
      includeStatistics: true,
    });
    await briefingService.submit(ctx, b.id);
    return b;
  });
  const approvals = await withServiceContext(deps, demo.users[`admin@${AUTHOR}.example.org`], (ctx) => briefingService.approvals(ctx, created));
  const slugById = new Map(Object.entries(demo.organisations).map(([slug, id]) => [id, slug]));
  for (const approval of approvals) {
    const slug = slugById.get(approval.organisationId)!;
    await withServiceContext(deps, demo.users[`admin@${slug}.example.org`], (ctx) =>
      briefingService.decide(ctx, created.id, approval.organisationId, true),
    );
  }
  await withServiceContext(deps, demo.users[`admin@${AUTHOR}.example.org`], (ctx) => briefingService.release(ctx, created.id));
  demo.refs['briefing:osce-odihr'] = created.id;
}
