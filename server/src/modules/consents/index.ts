import type { AppModule } from '../../core/http/app-module';
import { Consent } from './consent.entity';
import { CasePersonConsentsResolver, ConsentResolver } from './consent.resolver';

export const consentsModule: AppModule = {
  name: 'consents',
  entities: [Consent],
  resolvers: [ConsentResolver, CasePersonConsentsResolver],
};

export { Consent } from './consent.entity';
export { consentService } from './consent.service';
export { recordDemoConsents } from './consent.seed';
