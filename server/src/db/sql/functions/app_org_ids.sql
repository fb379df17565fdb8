-- Organisations the actor is a member of.
-- Not inlinable (it reads a table): policies call it as `(SELECT app_org_ids())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT org_ids FROM app_actor()), '{}')
$$;
