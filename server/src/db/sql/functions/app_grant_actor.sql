-- Lets one transaction (a backend's pid and its transaction id) act as one user, once: the server's
-- owner pool writes it after the check only the server can make (a password, an invitation token),
-- and that transaction takes it with app_act_as_granted. The owner's alone. A backend runs one
-- transaction at a time, so its grants to earlier transactions, if never taken, are stale and go
-- (those of this transaction are left alone: one it spent is locked until it ends).
CREATE OR REPLACE FUNCTION app_grant_actor(p_backend_pid integer, p_xact_id xid8, p_user_id uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM app_actor_grants WHERE backend_pid = p_backend_pid AND xact_id <> p_xact_id;
  INSERT INTO app_actor_grants (backend_pid, xact_id, user_id) VALUES (p_backend_pid, p_xact_id, p_user_id);
$$;
REVOKE ALL ON FUNCTION app_grant_actor(integer, xid8, uuid) FROM PUBLIC;
