-- Row-level security of briefings: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY briefings_create ON briefings FOR INSERT
  WITH CHECK (((author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (status = 'DRAFT') AND (created_by_user_id = (SELECT app_user_id()))));

CREATE POLICY briefings_read ON briefings FOR SELECT
  USING (((author_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR ((status = 'AWAITING_APPROVAL') AND (owner_organisation_ids && (SELECT app_org_ids())::uuid[])) OR ((status = 'RELEASED') AND (SELECT app_is_liaison()))));

CREATE POLICY briefings_update_author ON briefings FOR UPDATE
  USING ((author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])))
  WITH CHECK (((author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND ((status = ANY (ARRAY['DRAFT', 'AWAITING_APPROVAL'])) OR (author_organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])))
    -- The emergency lock: nothing is released with a locked organisation's cases, or by one.
    AND ((status <> 'RELEASED') OR NOT ((author_organisation_id = ANY ((SELECT organisation_locked_ids())::uuid[])) OR (owner_organisation_ids && (SELECT organisation_locked_ids())::uuid[])))));
