-- THE rule of consent (contract README, "referrals"): does an active consent of this scope cover one of
-- these organisations? Active: given on or before today, not past expiresOn, not withdrawn — judged at
-- read time, so expiry and withdrawal take effect at once on every path that asks. No organisation named
-- covers every member organisation; p_org_ids NULL asks whether any active consent of the scope exists.
-- PL/pgSQL: called per row by policies, and a SQL function would be planned anew in each statement.
-- SECURITY DEFINER: the policies of case_person_private and the referral checks call it for readers who
-- may not read the consents themselves (consents_definer lets the owner role read them).
CREATE OR REPLACE FUNCTION consent_covers(p_person_id uuid, p_scope text, p_org_ids uuid[])
RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
      SELECT 1 FROM consents k
       WHERE k.person_id = p_person_id AND k.scope = p_scope
         AND k.withdrawn_at IS NULL
         AND k.given_on <= (now() AT TIME ZONE 'UTC')::date
         AND (k.expires_on IS NULL OR k.expires_on >= (now() AT TIME ZONE 'UTC')::date)
         AND (p_org_ids IS NULL
              OR (cardinality(k.organisation_ids) = 0 AND cardinality(p_org_ids) > 0)
              OR k.organisation_ids && p_org_ids));
END $$;
REVOKE ALL ON FUNCTION consent_covers(uuid, text, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION consent_covers(uuid, text, uuid[]) TO @app_role@;
