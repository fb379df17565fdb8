-- Row-level security of statement_signatures: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY statement_signatures_create ON statement_signatures FOR INSERT
  WITH CHECK (((organisation_id = ANY ((SELECT app_signer_org_ids())::uuid[])) AND (signed_by_user_id = (SELECT app_user_id())) AND (EXISTS ( SELECT 1
   FROM (statements s
     JOIN statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE') AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now()))))) AND (EXISTS ( SELECT 1
   FROM (statements s
     JOIN statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (v.content_hash = statement_signatures.content_hash) AND (v.number = statement_signatures.version_number))))));

CREATE POLICY statement_signatures_delete ON statement_signatures FOR DELETE
  USING (((organisation_id = ANY ((SELECT app_signer_org_ids())::uuid[])) AND (EXISTS ( SELECT 1
   FROM (statements s
     JOIN statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE') AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now())))))));

CREATE POLICY statement_signatures_read ON statement_signatures FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM statements s
  WHERE (s.id = statement_signatures.statement_id))));

CREATE POLICY statement_signatures_update ON statement_signatures FOR UPDATE
  USING ((organisation_id = ANY ((SELECT app_signer_org_ids())::uuid[])))
  WITH CHECK (((organisation_id = ANY ((SELECT app_signer_org_ids())::uuid[])) AND (signed_by_user_id = (SELECT app_user_id())) AND (EXISTS ( SELECT 1
   FROM (statements s
     JOIN statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE') AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now()))))) AND (EXISTS ( SELECT 1
   FROM (statements s
     JOIN statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (v.content_hash = statement_signatures.content_hash) AND (v.number = statement_signatures.version_number))))));
