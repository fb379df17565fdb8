-- May the actor read this case? THE rule (contract README, "Who may read and do what"): its owner's
-- members; any member of the coalition when it is COALITION; members of an organisation it is shared
-- with when it is SHARED or COALITION. The TypeScript policy (cases/case.policy.ts, canReadCase) is
-- checked against this function for every kind of actor (tests/foundation/rls-case-rules.test.ts).
--
-- Called as `EXISTS (SELECT FROM app_may_read_case(id, owner_organisation_id, visibility))` by the
-- policy cases_read, by case_readable_count_of, case_search_matches and briefing_redaction_subjects; the
-- statistics count what cases_read admits. A set-returning SQL function, because only those are
-- inlined when they hold subqueries: the planner sees the predicate itself, with the actor's
-- organisations as InitPlans (once per statement) and the share as one primary-key probe per case
-- (`OFFSET 0` keeps it from becoming a hash of every share: docs/SCALING.md). p_case_id NULL asks
-- "without any share", which case_readable_count_of needs.
CREATE OR REPLACE FUNCTION app_may_read_case(p_case_id uuid, p_owner_organisation_id uuid, p_visibility text)
RETURNS SETOF boolean LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT true
   WHERE p_owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
      OR (p_visibility = 'COALITION' AND cardinality((SELECT app_org_ids())::uuid[]) > 0)
      OR (p_visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s
             WHERE s.case_id = p_case_id AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[]) OFFSET 0))
$$;
