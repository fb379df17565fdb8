-- Row-level security of statements: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY statements_create ON statements FOR INSERT
  WITH CHECK (((initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (status = 'DRAFT') AND (current_version_number = 1) AND (created_by_user_id = (SELECT app_user_id()))));

CREATE POLICY statements_read ON statements FOR SELECT
  USING (((status = 'PUBLISHED') OR (initiator_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR ((status <> 'DRAFT') AND (cardinality((SELECT app_org_ids())::uuid[]) > 0))));

CREATE POLICY statements_update ON statements FOR UPDATE
  USING ((initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])))
  WITH CHECK ((initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])));
