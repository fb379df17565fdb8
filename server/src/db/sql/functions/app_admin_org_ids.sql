-- Organisations where the actor is ADMIN.
-- Not inlinable (it reads a table): policies call it as `(SELECT app_admin_org_ids())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_admin_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT admin_org_ids FROM app_actor()), '{}')
$$;
