import type { AppContext } from '../../core/graphql/context';
import type { Organisation } from '../organisations/organisation.entity';

/** The references among `references` that the organisation already uses. */
export async function referencesTaken(ctx: AppContext, organisationId: string, references: string[]): Promise<string[]> {
  const rows = await ctx.sql
    .selectFrom('cases')
    .select('reference')
    .where('owner_organisation_id', '=', organisationId)
    .where((eb) => eb('reference', '=', eb.fn.any(eb.val(references))))
    .execute();
  return rows.map((r) => r.reference);
}

/**
 * Reserves `count` references `<PREFIX>-<YEAR>-<NNN>`. The counter row is
 * upserted, which locks it until commit: concurrent creations queue and
 * never get the same number. Numbers already taken by hand are skipped.
 */
export async function nextReferences(ctx: AppContext, org: Pick<Organisation, 'id' | 'slug'>, year: number, count: number): Promise<string[]> {
  const prefix = org.slug.split('-')[0].toUpperCase();
  const out: string[] = [];
  while (out.length < count) {
    const want = count - out.length;
    const { last } = await ctx.sql
      .insertInto('case_reference_counters')
      .values({ organisation_id: org.id, year, last: want })
      .onConflict((oc) => oc.columns(['organisation_id', 'year']).doUpdateSet((eb) => ({ last: eb('case_reference_counters.last', '+', eb.ref('excluded.last')) })))
      .returning('last')
      .executeTakeFirstOrThrow();
    const candidates = Array.from({ length: want }, (_, i) => `${prefix}-${year}-${String(last - want + 1 + i).padStart(3, '0')}`);
    const taken = new Set(await referencesTaken(ctx, org.id, candidates));
    out.push(...candidates.filter((r) => !taken.has(r)));
  }
  return out;
}
