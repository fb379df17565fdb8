-- The keys under which case_counts counts a case, and which each of its shares carries (case_shares.case_keys):
-- '*' (every case), 'status:<status>', 'category:<category>' for each category, 'country:<code>' for each
-- country the case involves (cases.countries), and 'year:<yyyy>' of its incident date when it is known.
-- A list filtered on one of these counts its readable cases from the keys (case_readable_count_of) instead
-- of visiting every match; the caller picks keys that no case has two of (case-list.query.ts, caseCountKeys).
CREATE OR REPLACE FUNCTION case_count_keys(p_status text, p_categories text[], p_countries text[], p_incident_date date) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['*', 'status:' || p_status]
      || ARRAY(SELECT DISTINCT 'category:' || x FROM unnest(p_categories) x ORDER BY 1)
      || ARRAY(SELECT DISTINCT 'country:' || x FROM unnest(p_countries) x ORDER BY 1)
      || CASE WHEN p_incident_date IS NULL THEN '{}'::text[] ELSE ARRAY['year:' || extract(year FROM p_incident_date)::int] END
$$;
