-- Row-level security of case_person_private: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.
-- Consent is read from the registry (consent_covers): expiry and withdrawal count at once.

CREATE POLICY case_person_private_create ON case_person_private FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM (case_persons p
     JOIN cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = case_person_private.person_id) AND (c.owner_organisation_id = case_person_private.owner_organisation_id) AND app_can_write_case(c.id)))));

CREATE POLICY case_person_private_delete ON case_person_private FOR DELETE
  USING ((EXISTS ( SELECT 1
   FROM case_persons p
  WHERE ((p.id = case_person_private.person_id) AND app_can_write_case(p.case_id)))));

CREATE POLICY case_person_private_read ON case_person_private FOR SELECT
  USING ((((owner_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) AND (NOT app_referred_copy_withdrawn(person_id)))
    OR (EXISTS ( SELECT 1
   FROM (case_persons p
     JOIN case_shares s ON ((s.case_id = p.case_id)))
  WHERE ((p.id = case_person_private.person_id) AND s.personal_data AND (s.organisation_id = ANY ((SELECT app_org_ids())::uuid[]))
    AND consent_covers(p.id, 'SHARE_PERSONAL_DATA', ARRAY[s.organisation_id]))))
    OR (cardinality(app_person_referral_orgs(person_id)) > 0)));
