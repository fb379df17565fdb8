-- Who a user is, as app_authenticate and app_act_as return it: id, name, coalition roles and
-- memberships (none for an unknown id), and the account's email, locale and TOTP state, so that `me`
-- needs no statement of its own (auth.service.ts). The owner's alone (the SECURITY DEFINER functions
-- that call it run as the owner): it reads any user.
-- Dropped first: its result gained the account's email, locale and TOTP state (a changed result type is
-- not replaced in place).
DROP FUNCTION IF EXISTS app_identity(uuid);
CREATE OR REPLACE FUNCTION app_identity(p_user_id uuid)
RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
    coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb),
    u.email, u.locale, u.totp_enabled
    FROM users u WHERE u.id = p_user_id
$$;
REVOKE ALL ON FUNCTION app_identity(uuid) FROM PUBLIC;
