-- Cases: new ones in bulk (one statement per INSERT), changes row by row.
CREATE OR REPLACE FUNCTION case_search_insert()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT n.id, n.created_at, n.owner_organisation_id, n.visibility, case_search_terms(n.id, n.search, n.owner_organisation_id, n.visibility)
            FROM new_rows n;
        RETURN NULL;
      END $$;
