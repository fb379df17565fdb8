import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disclosure control for coalition-wide statistics (docs/STATISTICS.md, "The liaison's tables").
 *
 * Text filters (`search`, and `personName` once it exists) never reach the definer: they count only
 * cases whose text the viewer may read, so the service runs `case_statistics_agg` as the viewer
 * (row-level security decides) and `case_statistics_coalition` refuses them.
 *
 * The liaison's figures come from one partition of the included cases into "atoms" of at least 5
 * cases, fixed by the data alone (never by the question). A cell (bucket, total, margin, figure) is
 * published only when the cases it counts are a union of whole atoms; anything else reads suppressed.
 * Every published figure is then a sum over atoms, so no combination of answers, whatever their
 * filters, can isolate fewer cases than an atom: a suppressed cell never follows by subtraction.
 * Atoms group cases that agree on what the liaison can tell apart, from the finest key to the
 * coarsest, each level taking the cases still unplaced whose key is shared by at least 5 of them.
 */

// From finest to coarsest; each level groups the cases the finer levels left unplaced.
const LEVELS = [
  `month || '|' || status || '|' || cats || '|' || ctys || '|' || flws || '|' || owner`,
  `month || '|' || status || '|' || cats || '|' || ctys || '|' || flws`,
  `quarter || '|' || status || '|' || cats || '|' || ctys || '|' || flws`,
  `quarter || '|' || cats || '|' || ctys || '|' || flws`,
  `quarter || '|' || ctys || '|' || flws`,
  `quarter || '|' || ctys`,
  `quarter`,
  `year`,
  `''`,
];

function atomLevels(): string {
  const steps = LEVELS.map((_key, i) => {
    const from = i === 0 ? 'keyed' : `a${i - 1}`;
    const prior = i === 0 ? 'NULL::text' : 'atom';
    return `a${i} AS (SELECT id, ${LEVELS.map((_, j) => `k${j}`).join(', ')},
        coalesce(${prior}, CASE WHEN count(*) FILTER (WHERE ${prior} IS NULL) OVER (PARTITION BY k${i}) >= 5 THEN '${i}|' || k${i} END) AS atom
        FROM ${from})`;
  });
  return steps.join(',\n      ');
}

const liaisonStatistics = `
      CREATE OR REPLACE FUNCTION case_statistics_liaison(p_filter jsonb) RETURNS jsonb
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
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
          SELECT b.*, ${LEVELS.map((key, j) => `${key} AS k${j}`).join(', ')}
            FROM (SELECT base.*,
                         coalesce(to_char(incident_date, 'YYYY-MM'), '-') AS month,
                         coalesce(to_char(incident_date, 'YYYY-"Q"Q'), '-') AS quarter,
                         coalesce(to_char(incident_date, 'YYYY'), '-') AS year,
                         array_to_string(ARRAY(SELECT x FROM unnest(categories) x ORDER BY 1), ',') AS cats,
                         array_to_string(ARRAY(SELECT x FROM unnest(countries) x ORDER BY 1), ',') AS ctys,
                         array_to_string(flows, ',') AS flws
                    FROM base) b
        ),
      ${atomLevels()},
        placed AS (
          -- 1-4 cases no level could place join an atom (the first), or, when there is none, stay an
          -- atom of their own that is too small: then nothing is published.
          SELECT id, coalesce(atom, (SELECT min(atom) FROM a${LEVELS.length - 1}), 'small') AS atom FROM a${LEVELS.length - 1}
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
      $$`;

// Text filters are refused here: they must count only readable cases, which the definer cannot see.
const coalitionStatistics = (liaison: string) => `
      CREATE OR REPLACE FUNCTION case_statistics_coalition(p_filter jsonb) RETURNS jsonb
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ${liaison ? `IF p_filter->>'search' IS NOT NULL OR p_filter->>'personName' IS NOT NULL THEN
          RAISE EXCEPTION 'a text filter counts only readable cases: count them as the viewer' USING ERRCODE = '42501';
        END IF;` : ''}
        IF app_is_coordinator() THEN RETURN case_statistics_agg(p_filter, true, 0); END IF;
        IF app_is_liaison() THEN RETURN ${liaison || 'case_statistics_agg(p_filter, true, 5)'}; END IF;
        RAISE EXCEPTION 'coalition statistics are for the coordinator and the liaison' USING ERRCODE = '42501';
      END $$`;

const rollup = (liaison: string) => `
      CREATE MATERIALIZED VIEW case_statistics_rollup AS
        SELECT 'coalition:0' AS key, case_statistics_agg('{}'::jsonb, true, 0) AS result
        UNION ALL SELECT 'coalition:5', ${liaison}
        UNION ALL SELECT 'org:' || o.id, case_statistics_agg(jsonb_build_object('ownerOrganisationId', o.id), false, 0) FROM organisations o`;

export class StatisticsDisclosure1795899300000 implements MigrationInterface {
  name = 'StatisticsDisclosure1795899300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(liaisonStatistics);
    await q.query(`REVOKE ALL ON FUNCTION case_statistics_liaison(jsonb) FROM PUBLIC`);
    await q.query(coalitionStatistics('case_statistics_liaison(p_filter)'));
    // The rollup's liaison row is the liaison's own table now; the app role still has no grant on it.
    await q.query(`DROP MATERIALIZED VIEW case_statistics_rollup`);
    await q.query(rollup(`case_statistics_liaison('{}'::jsonb)`));
    await q.query(`CREATE UNIQUE INDEX ix_case_statistics_rollup_key ON case_statistics_rollup (key)`);
    await q.query(`REVOKE ALL ON case_statistics_rollup FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP MATERIALIZED VIEW case_statistics_rollup`);
    await q.query(rollup(`case_statistics_agg('{}'::jsonb, true, 5)`));
    await q.query(`CREATE UNIQUE INDEX ix_case_statistics_rollup_key ON case_statistics_rollup (key)`);
    await q.query(`REVOKE ALL ON case_statistics_rollup FROM PUBLIC`);
    await q.query(coalitionStatistics(''));
    await q.query(`DROP FUNCTION case_statistics_liaison(jsonb)`);
  }
}
