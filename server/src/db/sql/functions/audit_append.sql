-- The only way the application role appends to the audit log (it has no INSERT on audit_entries).
-- The entry names the transaction's actor (app_actor_context), never one the caller chose, and
-- continues the chain from the head audit_head() locked: a forged entry can name only whoever
-- really acts, and a wrong hash shows in verifyAuditChain.
CREATE OR REPLACE FUNCTION audit_append(p_seq bigint, p_at timestamptz, p_actor_user_id uuid, p_organisation_id uuid,
  p_action text, p_entity_type text, p_entity_id text, p_details jsonb, p_prev_hash text, p_hash text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_entries%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  IF p_actor_user_id IS DISTINCT FROM app_user_id() THEN
    RAISE EXCEPTION 'an audit entry names the transaction''s actor' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO head FROM audit_entries a ORDER BY a.seq DESC LIMIT 1;
  IF p_seq <> coalesce(head.seq, 0) + 1 OR p_prev_hash <> coalesce(head.hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'an audit entry continues the chain from its head' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_entries (seq, at, actor_user_id, organisation_id, action, entity_type, entity_id, details, prev_hash, hash)
  VALUES (p_seq, p_at, p_actor_user_id, p_organisation_id, p_action, p_entity_type, p_entity_id, p_details, p_prev_hash, p_hash);
END $$;
REVOKE ALL ON FUNCTION audit_append(bigint, timestamptz, uuid, uuid, text, text, text, jsonb, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(bigint, timestamptz, uuid, uuid, text, text, text, jsonb, text, text) TO @app_role@;
