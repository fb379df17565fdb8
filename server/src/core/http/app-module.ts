import type { Router } from 'express';
import type { AppDeps } from '../config/app-deps';
import type { PeriodicJob } from '../mail/job-queue';
import type { DemoDirectory } from '../seed/demo-directory';

/**
 * A domain module as the server assembles it. Each `modules/<domain>/index.ts`
 * exports one; `app/app-modules.ts` lists them.
 */
export interface AppModule {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /** Plain HTTP routes (downloads); each runs its own actor transaction. */
  routes?: (router: Router, deps: AppDeps) => void;
  /** Brings this domain's derived data up to date once at boot, after the migrations, on the owner's pool. */
  prepare?: (deps: AppDeps) => Promise<void>;
  /** Adds this domain's part of the demo coalition; modules seed in the order of `appModules`. */
  seedDemo?: (deps: AppDeps, demo: DemoDirectory) => Promise<void>;
  /**
   * Runs once at boot, before the server listens: code whose first run is slow (V8 compiles it then)
   * runs here, so the first request that needs it does not hold the event loop.
   */
  warmUp?: () => void;
  /**
   * This domain's periodic work (reminders, digests, clean-ups), run by the server's job queue as pg-boss
   * jobs: one process at a time runs each, never a timer in each process (JobQueue.every).
   */
  periodicJobs?: (deps: AppDeps) => PeriodicJob[];
}
