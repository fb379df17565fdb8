-- The readable cases matching a typed search (search_query), with their rank: title words weigh above
-- the summary's, the summary's above the events' (cases_search_vector). Like case_search_matches, the
-- access lexemes narrow the GIN scan and each row is checked against app_may_read_case; the caller
-- reads the cases it shows from `cases` under the policies again. ts_rank without normalisation reads
-- only the case's own vector, so a rank says nothing of other cases.
CREATE OR REPLACE FUNCTION case_search_ranked(p_query text) RETURNS TABLE (id uuid, created_at timestamptz, rank real)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT cs.case_id, cs.created_at, ts_rank('{0.1, 0.2, 0.4, 1.0}', cs.terms, (SELECT search_query(p_query)))
    FROM case_search cs
   WHERE cs.terms @@ ((SELECT search_query(p_query)) && case_search_access())
     AND EXISTS (SELECT FROM app_may_read_case(cs.case_id, cs.owner_organisation_id, cs.visibility))
$$;
REVOKE ALL ON FUNCTION case_search_ranked(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_search_ranked(text) TO @app_role@;
