-- Refills the table from the cases: after a bulk load that ran without triggers (the benchmark's).
CREATE OR REPLACE FUNCTION case_search_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        LOCK TABLE case_search IN EXCLUSIVE MODE;
        DELETE FROM case_search;
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT c.id, c.created_at, c.owner_organisation_id, c.visibility, case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c;
      END $$;
REVOKE ALL ON FUNCTION case_search_rebuild() FROM PUBLIC;
