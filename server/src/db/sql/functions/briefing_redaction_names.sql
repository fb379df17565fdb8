-- Redaction needs the names of persons in cases the author may read even when a share withholds
-- personal data from the author: sealed values only, for readable cases only (app_may_read_case); the
-- server decrypts, uses them as patterns and never outputs them.
CREATE OR REPLACE FUNCTION briefing_redaction_names(p_case_ids uuid[])
RETURNS TABLE (case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, wrapped_key text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.case_id, p.id, pp.owner_organisation_id, pp.full_name, k.wrapped_key
    FROM case_persons p
    JOIN case_person_private pp ON pp.person_id = p.id
    JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id
    JOIN cases c ON c.id = p.case_id
   WHERE p.case_id = ANY(p_case_ids)
     AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))
$$;
REVOKE ALL ON FUNCTION briefing_redaction_names(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_redaction_names(uuid[]) TO @app_role@;
