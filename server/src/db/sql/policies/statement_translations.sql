-- Row-level security of statement_translations: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY statement_translations_create ON statement_translations FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM (statement_versions v
     JOIN statements s ON ((s.id = v.statement_id)))
  WHERE ((v.id = statement_translations.version_id) AND (v.xmin = (pg_current_xact_id())::xid) AND (s.initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (s.status = ANY (ARRAY['DRAFT', 'OPEN_FOR_SIGNATURE']))))));

CREATE POLICY statement_translations_read ON statement_translations FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM statement_versions v
  WHERE (v.id = statement_translations.version_id))));
