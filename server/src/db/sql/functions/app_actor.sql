-- The transaction's actor: the row app_set_actor wrote for this backend in this transaction, or none.
-- Every helper below reads it; the application role may read this row and write none, so
-- set_config changes nothing about who acts. Inlined into its callers (a plain SQL set function).
-- pg_current_xact_id_if_assigned(): a transaction that never acted as anybody has no id, and no row.
-- The helpers stay PARALLEL UNSAFE (the default): a parallel worker has a pg_backend_pid of its own.
CREATE OR REPLACE FUNCTION app_actor() RETURNS SETOF app_actor_context
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT * FROM public.app_actor_context
   WHERE backend_pid = pg_backend_pid() AND xact_id = pg_current_xact_id_if_assigned()
$$;
