-- Organisations for which the actor signs statements (ADMIN, SIGNATORY).
-- Not inlinable (it reads a table): policies call it as `(SELECT app_signer_org_ids())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_signer_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT signer_org_ids FROM app_actor()), '{}')
$$;
