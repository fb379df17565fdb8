-- The cases with a person whose name holds every word of a searched name, by the blind index: p_tokens
-- maps an owner organisation's id to the HMACs of the searched words under that organisation's name key
-- (the server derives them from the master key; names are never stored or compared in plaintext).
-- Runs as its caller, so case_person_private's policies decide whose names count: only persons whose
-- personal data the caller may read. `&&` narrows through the GIN index; `@>` then asks for every word.
CREATE OR REPLACE FUNCTION case_person_name_cases(p_tokens jsonb)
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT DISTINCT p.case_id
          FROM case_person_private pp
          JOIN case_persons p ON p.id = pp.person_id
         WHERE pp.name_tokens && ARRAY(SELECT jsonb_array_elements_text(e.value) FROM jsonb_each(p_tokens) e WHERE jsonb_typeof(e.value) = 'array')
           AND jsonb_typeof(p_tokens->(pp.owner_organisation_id::text)) = 'array'
           AND jsonb_array_length(p_tokens->(pp.owner_organisation_id::text)) > 0
           AND pp.name_tokens @> ARRAY(SELECT jsonb_array_elements_text(p_tokens->(pp.owner_organisation_id::text)))
      $$;
