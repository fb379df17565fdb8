-- Row-level security of subscription_leases: every policy of the table (applying this file drops the others).
-- The app role has no grant at all; it goes through the subscription_lease_* functions.

CREATE POLICY subscription_leases_owner ON subscription_leases FOR ALL
  USING (true)
  WITH CHECK (true);
