-- Row-level security of briefing_cases: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY briefing_cases_create ON briefing_cases FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_cases.briefing_id) AND (b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))))));

CREATE POLICY briefing_cases_delete ON briefing_cases FOR DELETE
  USING ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_cases.briefing_id) AND (b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))))));

CREATE POLICY briefing_cases_read ON briefing_cases FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE (b.id = briefing_cases.briefing_id))));
