import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import type { Config } from '../config/config';
import type { Logger } from '../observability/logger';
import { backupFailuresTotal, backupLastSuccess } from '../observability/metrics';
import { backup, type BackupKind } from './backup';
import type { VaultEntry } from './key-vault';

/** Scheduled backups are named so that their names sort by time: coalition-<UTC time>.<kind>.age. */
const SCHEDULED = /^coalition-\d{8}T\d{6}Z\.(server|embedded)\.age$/;

export function scheduledBackupName(at: Date, kind: BackupKind): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `coalition-${stamp}.${kind}.age`;
}

/** The scheduled backups in `dir`, oldest first. Other files in it are never touched. */
export function scheduledBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => SCHEDULED.test(name)).sort();
}

/** Deletes all but the newest `keep` scheduled backups; returns the deleted names. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = scheduledBackups(dir);
  const doomed = all.slice(0, Math.max(0, all.length - keep));
  for (const name of doomed) fs.rmSync(path.join(dir, name), { force: true });
  return doomed;
}

export interface BackupSchedule {
  /** Runs one backup now, as the schedule would (also used by the schedule itself). */
  runOnce(): Promise<string>;
  /**
   * No further run starts, and the one under way (if any) is abandoned: a shutdown must not wait for a whole
   * backup (the next start's schedule writes a new one). Resolves when the abandoned run has let go.
   */
  stop(): Promise<void>;
}

const PARTIAL = '.partial';

/**
 * BACKUP_SCHEDULE (cron syntax, UTC) writes an age-encrypted backup into BACKUP_DIR and keeps the newest
 * BACKUP_KEEP. A run never overlaps the previous one; a failure is logged and counted
 * (coalition_backup_failures_total) and the schedule goes on.
 */
export function startBackupSchedule(
  config: Config,
  log: Logger,
  /**
   * The running embedded server's dump and keys, and its vault writer's rewrite, run after each backup: the keys
   * were read without the vault lock (one connection), so an erasure's rewrite may have finished meanwhile.
   */
  embedded: { dump: () => Promise<Blob>; keys: () => AsyncIterable<VaultEntry>; rewriteVault: () => Promise<void> } | null,
): BackupSchedule | null {
  if (!config.BACKUP_SCHEDULE) return null;
  fs.mkdirSync(config.backupDir, { recursive: true, mode: 0o700 });
  // A backup is written under a temporary name and renamed when complete: one cut short (a crash, a kill)
  // never looks like a backup, and is removed here.
  for (const name of fs.readdirSync(config.backupDir)) if (name.endsWith(PARTIAL)) fs.rmSync(path.join(config.backupDir, name), { force: true });
  const newest = scheduledBackups(config.backupDir).at(-1);
  if (newest) backupLastSuccess.set(fs.statSync(path.join(config.backupDir, newest)).mtimeMs / 1000);

  let running: Promise<string> | null = null;
  const stopping = new AbortController();
  const runOnce = (): Promise<string> => {
    running ??= (async () => {
      const started = Date.now();
      const kind: BackupKind = config.embedded ? 'embedded' : 'server';
      const file = path.join(config.backupDir, scheduledBackupName(new Date(), kind));
      try {
        const result = await backup(config, file + PARTIAL, {
          recipients: config.BACKUP_RECIPIENT,
          embeddedDump: embedded?.dump,
          embeddedVault: embedded?.keys,
          signal: stopping.signal,
        });
        fs.renameSync(file + PARTIAL, file);
        if (embedded) await embedded.rewriteVault();
        backupLastSuccess.set(Date.now() / 1000);
        const pruned = pruneBackups(config.backupDir, config.BACKUP_KEEP);
        log.info({ file, bytes: result.bytes, ms: Date.now() - started, pruned: pruned.length }, 'scheduled backup written');
        return file;
      } catch (error) {
        fs.rmSync(file + PARTIAL, { force: true });
        if (stopping.signal.aborted) {
          log.info({ file, ms: Date.now() - started }, 'scheduled backup abandoned: the server is stopping');
          throw error;
        }
        backupFailuresTotal.inc();
        log.error({ err: error, file }, 'scheduled backup failed');
        throw error;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const job = new Cron(config.BACKUP_SCHEDULE, { timezone: 'UTC', protect: true }, () => {
    runOnce().catch(() => undefined);
  });
  log.info({ schedule: config.BACKUP_SCHEDULE, dir: config.backupDir, keep: config.BACKUP_KEEP, next: job.nextRun()?.toISOString() }, 'backups scheduled');
  return {
    runOnce,
    async stop() {
      job.stop();
      stopping.abort(new Error('the server is stopping'));
      await running?.catch(() => undefined);
    },
  };
}
