import { CoalitionRole, ReferralStatus } from '@coalition/shared';
import { sql } from 'kysely';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { hasCoalitionRole, memberOrganisationIds } from '../../core/auth/actor';
import { requireActor } from '../../core/auth/policy';
import type { AppContext } from '../../core/graphql/context';
import { SUPPRESSION_THRESHOLD } from '../statistics';

@ObjectType()
export class ReferralStatusCount {
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => Int, { nullable: true, description: 'Null when suppressed (LIAISON: below 5, or needed to protect a suppressed cell).' }) count!: number | null;
}

@ObjectType()
export class ReferralRoute {
  @Field({ description: 'Country of the referring case.' }) fromCountryCode!: string;
  @Field({ description: 'Country of the receiving organisation.' }) toCountryCode!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
}

@ObjectType()
export class ReferralStatistics {
  @Field(() => [ReferralStatusCount]) byStatus!: ReferralStatusCount[];
  @Field(() => [ReferralRoute], { description: 'Routes, country to country; for the LIAISON only routes of 5 or more.' }) byRoute!: ReferralRoute[];
  @Field(() => Int, { nullable: true }) accepted!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from referral to acceptance; null below 5 accepted referrals for the LIAISON.' })
  medianHoursToAcceptance!: number | null;
}

interface Row {
  kind: string;
  a: string | null;
  b: string | null;
  n: number;
  hours: number | null;
}

const referralStatisticsRows = () => sql<Row>`referral_statistics()`;

/**
 * Suppression for one group of cells: below the threshold, and, when exactly one cell is suppressed, the
 * next smallest too, so no suppressed figure follows by subtraction (there are no published margins).
 */
function suppress(counts: number[]): (number | null)[] {
  const out: (number | null)[] = counts.map((n) => (n > 0 && n < SUPPRESSION_THRESHOLD ? null : n));
  const hidden = out.filter((v) => v === null).length;
  if (hidden === 1) {
    let smallest = -1;
    out.forEach((v, i) => {
      if (v !== null && v > 0 && (smallest < 0 || counts[i] < counts[smallest])) smallest = i;
    });
    if (smallest >= 0) out[smallest] = null;
  }
  return out;
}

/** The dashboard's referral figures: every member and the COORDINATOR see counts; the LIAISON sees them suppressed. */
export async function referralStatistics(ctx: AppContext): Promise<ReferralStatistics> {
  const actor = requireActor(ctx.actor);
  const rows = await ctx.sql.selectFrom(referralStatisticsRows().as('s')).selectAll().execute();
  const liaison = hasCoalitionRole(actor, CoalitionRole.LIAISON) && !hasCoalitionRole(actor, CoalitionRole.COORDINATOR) && memberOrganisationIds(actor).length === 0;
  const statuses = Object.values(ReferralStatus).map((status) => ({ status, n: rows.find((r) => r.kind === 'status' && r.a === status)?.n ?? 0 }));
  const statusCounts = liaison ? suppress(statuses.map((s) => s.n)) : statuses.map((s) => s.n);
  const allRoutes = rows.filter((r) => r.kind === 'route').map((r) => ({ fromCountryCode: (r.a ?? '').trim(), toCountryCode: (r.b ?? '').trim(), count: r.n }));
  // The LIAISON: suppressed routes are left out altogether (a rare route could name the person).
  const routeCounts = liaison ? suppress(allRoutes.map((r) => r.count)) : allRoutes.map((r) => r.count);
  const routes = allRoutes
    .flatMap((r, i) => (routeCounts[i] === null ? [] : [r]))
    .sort((x, y) => y.count - x.count || x.fromCountryCode.localeCompare(y.fromCountryCode) || x.toCountryCode.localeCompare(y.toCountryCode));
  const acceptance = rows.find((r) => r.kind === 'acceptance');
  const accepted = acceptance?.n ?? 0;
  const shown = !liaison || accepted >= SUPPRESSION_THRESHOLD;
  return Object.assign(new ReferralStatistics(), {
    byStatus: statuses.map((s, i) => Object.assign(new ReferralStatusCount(), { status: s.status, count: statusCounts[i] })),
    byRoute: routes.map((r) => Object.assign(new ReferralRoute(), r)),
    accepted: shown ? accepted : null,
    medianHoursToAcceptance: shown && acceptance?.hours != null ? Math.round(acceptance.hours * 10) / 10 : null,
  });
}
