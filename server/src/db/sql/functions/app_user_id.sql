-- The acting user, or NULL.
-- Not inlinable (it reads a table): policies call it as `(SELECT app_user_id())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT (SELECT user_id FROM app_actor())
$$;
