-- The cases with a person whose name holds every word of a searched name, by the blind index: p_tokens
-- maps an owner organisation's id to the HMACs of the searched words under that organisation's name key
-- (the server derives them from the master key; names are never stored or compared in plaintext).
-- Runs as its caller, so the policy of case_person_name_tokens (which asks case_person_private's) decides
-- whose names count: only persons whose personal data the caller may read. The tokens are found by
-- equality on the primary key (leakproof, so usable as an index condition under row-level security; `&&`
-- on an array is not), and only those rows are checked under the policies. A person counts when every
-- searched word is among their tokens under their owner's key.
CREATE OR REPLACE FUNCTION case_person_name_cases(p_tokens jsonb)
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        WITH searched AS MATERIALIZED (
          SELECT DISTINCT e.key AS organisation_id, w.token
            FROM jsonb_each(p_tokens) e, jsonb_array_elements_text(e.value) AS w(token)
           WHERE jsonb_typeof(e.value) = 'array'
        )
        SELECT DISTINCT p.case_id
          FROM (SELECT t.person_id, t.owner_organisation_id, count(*) AS found
                  FROM searched s
                  JOIN case_person_name_tokens t ON t.token = s.token AND t.owner_organisation_id::text = s.organisation_id
                 GROUP BY t.person_id, t.owner_organisation_id) m
          JOIN case_persons p ON p.id = m.person_id
         WHERE m.found = (SELECT count(*) FROM searched s WHERE s.organisation_id = m.owner_organisation_id::text)
      $$;
