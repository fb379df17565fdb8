-- Shares: the case's `~s` lexemes. A deleted case's shares go with it (its row here too, by the cascade).
CREATE OR REPLACE FUNCTION case_search_shares_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      DECLARE
        v_case uuid;
      BEGIN
        FOR v_case IN SELECT DISTINCT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) x
                       WHERE x IS NOT NULL ORDER BY x LOOP
          PERFORM 1 FROM case_search WHERE case_id = v_case FOR UPDATE;
          UPDATE case_search cs SET terms = case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c WHERE c.id = v_case AND cs.case_id = c.id;
        END LOOP;
        RETURN NULL;
      END $$;
