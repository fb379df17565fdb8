-- Row-level security of briefing_approvals: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY briefing_approvals_create ON briefing_approvals FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_approvals.briefing_id) AND (b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))))));

CREATE POLICY briefing_approvals_decide ON briefing_approvals FOR UPDATE
  USING ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])))
  WITH CHECK (((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])) AND (decided_by_user_id = (SELECT app_user_id()))));

CREATE POLICY briefing_approvals_delete ON briefing_approvals FOR DELETE
  USING ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE ((b.id = briefing_approvals.briefing_id) AND (b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))))));

CREATE POLICY briefing_approvals_read ON briefing_approvals FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM briefings b
  WHERE (b.id = briefing_approvals.briefing_id))));
