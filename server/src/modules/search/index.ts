import type { AppModule } from '../../core/http/app-module';
import { SearchResolver } from './search.resolver';

export const searchModule: AppModule = {
  name: 'search',
  entities: [],
  resolvers: [SearchResolver],
};

export { searchService } from './search.service';
