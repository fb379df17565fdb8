import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const orgIds = `(SELECT app_org_ids())::uuid[]`;

/**
 * Full-text search that reads each readable match once, from a narrow table whose index already knows
 * who may read what.
 *
 * Before: case_search_ids found the matching ids through ix_cases_search, read every match's case row
 * for the visibility rule, and `cases` then read every match again under its policies, once for the
 * count and once for the newest page. A word in 1/64 of 1,000,000 cases is ~15,600 matches and ~9,000
 * readable ones for a member: ~260 ms a search (docs/SCALING.md).
 *
 * `case_search` holds, per case, the search vector plus lexemes that say who may read it: `~o<org>` for
 * the owner, `~v<visibility>`, and `~s<org>` for each organisation it is shared with. The parser never
 * produces a lexeme with `~`, so no typed query can match them. `case_search_matches` ANDs the typed
 * query with the actor's lexemes (own organisations, their shares, COALITION when they have one), so
 * the GIN index returns only the matches the actor may read, and their rows are narrow: about half the
 * time of reading every match from `cases`. The lexemes only narrow the scan: each row is still checked
 * against the rule of `cases_read` (owner and visibility from this table, the share by a primary-key
 * probe), and the page is read from `cases` under the policies again. A stale lexeme can therefore hide
 * a case from a search, never show one; the triggers below keep them exact.
 *
 * The function returns (id, created_at) of the readable matches that also pass the rest of the filter
 * (`case_matches_filter`, the CaseFilter as jsonb, read from the case row only when there is one): the
 * count counts them and the page takes its newest first + 1.
 *
 * Kept exact under concurrency: every writer of a case's row here (a change of the case, a change of
 * its shares) first locks that row, then recomputes it in a new statement. Trigger functions are
 * VOLATILE, so in READ COMMITTED that statement sees whatever the writer it waited for committed; a
 * single UPDATE would re-check a row it waited for with its old snapshot and lose the other's share.
 */
