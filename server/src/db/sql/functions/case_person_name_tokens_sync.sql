-- Keeps case_person_name_tokens (the blind index as rows, one per word's token) equal to
-- case_person_private.name_tokens, which the server writes: new persons in bulk, and persons whose tokens
-- changed (indexed at boot, or cleared by a master key rotation). Deleted persons go by the foreign key's
-- cascade. SECURITY DEFINER: the application role may only read the index, under its policy.
CREATE OR REPLACE FUNCTION case_person_name_tokens_sync()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM case_person_name_tokens t
           USING old_rows o JOIN new_rows n ON n.person_id = o.person_id
           WHERE t.person_id = o.person_id AND n.name_tokens IS DISTINCT FROM o.name_tokens;
          INSERT INTO case_person_name_tokens (token, person_id, owner_organisation_id)
            SELECT DISTINCT w.token, n.person_id, n.owner_organisation_id
              FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id, unnest(n.name_tokens) AS w(token)
             WHERE n.name_tokens IS DISTINCT FROM o.name_tokens;
        ELSE
          INSERT INTO case_person_name_tokens (token, person_id, owner_organisation_id)
            SELECT DISTINCT w.token, n.person_id, n.owner_organisation_id
              FROM new_rows n, unnest(n.name_tokens) AS w(token);
        END IF;
        RETURN NULL;
      END $$;
