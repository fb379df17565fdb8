-- The liaison's coalition-wide statistics (docs/STATISTICS.md, "The liaison's tables"). The included
-- cases are partitioned into "atoms" of at least 5 cases, fixed by the data alone (never by the
-- question), from the finest key the liaison can tell apart to the coarsest; a cell is published only
-- when the cases it counts are a union of whole atoms, so no combination of answers isolates fewer cases
-- than an atom. Owner only: case_statistics_coalition calls it for a liaison.
CREATE OR REPLACE FUNCTION case_statistics_liaison(p_filter jsonb)
 RETURNS jsonb
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        WITH f AS (
          -- Dates snap outwards to whole calendar quarters.
          SELECT p_filter
            || CASE WHEN p_filter->>'occurredFrom' IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('occurredFrom', to_char(date_trunc('quarter', (p_filter->>'occurredFrom')::date), 'YYYY-MM-DD')) END
            || CASE WHEN p_filter->>'occurredTo' IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('occurredTo', to_char(date_trunc('quarter', (p_filter->>'occurredTo')::date) + interval '3 months' - interval '1 day', 'YYYY-MM-DD')) END AS j
        ),
        base AS (
          SELECT c.id, c.status, c.categories, c.countries, c.incident_date,
                 c.detained, c.deported, c.injured, c.children_affected,
                 ARRAY(SELECT DISTINCT trim(c.country_code) || '>' || trim(e.destination_country_code)
                         FROM case_events e
                        WHERE e.case_id = c.id AND e.type = 'DEPORTATION' AND e.destination_country_code IS NOT NULL
                        ORDER BY 1) AS flows,
                 case_matches_filter(c, (SELECT j FROM f)) AS chosen,
                 c.owner_organisation_id::text AS owner
            FROM cases c WHERE c.include_in_statistics
        ),
        keyed AS (
          SELECT b.*, month || '|' || status || '|' || cats || '|' || ctys || '|' || flws || '|' || owner AS k0, month || '|' || status || '|' || cats || '|' || ctys || '|' || flws AS k1, quarter || '|' || status || '|' || cats || '|' || ctys || '|' || flws AS k2, quarter || '|' || cats || '|' || ctys || '|' || flws AS k3, quarter || '|' || ctys || '|' || flws AS k4, quarter || '|' || ctys AS k5, quarter AS k6, year AS k7, '' AS k8
            FROM (SELECT base.*,
                         coalesce(to_char(incident_date, 'YYYY-MM'), '-') AS month,
                         coalesce(to_char(incident_date, 'YYYY-"Q"Q'), '-') AS quarter,
                         coalesce(to_char(incident_date, 'YYYY'), '-') AS year,
                         array_to_string(ARRAY(SELECT x FROM unnest(categories) x ORDER BY 1), ',') AS cats,
                         array_to_string(ARRAY(SELECT x FROM unnest(countries) x ORDER BY 1), ',') AS ctys,
                         array_to_string(flows, ',') AS flws
                    FROM base) b
        ),
      a0 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(NULL::text, CASE WHEN count(*) FILTER (WHERE NULL::text IS NULL) OVER (PARTITION BY k0) >= 5 THEN '0|' || k0 END) AS atom
        FROM keyed),
      a1 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k1) >= 5 THEN '1|' || k1 END) AS atom
        FROM a0),
      a2 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k2) >= 5 THEN '2|' || k2 END) AS atom
        FROM a1),
      a3 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k3) >= 5 THEN '3|' || k3 END) AS atom
        FROM a2),
      a4 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k4) >= 5 THEN '4|' || k4 END) AS atom
        FROM a3),
      a5 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k5) >= 5 THEN '5|' || k5 END) AS atom
        FROM a4),
      a6 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k6) >= 5 THEN '6|' || k6 END) AS atom
        FROM a5),
      a7 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k7) >= 5 THEN '7|' || k7 END) AS atom
        FROM a6),
      a8 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k8) >= 5 THEN '8|' || k8 END) AS atom
        FROM a7),
        placed AS (
          -- 1-4 cases no level could place join an atom (the first), or, when there is none, stay an
          -- atom of their own that is too small: then nothing is published.
          SELECT id, coalesce(atom, (SELECT min(atom) FROM a8), 'small') AS atom FROM a8
        ),
        atoms AS (SELECT id, atom, count(*) OVER (PARTITION BY atom) AS size FROM placed),
        s AS (SELECT b.*, a.atom, a.size FROM base b JOIN atoms a USING (id) WHERE b.chosen),
        cells AS (
          SELECT 'total' AS kind, '' AS key, id, atom, size FROM s
          UNION ALL SELECT 'crossBorder', '', id, atom, size FROM s WHERE cardinality(countries) > 1
          UNION ALL SELECT 'status', status, id, atom, size FROM s
          UNION ALL SELECT 'category', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(categories) AS k
          UNION ALL SELECT 'country', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(countries) AS k
          UNION ALL SELECT 'month', to_char(incident_date, 'YYYY-MM'), id, atom, size FROM s WHERE incident_date IS NOT NULL
          UNION ALL SELECT 'flow', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(flows) AS k
        ),
        -- A cell is published when every atom it touches lies wholly inside it and is large enough.
        judged AS (
          SELECT kind, key, sum(inter) AS n, bool_and(inter = size AND size >= 5) AS ok
            FROM (SELECT kind, key, atom, count(*) AS inter, max(size) AS size FROM cells GROUP BY kind, key, atom) x
           GROUP BY kind, key
        ),
        -- A figure also needs, in every atom it sums over, no contributor or at least 5 of them.
        atom_figures AS (
          SELECT a.atom, x.k, count(*) FILTER (WHERE x.v > 0) AS contributors
            FROM atoms a JOIN base b USING (id)
            CROSS JOIN LATERAL (VALUES ('detained', b.detained), ('deported', b.deported), ('injured', b.injured),
                                       ('childrenAffected', b.children_affected)) AS x(k, v)
           GROUP BY a.atom, x.k
        ),
        figures AS (
          SELECT ks.k,
                 coalesce((SELECT sum(CASE ks.k WHEN 'detained' THEN s.detained WHEN 'deported' THEN s.deported
                                                WHEN 'injured' THEN s.injured ELSE s.children_affected END) FROM s), 0) AS total,
                 coalesce((SELECT ok FROM judged WHERE kind = 'total'), true)
                   AND NOT EXISTS (SELECT 1 FROM atom_figures af WHERE af.k = ks.k AND af.contributors BETWEEN 1 AND 4
                                      AND af.atom IN (SELECT atom FROM s)) AS ok
            FROM (VALUES ('detained'), ('deported'), ('injured'), ('childrenAffected')) AS ks(k)
        ),
        out AS (
          SELECT kind, key, jsonb_build_object('key', key, 'count', CASE WHEN ok THEN n END, 'suppressed', NOT ok) AS b FROM judged
        )
        SELECT jsonb_build_object(
          'totalCases', coalesce((SELECT b || jsonb_build_object('key', 'totalCases') FROM out WHERE kind = 'total'),
                                 jsonb_build_object('key', 'totalCases', 'count', 0, 'suppressed', false)),
          'crossBorderCases', coalesce((SELECT b || jsonb_build_object('key', 'crossBorderCases') FROM out WHERE kind = 'crossBorder'),
                                       jsonb_build_object('key', 'crossBorderCases', 'count', 0, 'suppressed', false)),
          'figures', coalesce((SELECT jsonb_agg(jsonb_build_object('key', k, 'count', CASE WHEN ok THEN total END, 'suppressed', NOT ok) ORDER BY k)
                                 FROM figures), '[]'),
          'byStatus', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'status'), '[]'),
          'byCategory', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'category'), '[]'),
          'byCountry', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'country'), '[]'),
          'byMonth', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'month'), '[]'),
          'flows', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'flow'), '[]'))
      $$;
REVOKE ALL ON FUNCTION case_statistics_liaison(p_filter jsonb) FROM PUBLIC;
