import type { AppContext } from '../../core/graphql/context';
import type { Referral } from './referral.entity';

/**
 * THE place where an urgent referral notifies the receiving organisation's ADMINs and CASEWORKERs, in the
 * referral's own transaction. The notifications outbox (issue "notifications", built in parallel) is not
 * on this branch yet: at merge, this function writes the REFERRAL_URGENT notification through it (no
 * person's name, contact or birth year, no case text: the referral's id and the organisations only).
 * Until then it does nothing; the referral itself is audited either way.
 */
export async function notifyUrgentReferral(ctx: AppContext, referral: Referral): Promise<void> {
  void ctx;
  void referral;
  await Promise.resolve();
}
