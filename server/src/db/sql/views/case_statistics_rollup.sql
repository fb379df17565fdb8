-- The dashboards' two commonest questions, answered ahead (docs/SCALING.md): the coalition-wide
-- statistics without a filter for the coordinator (threshold 0) and for the liaison (the liaison's own
-- table, case_statistics_liaison), and each organisation's own statistics. Served by
-- case_statistics_from_rollup only while case_statistics_changes is empty; case_statistics_refresh
-- recomputes it (REFRESH ... CONCURRENTLY needs the unique index).
--
-- A materialised view holds data: this file is applied only when its checksum changed or the view is
-- missing (not after every migration, as functions, policies and triggers are), and then recreates the
-- view, computing it once.
-- A materialised view is not a table: row-level security does not apply, so the app role gets no grant
-- on it at all.
DROP MATERIALIZED VIEW IF EXISTS case_statistics_rollup;
CREATE MATERIALIZED VIEW case_statistics_rollup AS
  SELECT 'coalition:0' AS key, case_statistics_agg('{}'::jsonb, true, 0) AS result
  UNION ALL SELECT 'coalition:5', case_statistics_liaison('{}'::jsonb)
  UNION ALL SELECT 'org:' || o.id, case_statistics_agg(jsonb_build_object('ownerOrganisationId', o.id), false, 0) FROM organisations o;
CREATE UNIQUE INDEX ix_case_statistics_rollup_key ON case_statistics_rollup (key);
REVOKE ALL ON case_statistics_rollup FROM PUBLIC;
