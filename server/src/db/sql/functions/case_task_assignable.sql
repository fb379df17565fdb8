-- May this user be a task's assignee on this case? A member (ADMIN or CASEWORKER) of its owner or of an
-- organisation holding a WRITE share. The app role cannot read other organisations' memberships, so the
-- rule is asked here; it answers only about a case the caller itself may write.
CREATE OR REPLACE FUNCTION case_task_assignable(p_case_id uuid, p_user_id uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF app_user_id() IS NULL OR NOT app_can_write_case(p_case_id) THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM memberships m JOIN cases c ON c.id = p_case_id
     WHERE m.user_id = p_user_id AND m.roles && ARRAY['ADMIN', 'CASEWORKER']
       AND (m.organisation_id = c.owner_organisation_id
            OR (c.visibility IN ('SHARED', 'COALITION') AND m.organisation_id IN (
                  SELECT s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id AND s.access = 'WRITE'))));
END $$;
REVOKE ALL ON FUNCTION case_task_assignable(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_task_assignable(uuid, uuid) TO @app_role@;
