-- May the actor change this case (its content, persons, events)? The owner's writers (ADMIN,
-- CASEWORKER), and writers of an organisation holding a WRITE share of a SHARED or COALITION case.
-- Only the owner's writers change who reads it (trigger cases_guard). Checked against the TypeScript
-- policy (canWriteCase) for every kind of actor. Called like app_may_read_case, by the policy
-- cases_update and by app_can_write_case.
CREATE OR REPLACE FUNCTION app_may_write_case(p_case_id uuid, p_owner_organisation_id uuid, p_visibility text)
RETURNS SETOF boolean LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT true
   WHERE p_owner_organisation_id = ANY((SELECT app_writer_org_ids())::uuid[])
      OR (p_visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s
             WHERE s.case_id = p_case_id AND s.access = 'WRITE' AND s.organisation_id = ANY((SELECT app_writer_org_ids())::uuid[])))
$$;
