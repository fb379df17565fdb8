import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * A search's readable matches, filtered, as (id, created_at): what a page and its count need, so neither
 * re-reads the matches.
 *
 * case_search_ids gave only ids: `cases` then read every match again under its policies, once for the
 * count and once to find the newest page (~9,000 readable matches for a common word over 1,000,000
 * cases: ~260 ms a search). This function reads each match once, through the GIN index, and keeps it if
 * the actor may read it (the rule of `cases_read`, with the share probe of migration CasesReadProbe) and
 * it passes the rest of the filter (`case_matches_filter`, the CaseFilter as jsonb; NULL for none, so an
 * unfiltered search does not test eight absent keys per match). The count is a count of these rows, as the
 * unfiltered count is a SECURITY DEFINER sum; the page takes the newest first + 1 of them and reads only
 * those from `cases`, under the policies again, so a mistake here could still hide a case in the page but
 * never show one. Two narrow columns: the matches are materialised once per request.
 */
export class CaseSearchMatches1795897000000 implements MigrationInterface {
  name = 'CaseSearchMatches1795897000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION case_search_matches(p_query text, p_filter jsonb) RETURNS TABLE (id uuid, created_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id, c.created_at
          FROM cases c
         WHERE c.search @@ websearch_to_tsquery('simple', p_query)
           AND (c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
                OR (c.visibility = 'COALITION' AND cardinality((SELECT app_org_ids())::uuid[]) > 0)
                OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                      SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[]) OFFSET 0)))
           AND (p_filter IS NULL OR case_matches_filter(c, p_filter))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_matches(text, jsonb) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_search_matches(text, jsonb) TO ${appRole()}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_search_matches(text, jsonb)`);
  }
}
