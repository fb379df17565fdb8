-- Organisations where the actor writes cases (ADMIN, CASEWORKER).
-- Not inlinable (it reads a table): policies call it as `(SELECT app_writer_org_ids())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_writer_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT writer_org_ids FROM app_actor()), '{}')
$$;
