-- The reminder sweep (the server's job queue runs it every 20 s; tests pass their own clock): for each open
-- task, one TASK_DUE when one or more of its remind_before offsets has passed since the last sweep, one
-- TASK_OVERDUE once after due_at. What was sent is recorded on the task in the same transaction, so a
-- restart neither loses nor repeats a reminder, and SKIP LOCKED lets several processes sweep at once.
-- Returns the recipients, for the live notice. Run by the owner only.
CREATE OR REPLACE FUNCTION case_tasks_remind(p_now timestamptz)
RETURNS SETOF uuid
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  t record;
  v_due integer[];
BEGIN
  FOR t IN
    SELECT id, due_at, remind_before, reminded FROM case_tasks
     WHERE status = 'OPEN' AND overdue_notified_at IS NULL AND due_at <= p_now + interval '31 days'
     ORDER BY due_at
       FOR UPDATE SKIP LOCKED
  LOOP
    IF t.due_at <= p_now THEN
      RETURN QUERY SELECT notify_case_task(t.id, 'TASK_OVERDUE');
      UPDATE case_tasks SET overdue_notified_at = p_now, reminded = remind_before WHERE id = t.id;
    ELSE
      SELECT array_agg(o) INTO v_due FROM unnest(t.remind_before) o
       WHERE NOT (o = ANY(t.reminded)) AND t.due_at - make_interval(mins => o) <= p_now;
      IF v_due IS NOT NULL THEN
        RETURN QUERY SELECT notify_case_task(t.id, 'TASK_DUE');
        UPDATE case_tasks SET reminded = reminded || v_due WHERE id = t.id;
      END IF;
    END IF;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION case_tasks_remind(timestamptz) FROM PUBLIC;
