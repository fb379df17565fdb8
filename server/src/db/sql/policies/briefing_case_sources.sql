-- Row-level security of briefing_case_sources (a briefing case's unredacted source text): every policy
-- of the table (applying this file drops the others). Only readers of the briefing who may also read
-- the case itself read it (the policies of briefings and cases apply inside the EXISTS); the author's
-- writers store and replace it, as they do the snapshots; the release deletes it.

CREATE POLICY briefing_case_sources_read ON briefing_case_sources FOR SELECT
  USING ((EXISTS ( SELECT 1 FROM briefings b WHERE b.id = briefing_case_sources.briefing_id))
     AND (EXISTS ( SELECT 1 FROM cases c WHERE c.id = briefing_case_sources.case_id)));

CREATE POLICY briefing_case_sources_create ON briefing_case_sources FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1 FROM briefings b
    WHERE b.id = briefing_case_sources.briefing_id AND b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))));

CREATE POLICY briefing_case_sources_delete ON briefing_case_sources FOR DELETE
  USING ((EXISTS ( SELECT 1 FROM briefings b
    WHERE b.id = briefing_case_sources.briefing_id AND b.author_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]))));
