import { OrgRole } from '@coalition/shared';
import type { AppContext } from '../../core/graphql/context';
import { notifyMembers } from '../../core/notifications/notify';
import type { Referral } from './referral.entity';

/**
 * THE place where an urgent referral notifies the receiving organisation's ADMINs and CASEWORKERs, in the
 * referral's own transaction: REFERRAL_URGENT (no person's name, contact or birth year, no case text; the
 * link is the receiving organisation's referrals inbox, which the caseworker reads).
 */
export async function notifyUrgentReferral(ctx: AppContext, referral: Referral): Promise<void> {
  await notifyMembers(ctx, 'REFERRAL_URGENT', [referral.toOrganisationId], [OrgRole.ADMIN, OrgRole.CASEWORKER], '/referrals');
}
