import type { AppModule } from '../../core/http/app-module';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { CasePerson, CasePersonPrivate } from './case-person.entity';
import { CaseShare } from './case-share.entity';
import { CaseEventResolver, CaseHistoryEntryResolver, CaseResolver, CaseShareResolver } from './case.resolver';
import { CaseReferenceCounter, OrganisationKey } from './organisation-key.entity';
import { PersonKey } from './person-key.entity';
import { seedDemoCases } from './case.seed';
import { caseExportRoutes } from './case-export.route';
import { sealPersonsWithOwnKeys } from './person-key.backfill';
import { indexPersonNames } from './person-name.backfill';

export const casesModule: AppModule = {
  name: 'cases',
  entities: [Case, CasePerson, CasePersonPrivate, CaseEvent, CaseShare, OrganisationKey, PersonKey, CaseReferenceCounter],
  resolvers: [CaseResolver, CaseEventResolver, CaseShareResolver, CaseHistoryEntryResolver],
  seedDemo: seedDemoCases,
  routes: caseExportRoutes,
  prepare: async (deps) => {
    const indexed = await indexPersonNames(deps);
    if (indexed > 0) deps.log.info({ persons: indexed }, 'person names indexed');
    const keyed = await sealPersonsWithOwnKeys(deps);
    if (keyed > 0) deps.log.info({ persons: keyed }, 'persons re-sealed with keys of their own');
  },
};

export { Case } from './case.entity';
export { caseById } from './case.loader';
export { casePolicy, recordingOrganisation, type CaseFacts } from './case.policy';
export { CaseEvent } from './case-event.entity';
export { dataKeyFor, dataKeyVersion, organisationKeyAad } from './case.crypto';
export { caseService, readablePersons } from './case.service';
export { caseEventService } from './case-event.service';
export { caseFilterJson, caseFilterSqlJson, parseCaseFilter } from './case-list.query';
export { newPersonKey, personAad, personFieldsKey, personKeyAad, unwrapDataKey, unwrapPersonKey } from './case.crypto';
export { sealPersonsWithOwnKeys } from './person-key.backfill';
export { casePersonService } from './case-person.service';
export { caseSharingService } from './case-sharing.service';
