import type { AppModule } from '../../core/http/app-module';
import { Briefing, BriefingApproval, BriefingCaseRow, BriefingCaseSource, BriefingFile } from './briefing.entity';
import { briefingFileRoutes } from './briefing-file.route';
import { seedDemoBriefing } from './briefing.seed';
import { warmUpRedaction } from './briefing-warm-up';
import { BriefingApprovalResolver, BriefingCaseResolver, BriefingResolver } from './briefing.resolver';

export const briefingsModule: AppModule = {
  name: 'briefings',
  entities: [Briefing, BriefingCaseRow, BriefingCaseSource, BriefingApproval, BriefingFile],
  resolvers: [BriefingResolver, BriefingCaseResolver, BriefingApprovalResolver],
  routes: briefingFileRoutes,
  seedDemo: seedDemoBriefing,
  warmUp: () => void warmUpRedaction(),
};

export { briefingService } from './briefing.service';
export type { BriefingDocStatement } from './briefing-document';
