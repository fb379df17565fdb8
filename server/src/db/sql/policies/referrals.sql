-- Row-level security of referrals: every policy of the table (applying this file drops the others).
-- Members of both organisations read a referral; the referring case's writers make it; the writers of
-- either organisation change it, and triggers/referrals.sql allows each side only its own transitions.

CREATE POLICY referrals_read ON referrals FOR SELECT
  USING (((from_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR (to_organisation_id = ANY ((SELECT app_org_ids())::uuid[]))));

CREATE POLICY referrals_create ON referrals FOR INSERT
  WITH CHECK (((from_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (status = 'PENDING') AND (EXISTS ( SELECT 1
   FROM (case_persons p
     JOIN cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = referrals.person_id) AND (c.id = referrals.case_id) AND (c.owner_organisation_id = referrals.from_organisation_id))))));

CREATE POLICY referrals_update ON referrals FOR UPDATE
  USING (((from_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) OR (to_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))))
  WITH CHECK (((from_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) OR (to_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))));
