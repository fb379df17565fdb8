-- Has the actor this coalition role (COORDINATOR, LIAISON)?
-- PL/pgSQL, not SQL: a SQL function that cannot be inlined is planned anew in every statement that calls it
-- (per call site); PL/pgSQL keeps its plan for the session (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_has_coalition_role(r text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN coalesce(r = ANY((SELECT coalition_roles FROM app_actor())::text[]), false);
END $$;
