-- Row-level security of consents: every policy of the table (applying this file drops the others).
-- Readable by whoever may read the person's personal data (the policy of case_person_private decides);
-- recorded and withdrawn by the owner's ADMINs and CASEWORKERs (triggers/consents.sql keeps the record
-- unchanged but for its withdrawal). consents_definer lets consent_covers, a SECURITY DEFINER function
-- running as the owner role, read every consent: the app role's policies do not apply to it, so the
-- rule asked by case_person_private's policy never asks that policy again.

CREATE POLICY consents_definer ON consents FOR SELECT
  USING (current_user <> '@app_role@');

CREATE POLICY consents_read ON consents FOR SELECT TO @app_role@
  USING (((owner_organisation_id = ANY ((SELECT app_org_ids())::uuid[]))
    OR (EXISTS ( SELECT 1 FROM case_person_private pp WHERE (pp.person_id = consents.person_id)))));

CREATE POLICY consents_create ON consents FOR INSERT TO @app_role@
  WITH CHECK (((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (EXISTS ( SELECT 1
   FROM (case_persons p
     JOIN cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = consents.person_id) AND (c.owner_organisation_id = consents.owner_organisation_id))))));

CREATE POLICY consents_withdraw ON consents FOR UPDATE TO @app_role@
  USING ((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])))
  WITH CHECK ((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])));
