import type { AppModule } from '../../core/http/app-module';
import { StatisticsResolver } from './statistics.resolver';

export const statisticsModule: AppModule = {
  name: 'statistics',
  entities: [],
  resolvers: [StatisticsResolver],
};

export { statisticsService } from './statistics.service';
export { SUPPRESSION_THRESHOLD } from './statistics.policy';
export { CaseStatistics } from './case-statistics.type';
