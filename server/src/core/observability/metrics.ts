import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
// Gauges that prom-client names with a counter's `_total`: `promtool check metrics` flags them, and
// the exposition must pass it clean. Handles and requests are visible in the event-loop lag anyway.
for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) {
  metricsRegistry.removeSingleMetric(name);
}

export const dbQueriesTotal = new Counter({
  name: 'coalition_db_queries_total',
  help: 'SQL statements sent to PostgreSQL by this process.',
  registers: [metricsRegistry],
});

export const databaseTransactionsTotal = new Counter({
  name: 'coalition_db_transactions_total',
  help: 'GraphQL requests\' transactions by the server they ran on (primary, replica).',
  labelNames: ['server'],
  registers: [metricsRegistry],
});

export const graphqlExecutionsTotal = new Counter({
  name: 'coalition_graphql_executions_total',
  help: 'GraphQL operations executed over HTTP, by how: compiled (queries) or interpreted (mutations, or with GRAPHQL_COMPILED off).',
  labelNames: ['mode'],
  registers: [metricsRegistry],
});

export const httpRequestDuration = new Histogram({
  name: 'coalition_http_request_duration_seconds',
  help: 'HTTP request duration by route and status.',
  labelNames: ['method', 'route', 'status'],
  // Fine enough between 0.5 and 5 s that an upper bound on p99 under overload says something.
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 7.5, 10, 20],
  registers: [metricsRegistry],
});

/** Alerts fire on its age ("no backup in 26 hours"): time() - this. */
export const backupLastSuccess = new Gauge({
  name: 'coalition_backup_last_success_timestamp_seconds',
  help: 'When the last scheduled backup of this process was written (Unix time; 0 before the first).',
  registers: [metricsRegistry],
});

export const backupFailuresTotal = new Counter({
  name: 'coalition_backup_failures_total',
  help: 'Scheduled backups that failed.',
  registers: [metricsRegistry],
});

export const keyVaultFailuresTotal = new Counter({
  name: 'coalition_key_vault_failures_total',
  help: 'Rewrites of the key vault after an erasure that failed (the old vault still holds the erased keys).',
  registers: [metricsRegistry],
});

export const liveSubscriptions = new Gauge({
  name: 'coalition_live_subscriptions',
  help: 'Subscriptions of this process listening for changes (an event reaches each of them).',
  registers: [metricsRegistry],
});

/** Every sign-in attempt verifies one argon2id hash, for an unknown email too: a flood of attempts shows here. */
export const passwordVerificationsTotal = new Counter({
  name: 'coalition_password_verifications_total',
  help: 'argon2id password verifications (sign-ins and password changes), for an unknown email too.',
  registers: [metricsRegistry],
});
