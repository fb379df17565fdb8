import type { AppModule } from '../core/http/app-module';
import { auditModule } from '../modules/audit';
import { authModule } from '../modules/auth';
import { briefingsModule } from '../modules/briefings';
import { casesModule } from '../modules/cases';
import { consentsModule } from '../modules/consents';
import { membersModule } from '../modules/members';
import { notificationsModule } from '../modules/notifications';
import { organisationsModule } from '../modules/organisations';
import { searchModule } from '../modules/search';
import { referralsModule } from '../modules/referrals';
import { statementsModule } from '../modules/statements';
import { statisticsModule } from '../modules/statistics';
import { evidenceModule } from '../modules/evidence';

/** Every domain module the server serves, in no particular order. */
export const appModules: AppModule[] = [organisationsModule, authModule, membersModule, auditModule, casesModule, statementsModule, statisticsModule, briefingsModule, searchModule, consentsModule, referralsModule, evidenceModule, notificationsModule];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const appEntities: Function[] = appModules.flatMap((m) => m.entities);
