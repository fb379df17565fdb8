-- Row-level security of briefing_files: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY briefing_files_create ON briefing_files FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_files.briefing_id) AND (b.author_organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[]))))));

-- The emergency lock: no file of a briefing written by a locked organisation or holding its cases.
CREATE POLICY briefing_files_read ON briefing_files FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_files.briefing_id) AND (NOT (b.author_organisation_id = ANY ((SELECT organisation_locked_ids())::uuid[])))
    AND (NOT (b.owner_organisation_ids && (SELECT organisation_locked_ids())::uuid[]))))));
