-- Row-level security of evidence_blobs: every policy of the table (applying this file drops the others).
-- A blob's wrapped key is what reads its bytes. The owning organisation's members read all of theirs (they
-- read every personal datum of their cases). Others: an original only with the case's personal-data right;
--- a sanitised copy or thumbnail also when the owner marked the file as showing no one. A writer of the owner binds
-- a blob to a person (its key re-wrapped by the person's key: a consent's signed form); an ADMIN shreds one.

CREATE POLICY evidence_blobs_create ON evidence_blobs FOR INSERT
  WITH CHECK (((organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) OR ((NOT dedupe) AND (EXISTS ( SELECT 1
   FROM cases c
  WHERE ((c.owner_organisation_id = evidence_blobs.organisation_id) AND app_can_write_case(c.id)))))));

CREATE POLICY evidence_blobs_read ON evidence_blobs FOR SELECT
  USING (((organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR (EXISTS ( SELECT 1
   FROM evidence_files e
  WHERE (((e.original_blob_id = evidence_blobs.id) AND app_may_read_personal_data(e.case_id)) OR (((e.sanitized_blob_id = evidence_blobs.id) OR (e.thumbnail_blob_id = evidence_blobs.id)) AND ((NOT e.contains_personal_data) OR app_may_read_personal_data(e.case_id))))))));

CREATE POLICY evidence_blobs_shred ON evidence_blobs FOR UPDATE
  USING ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])))
  WITH CHECK (((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])) AND (wrapped_key IS NULL)));

CREATE POLICY evidence_blobs_bind ON evidence_blobs FOR UPDATE
  USING (((organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (person_id IS NULL)))
  WITH CHECK (((organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (NOT dedupe) AND (wrapped_key IS NOT NULL) AND (EXISTS ( SELECT 1
   FROM person_keys pk
  WHERE ((pk.person_id = evidence_blobs.person_id) AND (pk.organisation_id = evidence_blobs.organisation_id))))));
