import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Case statistics in SQL (docs/STATISTICS.md). `case_statistics_agg` counts
 * over the cases it is given, applying the suppression threshold itself, so
 * a small count never leaves the database for a viewer who must not see it.
 * `case_statistics_coalition` is SECURITY DEFINER: the coordinator and the
 * liaison count cases row-level security hides from them, but only ever get
 * counts back, never an id.
 */
export class StatisticsFunctions1795892000002 implements MigrationInterface {
  name = 'StatisticsFunctions1795892000002';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    // The CaseFilter of `cases` (see caseFilterSql in the cases module) as jsonb.
    await q.query(`
      CREATE FUNCTION case_matches_filter(c cases, f jsonb) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT (f->'status' IS NULL OR jsonb_array_length(f->'status') = 0 OR c.status = ANY(ARRAY(SELECT jsonb_array_elements_text(f->'status'))))
           AND (f->'categories' IS NULL OR jsonb_array_length(f->'categories') = 0 OR c.categories && ARRAY(SELECT jsonb_array_elements_text(f->'categories')))
           AND (f->>'countryCode' IS NULL OR f->>'countryCode' = ANY(c.countries))
           AND (f->>'ownerOrganisationId' IS NULL OR c.owner_organisation_id::text = f->>'ownerOrganisationId')
           AND (f->>'crossBorder' IS NULL OR (cardinality(c.countries) > 1) = (f->>'crossBorder')::boolean)
           AND (f->>'search' IS NULL OR c.search @@ websearch_to_tsquery('simple', f->>'search'))
           AND (f->>'occurredFrom' IS NULL OR c.incident_date >= (f->>'occurredFrom')::date)
           AND (f->>'occurredTo' IS NULL OR c.incident_date <= (f->>'occurredTo')::date)
      $$`);

    await q.query(`
      CREATE FUNCTION stat_bucket(p_key text, p_count bigint, p_threshold int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN p_count BETWEEN 1 AND p_threshold - 1
                    THEN jsonb_build_object('key', p_key, 'count', NULL, 'suppressed', true)
                    ELSE jsonb_build_object('key', p_key, 'count', p_count, 'suppressed', false) END
      $$`);

    // Runs as its caller: over the cases the caller can read unless a definer calls it.
    // A figure is suppressed when its sum is 1-4 or fewer than the threshold of cases contribute to it.
    await q.query(`
      CREATE FUNCTION case_statistics_agg(p_filter jsonb, p_only_included boolean, p_threshold int) RETURNS jsonb
      LANGUAGE sql STABLE AS $$
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
      $$`);

    // Coalition-wide counts: COORDINATOR unsuppressed, LIAISON with the threshold. Nobody else.
    await q.query(`
      CREATE FUNCTION case_statistics_coalition(p_filter jsonb) RETURNS jsonb
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF app_is_coordinator() THEN RETURN case_statistics_agg(p_filter, true, 0); END IF;
        IF app_is_liaison() THEN RETURN case_statistics_agg(p_filter, true, 5); END IF;
        RAISE EXCEPTION 'coalition statistics are for the coordinator and the liaison' USING ERRCODE = '42501';
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_statistics_coalition(jsonb) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_statistics_coalition(jsonb) TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_statistics_coalition(jsonb)`);
    await q.query(`DROP FUNCTION case_statistics_agg(jsonb, boolean, int)`);
    await q.query(`DROP FUNCTION stat_bucket(text, bigint, int)`);
    await q.query(`DROP FUNCTION case_matches_filter(cases, jsonb)`);
  }
}
