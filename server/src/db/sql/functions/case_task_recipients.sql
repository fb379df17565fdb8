-- Who hears of a task: its assignee while the assignee still writes the case (a member of the owner or
-- of an organisation holding a WRITE share), else the owner's CASEWORKERs. Never someone who cannot
-- read the case.
CREATE OR REPLACE FUNCTION case_task_recipients(p_task_id uuid)
RETURNS TABLE (user_id uuid, organisation_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (SELECT * FROM case_tasks WHERE id = p_task_id),
  assignee AS (
    SELECT t.assignee_id AS user_id, t.owner_organisation_id AS organisation_id FROM t
     WHERE t.assignee_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM memberships m
        WHERE m.user_id = t.assignee_id AND m.roles && ARRAY['ADMIN', 'CASEWORKER']
          AND (m.organisation_id = t.owner_organisation_id
               OR m.organisation_id IN (SELECT s.organisation_id FROM case_shares s JOIN cases c ON c.id = s.case_id
                                         WHERE s.case_id = t.case_id AND s.access = 'WRITE' AND c.visibility IN ('SHARED', 'COALITION')))))
  SELECT * FROM assignee
  UNION ALL
  SELECT m.user_id, m.organisation_id FROM t JOIN memberships m ON m.organisation_id = t.owner_organisation_id
   WHERE 'CASEWORKER' = ANY(m.roles) AND NOT EXISTS (SELECT 1 FROM assignee)
$$;
REVOKE ALL ON FUNCTION case_task_recipients(uuid) FROM PUBLIC;
