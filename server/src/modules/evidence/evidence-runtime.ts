import type { AppDeps } from '../../core/config/app-deps';
import { createEvidenceStorage, type EvidenceStorage } from './evidence-storage';
import { HashingUploadStore } from './evidence-upload.store';

export interface EvidenceRuntime {
  storage: EvidenceStorage;
  uploads: HashingUploadStore;
}

const runtimes = new WeakMap<AppDeps['config'], EvidenceRuntime>();

/** The storage backend and upload store of one server (one per configuration: tests run several servers). */
export function evidenceRuntime(deps: Pick<AppDeps, 'config'>): EvidenceRuntime {
  let rt = runtimes.get(deps.config);
  if (!rt) {
    rt = { storage: createEvidenceStorage(deps.config), uploads: new HashingUploadStore(deps.config.uploadDir) };
    runtimes.set(deps.config, rt);
  }
  return rt;
}
