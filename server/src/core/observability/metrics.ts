import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const dbQueriesTotal = new Counter({
  name: 'coalition_db_queries_total',
  help: 'SQL statements sent to PostgreSQL by this process.',
  registers: [metricsRegistry],
});

export const httpRequestDuration = new Histogram({
  name: 'coalition_http_request_duration_seconds',
  help: 'HTTP request duration by route and status.',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});
