-- Full-text search that reads each readable match once, from case_search, whose lexemes already say
-- who may read what (see the migration CaseSearchMatches for the table and its triggers).
-- (id, created_at) of the cases matching p_query that the actor may read and that pass the rest of
-- the filter (case_matches_filter, the CaseFilter as jsonb). The lexemes only narrow the index scan;
-- each row is then checked against app_may_read_case, and the page is read from `cases` under the
-- policies again: a stale lexeme can hide a case from a search, never show one.
-- search_query (word forms and prefixes) runs once, as an InitPlan (not per row in the index's recheck); it is NULL for a query without a word, and NULL matches nothing.
-- p_filter must not hold personTokens: this function bypasses the personal-data policies (the caller
-- applies that filter as itself, case_person_name_cases).
CREATE OR REPLACE FUNCTION case_search_matches(p_query text, p_filter jsonb) RETURNS TABLE (id uuid, created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT cs.case_id, cs.created_at
    FROM case_search cs
   WHERE cs.terms @@ ((SELECT search_query(p_query)) && case_search_access())
     AND NOT coalesce(p_filter ? 'personTokens', false)
     AND EXISTS (SELECT FROM app_may_read_case(cs.case_id, cs.owner_organisation_id, cs.visibility))
     AND (p_filter IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = cs.case_id AND case_matches_filter(c, p_filter)))
$$;
REVOKE ALL ON FUNCTION case_search_matches(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_search_matches(text, jsonb) TO @app_role@;
