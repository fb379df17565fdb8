-- Makes a user (NULL: nobody) the actor of this transaction: their memberships become the context row
-- app_actor() reads. The only writer of app_actor_context; the application role may not call it, only
-- app_act_as and app_authenticate (and the owner: tests, maintenance). The primary's way; a standby
-- seals the same row into a setting instead (app_standby_seal).
-- PL/pgSQL: once per request, and a SQL function's statement would be planned anew on every call.
CREATE OR REPLACE FUNCTION app_set_actor(p_user_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO app_actor_context AS x (backend_pid, xact_id, user_id, coalition_roles, org_ids, admin_org_ids, writer_org_ids, signer_org_ids)
  SELECT * FROM app_actor_row(p_user_id, pg_current_xact_id())
  ON CONFLICT (backend_pid) DO UPDATE SET xact_id = excluded.xact_id, user_id = excluded.user_id,
     coalition_roles = excluded.coalition_roles, org_ids = excluded.org_ids, admin_org_ids = excluded.admin_org_ids,
     writer_org_ids = excluded.writer_org_ids, signer_org_ids = excluded.signer_org_ids;
END $$;
REVOKE ALL ON FUNCTION app_set_actor(uuid) FROM PUBLIC;
