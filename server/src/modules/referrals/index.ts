import type { AppModule } from '../../core/http/app-module';
import { CaseLink } from './case-link.entity';
import { Referral } from './referral.entity';
import { seedDemoReferrals } from './referral.seed';
import { CaseCrossBorderResolver, CaseEventCaseResolver, CaseLinkResolver, ReferralResolver } from './referral.resolver';

export const referralsModule: AppModule = {
  name: 'referrals',
  entities: [Referral, CaseLink],
  resolvers: [ReferralResolver, CaseLinkResolver, CaseCrossBorderResolver, CaseEventCaseResolver],
  seedDemo: seedDemoReferrals,
};

export { referralService } from './referral.service';
