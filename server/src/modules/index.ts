import type { AppModule } from '../core/http/app-module';
import { auditModule } from './audit';
import { authModule } from './auth';
import { briefingsModule } from './briefings';
import { casesModule } from './cases';
import { membersModule } from './members';
import { organisationsModule } from './organisations';
import { statementsModule } from './statements';
import { statisticsModule } from './statistics';

/** Every domain module the server serves, in no particular order. */
export const appModules: AppModule[] = [organisationsModule, authModule, membersModule, auditModule, casesModule, statementsModule, statisticsModule, briefingsModule];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const appEntities: Function[] = appModules.flatMap((m) => m.entities);
