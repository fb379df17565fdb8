import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A briefing shows only persons with an active BRIEFING consent (issue 24): each snapshot keeps the ids
 * of the persons it shows, in order, so a consent withdrawn or expired before release withholds its
 * person at once (db/sql/functions/briefing_case_lapsed_consents.sql). The app role gets no SELECT on
 * the column: only that function reads it.
 */
export class BriefingConsents1795900900000 implements MigrationInterface {
  name = 'BriefingConsents1795900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "briefing_cases" ADD "person_ids" uuid array NOT NULL DEFAULT '{}'`);
    // Snapshots not yet released showed every person of their source, in its order: they name them all,
    // so the rule withholds at once whoever has no BRIEFING consent.
    await q.query(`UPDATE briefing_cases bc
                      SET person_ids = ARRAY(SELECT (p.value->>'id')::uuid
                                               FROM jsonb_array_elements(s.source->'persons') WITH ORDINALITY AS p(value, n)
                                              ORDER BY p.n)
                     FROM briefing_case_sources s
                    WHERE s.briefing_id = bc.briefing_id AND s.case_id = bc.case_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "briefing_cases" DROP COLUMN "person_ids"`);
  }
}
