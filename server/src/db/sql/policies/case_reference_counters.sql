-- Row-level security of case_reference_counters: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_reference_counters_own ON case_reference_counters FOR ALL
  USING ((organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])))
  WITH CHECK ((organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])));
