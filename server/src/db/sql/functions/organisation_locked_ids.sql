-- Organisations under the emergency lock (lockOrganisation): no export, download or release of their
-- data until an ADMIN signed in with TOTP unlocks them. Every actor reads organisations, so no definer.
-- Not inlinable (it reads a table): policies call it as `(SELECT organisation_locked_ids())`, an InitPlan
-- evaluated once per statement.
CREATE OR REPLACE FUNCTION organisation_locked_ids() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(o.id), '{}') FROM organisations o WHERE o.locked_at IS NOT NULL
$$;
