-- A public statement cites a case only while every person of the case has an active PUBLICATION consent
-- covering the statement's initiator organisation (issue 24; contract "referrals": PUBLICATION, "the
-- person's story may be cited, pseudonymised, in public statements"). A case without persons cites
-- freely. consent_covers judges each consent when asked, so a withdrawal or an expiry counts at once.
-- SECURITY DEFINER: an initiator may cite a case whose persons and consents it may not read; it learns
-- this answer only, which the rule itself must give. publishStatement and statements_guard refuse a
-- publication that breaks it; statement_citation_stands hides a published citation that no longer holds.
CREATE OR REPLACE FUNCTION statement_case_citable(p_case_id uuid, p_initiator_organisation_id uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (
    SELECT 1 FROM case_persons p
     WHERE p.case_id = p_case_id
       AND NOT consent_covers(p.id, 'PUBLICATION', ARRAY[p_initiator_organisation_id]))
$$;
REVOKE ALL ON FUNCTION statement_case_citable(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION statement_case_citable(uuid, uuid) TO @app_role@;
