-- Row-level security of statement_versions: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY statement_versions_create ON statement_versions FOR INSERT
  WITH CHECK (((created_by_user_id = (SELECT app_user_id())) AND (EXISTS ( SELECT 1
   FROM statements s
  WHERE ((s.id = statement_versions.statement_id) AND (s.initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (s.status = ANY (ARRAY['DRAFT', 'OPEN_FOR_SIGNATURE'])))))));

CREATE POLICY statement_versions_read ON statement_versions FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM statements s
  WHERE (s.id = statement_versions.statement_id))));
