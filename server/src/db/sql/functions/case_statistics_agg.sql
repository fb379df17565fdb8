-- Runs as its caller: over the cases the caller can read unless a definer calls it.
-- A figure is suppressed when its sum, or the number of cases contributing to it, is 1 to p_threshold - 1.
CREATE OR REPLACE FUNCTION case_statistics_agg(p_filter jsonb, p_only_included boolean, p_threshold integer)
 RETURNS jsonb
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        WITH s AS (
          SELECT c.* FROM cases c WHERE case_matches_filter(c, p_filter) AND (NOT p_only_included OR c.include_in_statistics)
        ),
        figure AS (
          SELECT k, sum(v) AS total, count(*) FILTER (WHERE v > 0) AS contributors
            FROM s CROSS JOIN LATERAL (VALUES ('detained', s.detained), ('deported', s.deported), ('injured', s.injured),
                                              ('childrenAffected', s.children_affected)) AS x(k, v)
           GROUP BY k
        )
        SELECT jsonb_build_object(
          'totalCases', stat_bucket('totalCases', (SELECT count(*) FROM s), p_threshold),
          'crossBorderCases', stat_bucket('crossBorderCases', (SELECT count(*) FROM s WHERE cardinality(s.countries) > 1), p_threshold),
          'figures', coalesce((SELECT jsonb_agg(
               CASE WHEN p_threshold > 0 AND (total BETWEEN 1 AND p_threshold - 1 OR contributors BETWEEN 1 AND p_threshold - 1)
                    THEN jsonb_build_object('key', k, 'count', NULL, 'suppressed', true)
                    ELSE jsonb_build_object('key', k, 'count', total, 'suppressed', false) END) FROM figure), '[]'),
          'byStatus', coalesce((SELECT jsonb_agg(stat_bucket(status, n, p_threshold) ORDER BY status)
               FROM (SELECT s.status, count(*) AS n FROM s GROUP BY s.status) g), '[]'),
          'byCategory', coalesce((SELECT jsonb_agg(stat_bucket(category, n, p_threshold) ORDER BY category)
               FROM (SELECT category, count(*) AS n FROM s CROSS JOIN LATERAL unnest(s.categories) AS category GROUP BY category) g), '[]'),
          'byCountry', coalesce((SELECT jsonb_agg(stat_bucket(country, n, p_threshold) ORDER BY country)
               FROM (SELECT country, count(*) AS n FROM s CROSS JOIN LATERAL unnest(s.countries) AS country GROUP BY country) g), '[]'),
          'byMonth', coalesce((SELECT jsonb_agg(stat_bucket(month, n, p_threshold) ORDER BY month)
               FROM (SELECT to_char(s.incident_date, 'YYYY-MM') AS month, count(*) AS n FROM s WHERE s.incident_date IS NOT NULL GROUP BY 1) g), '[]'),
          'flows', coalesce((SELECT jsonb_agg(stat_bucket(from_cc || '>' || to_cc, n, p_threshold) ORDER BY from_cc, to_cc)
               FROM (SELECT trim(s.country_code) AS from_cc, trim(e.destination_country_code) AS to_cc, count(DISTINCT s.id) AS n
                       FROM s JOIN case_events e ON e.case_id = s.id
                      WHERE e.type = 'DEPORTATION' AND e.destination_country_code IS NOT NULL GROUP BY 1, 2) g), '[]'))
      $$;
