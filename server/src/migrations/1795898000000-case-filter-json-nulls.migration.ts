import type { MigrationInterface, QueryRunner } from 'typeorm';

const matchesFilter = (list: (key: string) => string) => `
      CREATE OR REPLACE FUNCTION case_matches_filter(c cases, f jsonb) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT (${list('status')} IS NULL OR jsonb_array_length(${list('status')}) = 0 OR c.status = ANY(ARRAY(SELECT jsonb_array_elements_text(${list('status')}))))
           AND (${list('categories')} IS NULL OR jsonb_array_length(${list('categories')}) = 0 OR c.categories && ARRAY(SELECT jsonb_array_elements_text(${list('categories')})))
           AND (f->>'countryCode' IS NULL OR f->>'countryCode' = ANY(c.countries))
           AND (f->>'ownerOrganisationId' IS NULL OR c.owner_organisation_id::text = f->>'ownerOrganisationId')
           AND (f->>'crossBorder' IS NULL OR (cardinality(c.countries) > 1) = (f->>'crossBorder')::boolean)
           AND (f->>'search' IS NULL OR c.search @@ websearch_to_tsquery('simple', f->>'search'))
           AND (f->>'occurredFrom' IS NULL OR c.incident_date >= (f->>'occurredFrom')::date)
           AND (f->>'occurredTo' IS NULL OR c.incident_date <= (f->>'occurredTo')::date)
      $$`;

/**
 * The SQL filter reads a JSON null as "not filtered" for its two lists too, as it already did for
 * every other key (`->>` gives SQL's NULL for a JSON null, `->` gives the JSON value null, on which
 * jsonb_array_length fails). The server drops such keys before it calls the function
 * (caseFilterJson); this makes the function itself agree with the GraphQL filter, whose explicit
 * null means "any". A list that is not an array still fails: that is a caller's bug, not a filter.
 */
export class CaseFilterJsonNulls1795898000000 implements MigrationInterface {
  name = 'CaseFilterJsonNulls1795898000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(matchesFilter((key) => `nullif(f->'${key}', 'null'::jsonb)`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(matchesFilter((key) => `f->'${key}'`));
  }
}
