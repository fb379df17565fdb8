-- The audit head under a transaction-scoped lock (appends are serialised: no forks, no gaps), and the
-- transaction's actor, whom the next entry names: the server hashes the entry with it.
CREATE OR REPLACE FUNCTION audit_head() RETURNS TABLE (seq bigint, hash text, actor_user_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  RETURN QUERY SELECT h.seq, h.hash, app_user_id()
    FROM (SELECT NULL::bigint AS seq, NULL::text AS hash) none
    LEFT JOIN LATERAL (SELECT a.seq, a.hash FROM audit_entries a ORDER BY a.seq DESC LIMIT 1) h ON true;
END $$;
REVOKE ALL ON FUNCTION audit_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_head() TO @app_role@;