export class CaseSearchMatches1795897000000 implements MigrationInterface {
  name = 'CaseSearchMatches1795897000000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE case_search (
      case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      owner_organisation_id uuid NOT NULL,
      visibility text NOT NULL,
      terms tsvector NOT NULL)`);
    await q.query(`CREATE INDEX ix_case_search_terms ON case_search USING GIN (terms)`);
    await q.query(`ALTER TABLE case_search ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_search FORCE ROW LEVEL SECURITY`);
    // Which organisations a case is shared with is not every reader's to know: no grant to the app role;
    // only the definer functions below (the owner) read or write it.
    await q.query(`CREATE POLICY case_search_owner ON case_search FOR ALL USING (true) WITH CHECK (true)`);

    await q.query(`
      CREATE FUNCTION case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text) RETURNS tsvector
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT coalesce(p_search, ''::tsvector) || array_to_tsvector(
          ARRAY['~o' || p_owner, '~v' || p_visibility]
          || ARRAY(SELECT DISTINCT '~s' || s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_terms(uuid, tsvector, uuid, text) FROM PUBLIC`);

    // Cases: new ones in bulk (one statement per INSERT), changes row by row.
    await q.query(`
      CREATE FUNCTION case_search_insert() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT n.id, n.created_at, n.owner_organisation_id, n.visibility, case_search_terms(n.id, n.search, n.owner_organisation_id, n.visibility)
            FROM new_rows n;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_search_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION case_search_insert()`);
    await q.query(`
      CREATE FUNCTION case_search_update() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM 1 FROM case_search WHERE case_id = NEW.id FOR UPDATE;
        UPDATE case_search SET created_at = NEW.created_at, owner_organisation_id = NEW.owner_organisation_id, visibility = NEW.visibility,
               terms = case_search_terms(NEW.id, NEW.search, NEW.owner_organisation_id, NEW.visibility)
         WHERE case_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_search_update AFTER UPDATE ON cases FOR EACH ROW
      WHEN (OLD.search IS DISTINCT FROM NEW.search OR OLD.visibility IS DISTINCT FROM NEW.visibility
            OR OLD.owner_organisation_id IS DISTINCT FROM NEW.owner_organisation_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION case_search_update()`);

    // Shares: the case's `~s` lexemes. A deleted case's shares go with it (its row here too, by the cascade).
    await q.query(`
      CREATE FUNCTION case_search_shares_changed() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_case uuid;
      BEGIN
        FOR v_case IN SELECT DISTINCT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) x
                       WHERE x IS NOT NULL ORDER BY x LOOP
          PERFORM 1 FROM case_search WHERE case_id = v_case FOR UPDATE;
          UPDATE case_search cs SET terms = case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c WHERE c.id = v_case AND cs.case_id = c.id;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER case_shares_search AFTER INSERT OR DELETE OR UPDATE OF case_id, organisation_id ON case_shares
      FOR EACH ROW EXECUTE FUNCTION case_search_shares_changed()`);

    // Refills the table from the cases: after a bulk load that ran without triggers (the benchmark's).
    await q.query(`
      CREATE FUNCTION case_search_rebuild() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        LOCK TABLE case_search IN EXCLUSIVE MODE;
        DELETE FROM case_search;
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT c.id, c.created_at, c.owner_organisation_id, c.visibility, case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_rebuild() FROM PUBLIC`);
    await q.query(`SELECT case_search_rebuild()`);

    // The actor's lexemes: own organisations, shares to them, and COALITION when they belong to one.
    await q.query(`
      CREATE FUNCTION case_search_access() RETURNS tsquery
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT string_agg(quote_literal(x), ' | ')::tsquery FROM unnest(
          ARRAY(SELECT '~o' || o FROM unnest(${orgIds}) o) || ARRAY(SELECT '~s' || o FROM unnest(${orgIds}) o)
          || CASE WHEN cardinality(${orgIds}) > 0 THEN ARRAY['~vCOALITION'] ELSE '{}'::text[] END) x
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_access() FROM PUBLIC`);
    // numnode > 0: a query of punctuation alone parses to an empty tsquery, and ANDing an empty query
    // yields the other operand, which would match every readable case.
    await q.query(`
      CREATE FUNCTION case_search_matches(p_query text, p_filter jsonb) RETURNS TABLE (id uuid, created_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT cs.case_id, cs.created_at
          FROM case_search cs
         WHERE numnode(websearch_to_tsquery('simple', p_query)) > 0
           AND cs.terms @@ (websearch_to_tsquery('simple', p_query) && case_search_access())
           AND (cs.owner_organisation_id = ANY(${orgIds})
                OR (cs.visibility = 'COALITION' AND cardinality(${orgIds}) > 0)
                OR (cs.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                      SELECT 1 FROM case_shares s WHERE s.case_id = cs.case_id AND s.organisation_id = ANY(${orgIds}) OFFSET 0)))
           AND (p_filter IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = cs.case_id AND case_matches_filter(c, p_filter)))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_matches(text, jsonb) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_search_matches(text, jsonb) TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_search_matches(text, jsonb)`);
    await q.query(`DROP FUNCTION case_search_access()`);
    await q.query(`DROP FUNCTION case_search_rebuild()`);
    await q.query(`DROP TRIGGER case_shares_search ON case_shares`);
    await q.query(`DROP FUNCTION case_search_shares_changed()`);
    await q.query(`DROP TRIGGER cases_search_update ON cases`);
    await q.query(`DROP FUNCTION case_search_update()`);
    await q.query(`DROP TRIGGER cases_search_insert ON cases`);
    await q.query(`DROP FUNCTION case_search_insert()`);
    await q.query(`DROP FUNCTION case_search_terms(uuid, tsvector, uuid, text)`);
    await q.query(`DROP TABLE case_search`);
  }
}
