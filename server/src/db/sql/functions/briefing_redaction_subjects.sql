-- Redaction needs the details (name, birth year, contact) of every person in the cases the actor may
-- read, even where a share withholds personal data from the actor: sealed values only, for readable
-- cases only (app_may_read_case). The server decrypts them for the released text alone, never for a
-- view of someone who may not read them (briefings/briefing.service.ts). A person sealed with a key of
-- their own (key_version NULL) comes with that key, wrapped by the organisation key version it names;
-- a person whose key was erased (or is not in a restored database) is left out: nothing of them is readable.
-- Dropped first: its result gained the person's key, and a changed result type is not replaced in place.
DROP FUNCTION IF EXISTS briefing_redaction_subjects(uuid[]);
CREATE OR REPLACE FUNCTION briefing_redaction_subjects(p_case_ids uuid[])
RETURNS TABLE (case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, birth_year text, contact text, wrapped_key text, person_key text, person_key_version integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.case_id, p.id, pp.owner_organisation_id, pp.full_name, pp.birth_year, pp.contact, k.wrapped_key, pk.wrapped_key, pk.key_version
    FROM case_persons p
    JOIN case_person_private pp ON pp.person_id = p.id
    LEFT JOIN person_keys pk ON pk.person_id = p.id AND pp.key_version IS NULL
    JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id AND k.version = coalesce(pp.key_version, pk.key_version)
    JOIN cases c ON c.id = p.case_id
   WHERE p.case_id = ANY(p_case_ids)
     AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))
$$;
REVOKE ALL ON FUNCTION briefing_redaction_subjects(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_redaction_subjects(uuid[]) TO @app_role@;
