import type { AppModule } from '../../core/http/app-module';
import { CustodyEntry, EvidenceBlob, EvidenceFile, EvidenceMetadata } from './evidence.entity';
import { CaseEventEvidenceResolver, CaseEvidenceResolver, CustodyEntryResolver, EvidenceFileResolver } from './evidence.resolver';
import { bindConsentForms } from './consent-form.backfill';
import { evidenceJobs } from './evidence.maintenance';
import { evidenceRoutes } from './evidence.route';
import { seedDemoEvidence } from './evidence.seed';

export const evidenceModule: AppModule = {
  name: 'evidence',
  entities: [EvidenceBlob, EvidenceFile, EvidenceMetadata, CustodyEntry],
  resolvers: [EvidenceFileResolver, CustodyEntryResolver, CaseEvidenceResolver, CaseEventEvidenceResolver],
  routes: evidenceRoutes,
  seedDemo: seedDemoEvidence,
  periodicJobs: evidenceJobs,
  prepare: async (deps) => {
    const bound = await bindConsentForms(deps);
    if (bound > 0) deps.log.info({ files: bound }, "consent forms bound to their persons' keys");
  },
};

export { CustodyAction, EvidenceFile, EvidenceKind } from './evidence.entity';
export { blobKeyAad, evidenceService } from './evidence.service';
export { verifyAllEvidence } from './evidence.maintenance';
