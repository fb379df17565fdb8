-- The only way a request writes notifications for others (the app role has no INSERT on notifications):
-- one row for each member of these organisations who holds one of these roles, the actor excepted, in the
-- caller's transaction. Returns the recipients, for the live notice. The text is rendered from `kind`
-- when read; `params` holds ids and references only, never a person's data or case text.
CREATE OR REPLACE FUNCTION notify_organisation_members(p_kind text, p_organisation_ids uuid[], p_roles text[], p_link text, p_params jsonb)
RETURNS SETOF uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF app_user_id() IS NULL THEN
    RAISE EXCEPTION 'notifications are written for an authenticated actor' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    INSERT INTO notifications (user_id, organisation_id, kind, link, params)
    SELECT DISTINCT ON (m.user_id) m.user_id, m.organisation_id, p_kind, p_link, coalesce(p_params, '{}'::jsonb)
      FROM memberships m
     WHERE m.organisation_id = ANY(p_organisation_ids) AND m.roles && p_roles AND m.user_id <> app_user_id()
     ORDER BY m.user_id, m.organisation_id
    RETURNING user_id;
END $$;
REVOKE ALL ON FUNCTION notify_organisation_members(text, uuid[], text[], text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notify_organisation_members(text, uuid[], text[], text, jsonb) TO @app_role@;
