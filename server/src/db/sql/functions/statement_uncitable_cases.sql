-- The cases a statement cites that it may not cite in public (statement_case_citable), for the
-- initiator's members: publishStatement names them, statements_guard refuses the publication. SECURITY
-- DEFINER, so a cited case the initiator can no longer read still counts; it answers only for statements
-- of the actor's own organisations.
CREATE OR REPLACE FUNCTION statement_uncitable_cases(p_statement_id uuid)
RETURNS TABLE (case_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT sc.case_id
    FROM statement_cases sc
    JOIN statements s ON s.id = sc.statement_id
   WHERE sc.statement_id = p_statement_id
     AND s.initiator_organisation_id = ANY(app_org_ids())
     AND NOT statement_case_citable(sc.case_id, s.initiator_organisation_id)
   ORDER BY sc.case_id
$$;
REVOKE ALL ON FUNCTION statement_uncitable_cases(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION statement_uncitable_cases(uuid) TO @app_role@;
