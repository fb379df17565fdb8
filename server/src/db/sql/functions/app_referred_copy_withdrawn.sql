-- A person copied into a receiving organisation's case by an accepted referral keeps its personal data
-- only while the REFERRAL consent covers that organisation: withdrawing it withdraws the receiver's copy
-- too (its owner then reads the person by pseudonym only).
CREATE OR REPLACE FUNCTION app_referred_copy_withdrawn(p_person_id uuid)
-- PL/pgSQL: called per row by a policy, and a SQL function would be planned anew in each statement.
RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM referrals r
                  WHERE r.linked_person_id = p_person_id
                    AND NOT consent_covers(r.person_id, 'REFERRAL', ARRAY[r.to_organisation_id]));
END $$;
REVOKE ALL ON FUNCTION app_referred_copy_withdrawn(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_referred_copy_withdrawn(uuid) TO @app_role@;
