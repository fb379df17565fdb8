-- The transaction's actor: one row, or none for nobody. Every helper below reads it.
-- On the primary: the row app_set_actor wrote for this backend in this transaction. The application role
-- may read this row and write none, so set_config changes nothing about who acts.
-- pg_current_xact_id_if_assigned(): a transaction that never acted as anybody has no id, and no row.
-- On a hot standby (a read replica) that table cannot be read, or even named in a statement that is
-- planned ("cannot access temporary or unlogged relations during recovery"): there the actor is the
-- sealed setting app_authenticate left for this transaction (app_standby_actor). PL/pgSQL, so that the
-- branch not taken is never planned.
-- The helpers stay PARALLEL UNSAFE (the default): a parallel worker has a pg_backend_pid of its own.
CREATE OR REPLACE FUNCTION app_actor() RETURNS SETOF app_actor_context
LANGUAGE plpgsql STABLE ROWS 1 AS $$
BEGIN
  IF pg_is_in_recovery() THEN
    RETURN QUERY SELECT * FROM public.app_standby_actor();
    RETURN;
  END IF;
  RETURN QUERY SELECT * FROM public.app_actor_context
   WHERE backend_pid = pg_backend_pid() AND xact_id = pg_current_xact_id_if_assigned();
END $$;
