-- A case's row of case_search: its search vector plus the lexemes that say who may read it (`~o<owner>`,
-- `~v<visibility>`, `~s<org>` per share). The parser never makes a lexeme with `~`, so no typed query
-- matches them. Owner only: the trigger functions and case_search_rebuild call it.
CREATE OR REPLACE FUNCTION case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text)
 RETURNS tsvector
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT coalesce(p_search, ''::tsvector) || array_to_tsvector(
          ARRAY['~o' || p_owner, '~v' || p_visibility]
          || ARRAY(SELECT DISTINCT '~s' || s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id))
      $$;
REVOKE ALL ON FUNCTION case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text) FROM PUBLIC;
