-- A CaseFilter (as jsonb) against one case row; a key that is absent or JSON null does not filter.
-- Runs as its caller: used by the statistics and by case_search_matches.
CREATE OR REPLACE FUNCTION case_matches_filter(c cases, f jsonb)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $$
        SELECT (nullif(f->'status', 'null'::jsonb) IS NULL OR jsonb_array_length(nullif(f->'status', 'null'::jsonb)) = 0 OR c.status = ANY(ARRAY(SELECT jsonb_array_elements_text(nullif(f->'status', 'null'::jsonb)))))
           AND (nullif(f->'categories', 'null'::jsonb) IS NULL OR jsonb_array_length(nullif(f->'categories', 'null'::jsonb)) = 0 OR c.categories && ARRAY(SELECT jsonb_array_elements_text(nullif(f->'categories', 'null'::jsonb))))
           AND (f->>'countryCode' IS NULL OR f->>'countryCode' = ANY(c.countries))
           AND (f->>'ownerOrganisationId' IS NULL OR c.owner_organisation_id::text = f->>'ownerOrganisationId')
           AND (f->>'crossBorder' IS NULL OR (cardinality(c.countries) > 1) = (f->>'crossBorder')::boolean)
           AND (f->>'search' IS NULL OR c.search @@ (SELECT search_query(f->>'search')))
           AND (f->'personTokens' IS NULL OR c.id IN (SELECT case_person_name_cases(f->'personTokens')))
           AND (f->>'occurredFrom' IS NULL OR c.incident_date >= (f->>'occurredFrom')::date)
           AND (f->>'occurredTo' IS NULL OR c.incident_date <= (f->>'occurredTo')::date)
      $$;
