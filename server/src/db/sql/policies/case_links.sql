-- Row-level security of case_links: every policy of the table (applying this file drops the others).
-- Members of either owner read the link (never the other case: that follows its own rules). The owner of
-- case_id proposes, unconfirmed; a confirmed link is made only by the receiver of an accepted referral
-- between the two cases; the other owner confirms; either owner's writers unlink.

CREATE POLICY case_links_read ON case_links FOR SELECT
  USING (((case_owner_organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR (other_owner_organisation_id = ANY ((SELECT app_org_ids())::uuid[]))));

CREATE POLICY case_links_create ON case_links FOR INSERT
  WITH CHECK (((case_owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))
    AND (EXISTS ( SELECT 1 FROM cases c WHERE ((c.id = case_links.case_id) AND (c.owner_organisation_id = case_links.case_owner_organisation_id))))
    AND ((NOT confirmed) OR (EXISTS ( SELECT 1 FROM referrals r
      WHERE ((r.id = case_links.referral_id) AND (r.status = 'ACCEPTED') AND (r.linked_case_id = case_links.case_id)
        AND (r.case_id = case_links.other_case_id) AND (r.to_organisation_id = case_links.case_owner_organisation_id)
        AND (r.from_organisation_id = case_links.other_owner_organisation_id)))))));

CREATE POLICY case_links_confirm ON case_links FOR UPDATE
  USING ((other_owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])))
  WITH CHECK ((other_owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])));

CREATE POLICY case_links_delete ON case_links FOR DELETE
  USING (((case_owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) OR (other_owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))));
