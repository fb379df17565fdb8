-- Has the actor this coalition role (COORDINATOR, LIAISON)?
CREATE OR REPLACE FUNCTION app_has_coalition_role(r text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(r = ANY((SELECT coalition_roles FROM app_actor())::text[]), false)
$$;
