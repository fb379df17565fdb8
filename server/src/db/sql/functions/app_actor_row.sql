-- The context row of a user (NULL or an unknown id: nobody) on this backend: their coalition roles and
-- memberships by role. One definition for both ways of acting: the row app_set_actor stores on the
-- primary and the one app_standby_seal seals on a standby. The owner's alone (and the SECURITY DEFINER
-- functions that run as the owner): it reads any user's memberships.
CREATE OR REPLACE FUNCTION app_actor_row(p_user_id uuid, p_xact_id xid8) RETURNS app_actor_context
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT pg_backend_pid(), p_xact_id, u.id, coalesce(u.coalition_roles, '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN']), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN', 'CASEWORKER']), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN', 'SIGNATORY']), '{}')
    FROM (SELECT 1) one
    LEFT JOIN users u ON u.id = p_user_id
    LEFT JOIN memberships m ON m.user_id = u.id
   GROUP BY u.id, u.coalition_roles
$$;
REVOKE ALL ON FUNCTION app_actor_row(uuid, xid8) FROM PUBLIC;
