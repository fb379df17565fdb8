-- The number of cases the actor may read that have one of p_keys (case_count_keys), without reading
-- them (docs/SCALING.md): app_may_read_case in two disjoint parts.
--   1. What the rule admits without a share (own cases, COALITION ones): rows of case_counts per
--      (owner, visibility, key) that app_may_read_case with no case admits.
--   2. SHARED cases that only a share admits: the actor's shares of SHARED cases (each share carries its
--      case's visibility and keys) whose case part 1 does not already count, each case once.
-- Exact only when no case has two of p_keys (part 1 adds per key): statuses, years, or one category or
-- country. Overlapping keys over-count readable cases only, so they disclose nothing.
-- SECURITY DEFINER for case_counts; the owner may be a superuser that policies do not bind, so
-- case_shares is filtered here by the actor's organisations. A test compares the result with count(*)
-- under the policies for every kind of actor, after every kind of write (cases/case-counts.test.ts).
CREATE OR REPLACE FUNCTION case_readable_count_of(p_keys text[]) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT sum(k.n) FROM case_counts k
                    WHERE k.key = ANY(p_keys)
                      AND EXISTS (SELECT FROM app_may_read_case(NULL, k.owner_organisation_id, k.visibility))), 0)::bigint
       + (SELECT CASE WHEN cardinality(a.orgs) = 1
                 -- A member of one organisation (nearly every actor) holds at most one share per case (the
                 -- primary key), so no DISTINCT: it sorted every share of the organisation, the largest part of
                 -- a page's time at 100,000 shares. What part 1 counts is then simply its own cases.
                 THEN (SELECT count(*) FROM case_shares s
                        WHERE s.organisation_id = a.orgs[1] AND s.case_visibility = 'SHARED'
                          AND s.case_keys && p_keys AND s.owner_organisation_id <> a.orgs[1])
                 ELSE (SELECT count(DISTINCT s.case_id) FROM case_shares s
                        WHERE s.organisation_id = ANY(a.orgs) AND s.case_visibility = 'SHARED'
                          AND s.case_keys && p_keys
                          AND NOT EXISTS (SELECT FROM app_may_read_case(NULL, s.owner_organisation_id, s.case_visibility)))
                 END
            -- OFFSET 0 keeps the subquery whole, so the organisations are read once, not per share.
            FROM (SELECT (SELECT app_org_ids())::uuid[] AS orgs OFFSET 0) a)
$$;
REVOKE ALL ON FUNCTION case_readable_count_of(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_readable_count_of(text[]) TO @app_role@;
