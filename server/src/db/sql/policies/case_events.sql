-- Row-level security of case_events: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_events_create ON case_events FOR INSERT
  WITH CHECK (((recorded_by_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND app_can_write_case(case_id)));

CREATE POLICY case_events_read ON case_events FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM cases c
  WHERE (c.id = case_events.case_id))));
