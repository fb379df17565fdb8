-- Organisations for which the actor signs statements (ADMIN, SIGNATORY).
-- Not inlinable (it reads a table): policies call it as `(SELECT app_signer_org_ids())`, an InitPlan evaluated
-- once per statement (docs/SCALING.md).
-- PL/pgSQL, not SQL: a SQL function that cannot be inlined is planned anew in every statement that calls it
-- (per call site); PL/pgSQL keeps its plan for the session (docs/SCALING.md).
CREATE OR REPLACE FUNCTION app_signer_org_ids() RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN coalesce((SELECT signer_org_ids FROM app_actor()), '{}');
END $$;
