-- Acting as a user from now on in this transaction (sign-in, an accepted invitation, work without a
-- request), or as nobody (NULL, sign-out). Returns who that is; nothing for nobody or an unknown id.
-- SECURITY DEFINER: the actor must be known before policies admit any row.
CREATE OR REPLACE FUNCTION app_act_as(p_user_id uuid)
RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM app_set_actor(p_user_id);
  RETURN QUERY SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
    coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb)
    FROM users u WHERE u.id = p_user_id;
END $$;
REVOKE ALL ON FUNCTION app_act_as(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_act_as(uuid) TO @app_role@;
