import type { AppModule } from '../../core/http/app-module';
import { CaseLink } from './case-link.entity';
import { Referral } from './referral.entity';

export const referralsModule: AppModule = {
  name: 'referrals',
  entities: [Referral, CaseLink],
  resolvers: [],
};
