-- The actor's organisations that an accepted (or completed) referral of this person lets read its personal
-- data: the receiving organisation, while an active REFERRAL consent covers it. Used by the policy of
-- case_person_private and by the case loaders (the TypeScript policy's maySeePersonalData).
CREATE OR REPLACE FUNCTION app_person_referral_orgs(p_person_id uuid)
-- PL/pgSQL: called per row by a policy, and a SQL function would be planned anew in each statement.
RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT r.to_organisation_id), '{}')
            FROM referrals r
           WHERE r.person_id = p_person_id AND r.status IN ('ACCEPTED', 'COMPLETED')
             AND r.to_organisation_id = ANY((SELECT app_org_ids())::uuid[])
             AND consent_covers(p_person_id, 'REFERRAL', ARRAY[r.to_organisation_id]));
END $$;
