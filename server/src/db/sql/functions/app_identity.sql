-- Who a user is, as app_authenticate and app_act_as return it: id, name, coalition roles and
-- memberships (none for an unknown id). The owner's alone (the SECURITY DEFINER functions that call it
-- run as the owner): it reads any user.
CREATE OR REPLACE FUNCTION app_identity(p_user_id uuid)
RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
    coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb)
    FROM users u WHERE u.id = p_user_id
$$;
REVOKE ALL ON FUNCTION app_identity(uuid) FROM PUBLIC;
