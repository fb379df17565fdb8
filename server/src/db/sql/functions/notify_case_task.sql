-- A TASK_* notification for the task's recipients (case_task_recipients), the actor excepted when there is
-- one. Called by requests (TASK_ASSIGNED, for a task the actor may write) and by the reminder sweep.
CREATE OR REPLACE FUNCTION notify_case_task(p_task_id uuid, p_kind text)
RETURNS SETOF uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_case uuid;
BEGIN
  IF p_kind NOT IN ('TASK_ASSIGNED', 'TASK_DUE', 'TASK_OVERDUE') THEN
    RAISE EXCEPTION 'not a task notification' USING ERRCODE = '22023';
  END IF;
  SELECT case_id INTO v_case FROM case_tasks WHERE id = p_task_id;
  IF v_case IS NULL THEN RETURN; END IF;
  -- A request notifies only about a task it may write (the sweep runs as the owner, with no actor).
  IF app_user_id() IS NOT NULL AND NOT app_can_write_case(v_case) THEN
    RAISE EXCEPTION 'not a task of a case the actor writes' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    INSERT INTO notifications (user_id, organisation_id, kind, link, params)
    SELECT r.user_id, r.organisation_id, p_kind, '/cases/' || v_case, jsonb_build_object('taskId', p_task_id)
      FROM case_task_recipients(p_task_id) r
     WHERE r.user_id IS DISTINCT FROM app_user_id()
    RETURNING user_id;
END $$;
REVOKE ALL ON FUNCTION notify_case_task(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notify_case_task(uuid, text) TO @app_role@;
