import 'reflect-metadata';
import { startEmbeddedDatabase } from './app/embedded-database';
import { ConfigError, loadConfig } from './core/config/config';
import { createLogger } from './core/observability/logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Coalition refuses to start, ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  // The embedded database starts first, in its own thread, while this one loads the rest of the server
  // (about a second each on a first start): booted one after the other, they would add up.
  const embedded = config.embedded ? startEmbeddedDatabase(config, log) : undefined;
  // Awaited by the boot; until then a failure must not count as unhandled.
  embedded?.catch(() => undefined);
  const { bootCoalition } = await import('./app/boot');
  const coalition = await bootCoalition(config, log, { embedded });

  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    log.info({ signal }, 'shutting down: draining requests');
    coalition
      .stop()
      .then(() => {
        log.info('stopped cleanly');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Coalition failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
