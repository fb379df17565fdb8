import type { AppModule } from '../../core/http/app-module';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';

export const organisationsModule: AppModule = {
  name: 'organisations',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
};
