-- Row-level security of case_shares: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_shares_create ON case_shares FOR INSERT
  WITH CHECK (((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id))))));

CREATE POLICY case_shares_delete ON case_shares FOR DELETE
  USING ((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])));

CREATE POLICY case_shares_read ON case_shares FOR SELECT
  USING (((owner_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR (organisation_id = ANY ((SELECT app_org_ids())::uuid[]))));

CREATE POLICY case_shares_update ON case_shares FOR UPDATE
  USING (((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id))))))
  WITH CHECK (((owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id))))));

-- An accepted referral: the receiving organisation's writers give themselves a READ share of the referring
-- case (personal data then follows each person's consents: case_person_private's policy).
CREATE POLICY case_shares_referral ON case_shares FOR INSERT
  WITH CHECK (((access = 'READ') AND (organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (EXISTS ( SELECT 1
   FROM referrals r
  WHERE ((r.case_id = case_shares.case_id) AND (r.to_organisation_id = case_shares.organisation_id)
    AND (r.from_organisation_id = case_shares.owner_organisation_id) AND (r.status = 'ACCEPTED'))))));

