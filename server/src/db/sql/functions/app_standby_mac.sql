-- HMAC-SHA256 (RFC 2104, with the key's pads precomputed in app_standby_key) of a sealed actor, bound
-- to this backend and this transaction (its start, to the microsecond: a backend runs one transaction
-- at a time, and never two that start in the same microsecond), so that a sealed value means nothing in
-- any other transaction. The owner's alone: whoever may call it may forge an actor.
-- Core sha256() only: the embedded database has no pgcrypto.
CREATE OR REPLACE FUNCTION app_standby_mac(p_payload text) RETURNS text
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT encode(sha256(k.opad || sha256(k.ipad || convert_to(
           p_payload || '|' || pg_backend_pid() || '|' || floor(extract(epoch FROM transaction_timestamp()) * 1000000)::bigint,
           'UTF8'))), 'hex')
    FROM app_standby_key k
$$;
REVOKE ALL ON FUNCTION app_standby_mac(text) FROM PUBLIC;
