SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE FUNCTION public.app_act_as(p_user_id uuid) RETURNS TABLE(user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  PERFORM app_set_actor(p_user_id);
  RETURN QUERY SELECT * FROM app_identity(p_user_id);
END $$;

CREATE FUNCTION public.app_act_as_granted() RETURNS TABLE(user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  granted uuid;
BEGIN
  DELETE FROM app_actor_grants g
   WHERE g.id = (SELECT x.id FROM app_actor_grants x
                  WHERE x.backend_pid = pg_backend_pid() AND x.xact_id = pg_current_xact_id()
                  ORDER BY x.id DESC LIMIT 1)
  RETURNING g.user_id INTO granted;
  IF granted IS NULL THEN
    RAISE EXCEPTION 'no actor was granted to this transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT * FROM app_act_as(granted);
END $$;

CREATE FUNCTION public.app_act_as_nobody() RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT app_set_actor(NULL)
$$;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE UNLOGGED TABLE public.app_actor_context (
    backend_pid integer NOT NULL,
    xact_id xid8 NOT NULL,
    user_id uuid,
    coalition_roles text[] NOT NULL,
    org_ids uuid[] NOT NULL,
    admin_org_ids uuid[] NOT NULL,
    writer_org_ids uuid[] NOT NULL,
    signer_org_ids uuid[] NOT NULL
);

ALTER TABLE ONLY public.app_actor_context FORCE ROW LEVEL SECURITY;

CREATE FUNCTION public.app_actor() RETURNS SETOF public.app_actor_context
    LANGUAGE plpgsql STABLE ROWS 1
    AS $$
BEGIN
  IF pg_is_in_recovery() THEN
    RETURN QUERY SELECT * FROM public.app_standby_actor();
    RETURN;
  END IF;
  RETURN QUERY SELECT * FROM public.app_actor_context
   WHERE backend_pid = pg_backend_pid() AND xact_id = pg_current_xact_id_if_assigned();
END $$;

CREATE FUNCTION public.app_actor_row(p_user_id uuid, p_xact_id xid8) RETURNS public.app_actor_context
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT pg_backend_pid(), p_xact_id, u.id, coalesce(u.coalition_roles, '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN']), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN', 'CASEWORKER']), '{}'),
         coalesce(array_agg(m.organisation_id) FILTER (WHERE m.roles && ARRAY['ADMIN', 'SIGNATORY']), '{}')
    FROM (SELECT 1) one
    LEFT JOIN users u ON u.id = p_user_id
    LEFT JOIN memberships m ON m.user_id = u.id
   GROUP BY u.id, u.coalition_roles
$$;

CREATE FUNCTION public.app_admin_org_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN coalesce((SELECT admin_org_ids FROM app_actor()), '{}');
END $$;

CREATE FUNCTION public.app_authenticate(p_token_hash text, p_idle_seconds integer) RETURNS TABLE(user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      DECLARE
        s sessions%ROWTYPE;
      BEGIN
        IF p_token_hash IS NULL THEN RETURN; END IF;
        SELECT * INTO s FROM sessions
         WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
           AND last_seen_at > now() - make_interval(secs => p_idle_seconds);
        IF NOT FOUND THEN RETURN; END IF;
        IF pg_is_in_recovery() THEN
          PERFORM app_standby_seal(s.user_id);
          RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships, a.email, a.locale, a.totp_enabled FROM app_identity(s.user_id) a;
          RETURN;
        END IF;
        PERFORM app_sessions_touch(ARRAY[s.id]);
        RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships, a.email, a.locale, a.totp_enabled FROM app_act_as(s.user_id) a;
      END $$;

CREATE FUNCTION public.app_can_write_case(p_case_id uuid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  SELECT EXISTS (SELECT 1 FROM cases c
                  WHERE c.id = p_case_id AND EXISTS (SELECT FROM app_may_write_case(c.id, c.owner_organisation_id, c.visibility)))
$$;

CREATE FUNCTION public.app_consent_to_share(p_person_id uuid, p_owner_organisation_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
  orgs uuid[] := app_org_ids();
BEGIN
  RETURN CASE WHEN p_owner_organisation_id = ANY(orgs)
              THEN consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', NULL)
              ELSE consent_covers(p_person_id, 'SHARE_PERSONAL_DATA', orgs) END;
END $$;

CREATE FUNCTION public.app_grant_actor(p_backend_pid integer, p_xact_id xid8, p_user_id uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  DELETE FROM app_actor_grants WHERE backend_pid = p_backend_pid AND xact_id <> p_xact_id;
  INSERT INTO app_actor_grants (backend_pid, xact_id, user_id) VALUES (p_backend_pid, p_xact_id, p_user_id);
$$;

CREATE FUNCTION public.app_has_coalition_role(r text) RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN coalesce(r = ANY((SELECT coalition_roles FROM app_actor())::text[]), false);
END $$;

CREATE FUNCTION public.app_identity(p_user_id uuid) RETURNS TABLE(user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
    coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb),
    u.email, u.locale, u.totp_enabled
    FROM users u WHERE u.id = p_user_id
$$;

CREATE FUNCTION public.app_is_coordinator() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT app_has_coalition_role('COORDINATOR') $$;

CREATE FUNCTION public.app_is_liaison() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT app_has_coalition_role('LIAISON') $$;

CREATE FUNCTION public.app_login_lookup(p_email text) RETURNS TABLE(id uuid, password_hash text, totp_enabled boolean, totp_secret text, totp_last_step bigint)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
        SELECT id, password_hash, totp_enabled, totp_secret, totp_last_step FROM users WHERE email = lower(p_email)
      $$;

CREATE FUNCTION public.app_may_read_case(p_case_id uuid, p_owner_organisation_id uuid, p_visibility text) RETURNS SETOF boolean
    LANGUAGE sql STABLE ROWS 1
    AS $$
  SELECT true
   WHERE p_owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
      OR (p_visibility = 'COALITION' AND cardinality((SELECT app_org_ids())::uuid[]) > 0)
      OR (p_visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s
             WHERE s.case_id = p_case_id AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[]) OFFSET 0))
$$;

CREATE FUNCTION public.app_may_read_personal_data(p_case_id uuid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  SELECT EXISTS (SELECT 1 FROM cases c
                  WHERE c.id = p_case_id
                    AND (c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
                         OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                               SELECT 1 FROM case_shares s
                                WHERE s.case_id = c.id AND s.personal_data
                                  AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[])))))
$$;

CREATE FUNCTION public.app_may_write_case(p_case_id uuid, p_owner_organisation_id uuid, p_visibility text) RETURNS SETOF boolean
    LANGUAGE sql STABLE ROWS 1
    AS $$
  SELECT true
   WHERE p_owner_organisation_id = ANY((SELECT app_writer_org_ids())::uuid[])
      OR (p_visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s
             WHERE s.case_id = p_case_id AND s.access = 'WRITE' AND s.organisation_id = ANY((SELECT app_writer_org_ids())::uuid[])))
$$;

CREATE FUNCTION public.app_org_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN coalesce((SELECT org_ids FROM app_actor()), '{}');
END $$;

CREATE FUNCTION public.app_password_reset_consume(p_token_hash text, p_password_hash text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  v_user uuid;
BEGIN
  UPDATE password_reset_tokens SET used_at = now()
   WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > now()
  RETURNING password_reset_tokens.user_id INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  UPDATE users SET password_hash = p_password_hash WHERE id = v_user;
  UPDATE sessions SET revoked_at = now() WHERE sessions.user_id = v_user AND revoked_at IS NULL;
  UPDATE password_reset_tokens SET used_at = now() WHERE password_reset_tokens.user_id = v_user AND used_at IS NULL;
  RETURN v_user;
END $$;

CREATE FUNCTION public.app_password_reset_issue(p_email text, p_token_hash text, p_minutes integer) RETURNS TABLE(user_id uuid, email text, locale text)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
  SELECT u.id, p_token_hash, now() + make_interval(mins => p_minutes) FROM users u WHERE u.email = lower(p_email)
  RETURNING password_reset_tokens.user_id,
    (SELECT u.email FROM users u WHERE u.id = password_reset_tokens.user_id),
    (SELECT u.locale FROM users u WHERE u.id = password_reset_tokens.user_id)
$$;

CREATE FUNCTION public.app_person_referral_orgs(p_person_id uuid) RETURNS uuid[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT r.to_organisation_id), '{}')
            FROM referrals r
           WHERE r.person_id = p_person_id AND r.status IN ('ACCEPTED', 'COMPLETED')
             AND r.to_organisation_id = ANY((SELECT app_org_ids())::uuid[])
             AND consent_covers(p_person_id, 'REFERRAL', ARRAY[r.to_organisation_id]));
END $$;

CREATE FUNCTION public.app_referred_copy_withdrawn(p_person_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM referrals r
                  WHERE r.linked_person_id = p_person_id
                    AND NOT consent_covers(r.person_id, 'REFERRAL', ARRAY[r.to_organisation_id]));
END $$;

CREATE FUNCTION public.app_reset_member_totp(p_organisation_id uuid, p_user_id uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  v_actor uuid := app_user_id();
  v_coordinator boolean := app_is_coordinator();
  v_roles text[];
  v_target users%ROWTYPE;
BEGIN
  IF v_actor IS NULL THEN RETURN 'forbidden'; END IF;
  IF NOT v_coordinator AND NOT (p_organisation_id = ANY (app_admin_org_ids())) THEN RETURN 'forbidden'; END IF;
  -- The member's memberships stay as they are until this transaction ends.
  SELECT m.roles INTO v_roles FROM memberships m WHERE m.organisation_id = p_organisation_id AND m.user_id = p_user_id FOR SHARE;
  IF NOT FOUND THEN RETURN 'not_found'; END IF;
  SELECT * INTO v_target FROM users u WHERE u.id = p_user_id FOR UPDATE;
  IF p_user_id = v_actor THEN RETURN 'forbidden'; END IF;
  IF NOT v_coordinator THEN
    PERFORM 1 FROM memberships m WHERE m.user_id = p_user_id FOR SHARE;
    IF EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p_user_id AND m.organisation_id <> p_organisation_id)
       OR 'ADMIN' = ANY (v_roles)
       OR cardinality(v_target.coalition_roles) > 0 THEN
      RETURN 'forbidden';
    END IF;
  END IF;
  IF NOT v_target.totp_enabled THEN RETURN 'not_enabled'; END IF;
  UPDATE users SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL WHERE id = p_user_id;
  DELETE FROM recovery_codes WHERE user_id = p_user_id;
  UPDATE sessions SET revoked_at = now() WHERE user_id = p_user_id AND revoked_at IS NULL;
  INSERT INTO notifications (user_id, organisation_id, kind, link) VALUES (p_user_id, p_organisation_id, 'MEMBER_TOTP_RESET', '/account');
  RETURN 'ok';
END $$;

CREATE FUNCTION public.app_sessions_touch(p_ids uuid[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  UPDATE sessions SET last_seen_at = now()
   WHERE id IN (SELECT x.id FROM sessions x WHERE x.id = ANY(p_ids) AND x.last_seen_at < now() - interval '30 seconds'
                   FOR NO KEY UPDATE SKIP LOCKED)
$$;

CREATE FUNCTION public.app_set_actor(p_user_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  INSERT INTO app_actor_context AS x (backend_pid, xact_id, user_id, coalition_roles, org_ids, admin_org_ids, writer_org_ids, signer_org_ids)
  SELECT * FROM app_actor_row(p_user_id, pg_current_xact_id())
  ON CONFLICT (backend_pid) DO UPDATE SET xact_id = excluded.xact_id, user_id = excluded.user_id,
     coalition_roles = excluded.coalition_roles, org_ids = excluded.org_ids, admin_org_ids = excluded.admin_org_ids,
     writer_org_ids = excluded.writer_org_ids, signer_org_ids = excluded.signer_org_ids;
END $$;

CREATE FUNCTION public.app_signer_org_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN coalesce((SELECT signer_org_ids FROM app_actor()), '{}');
END $$;

CREATE FUNCTION public.app_standby_actor() RETURNS SETOF public.app_actor_context
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 1
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  sealed text := current_setting('app.standby_actor', true);
  payload text;
BEGIN
  IF sealed IS NULL OR length(sealed) <= 65 THEN RETURN; END IF;
  payload := left(sealed, -65);
  -- IS DISTINCT FROM: with no key (a NULL code) nothing verifies.
  IF sha256(convert_to(right(sealed, 65), 'UTF8')) IS DISTINCT FROM sha256(convert_to('|' || app_standby_mac(payload), 'UTF8')) THEN
    RETURN;
  END IF;
  RETURN NEXT payload::app_actor_context;
END $$;

CREATE FUNCTION public.app_standby_mac(p_payload text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT encode(sha256(k.opad || sha256(k.ipad || convert_to(
           p_payload || '|' || pg_backend_pid() || '|' || floor(extract(epoch FROM transaction_timestamp()) * 1000000)::bigint,
           'UTF8'))), 'hex')
    FROM app_standby_key k
$$;

CREATE FUNCTION public.app_standby_seal(p_user_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  payload text;
BEGIN
  SELECT r::text INTO payload FROM app_actor_row(p_user_id, '0'::xid8) r;
  PERFORM set_config('app.standby_actor', payload || '|' || app_standby_mac(payload), true);
END $$;

CREATE FUNCTION public.app_user_id() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN (SELECT user_id FROM app_actor());
END $$;

CREATE FUNCTION public.app_writer_org_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN coalesce((SELECT writer_org_ids FROM app_actor()), '{}');
END $$;

CREATE FUNCTION public.audit_append(p_seq bigint, p_at timestamp with time zone, p_actor_user_id uuid, p_organisation_id uuid, p_action text, p_entity_type text, p_entity_id text, p_details jsonb, p_prev_hash text, p_hash text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
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

CREATE FUNCTION public.audit_head() RETURNS TABLE(seq bigint, hash text, actor_user_id uuid)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  RETURN QUERY SELECT h.seq, h.hash, app_user_id()
    FROM (SELECT NULL::bigint AS seq, NULL::text AS hash) none
    LEFT JOIN LATERAL (SELECT a.seq, a.hash FROM audit_entries a ORDER BY a.seq DESC LIMIT 1) h ON true;
END $$;

CREATE FUNCTION public.audit_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only';
      END $$;

CREATE FUNCTION public.briefing_case_contents(p_briefing_id uuid) RETURNS TABLE(case_id uuid, content jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT bc.case_id, bc.content
    FROM briefing_cases bc
    JOIN briefings b ON b.id = bc.briefing_id
   WHERE bc.briefing_id = p_briefing_id
     AND (b.author_organisation_id = ANY(app_org_ids())
       OR (b.status = 'AWAITING_APPROVAL' AND b.owner_organisation_ids && app_org_ids())
       OR (b.status = 'RELEASED' AND app_is_liaison()))
     AND (bc.owner_organisation_id = ANY(app_org_ids())
       OR b.status IN ('RELEASED', 'REVOKED')
       OR (b.status = 'AWAITING_APPROVAL' AND b.author_organisation_id = ANY(app_admin_org_ids())
           AND NOT EXISTS (SELECT 1 FROM briefing_approvals a WHERE a.briefing_id = b.id AND a.approved IS NOT TRUE)))
   ORDER BY bc.position
$$;

CREATE FUNCTION public.briefing_case_lapsed_consents(p_briefing_id uuid) RETURNS TABLE(case_id uuid, lapsed integer[])
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT bc.case_id,
         ARRAY(SELECT (x.n - 1)::int
                 FROM unnest(bc.person_ids) WITH ORDINALITY AS x(person_id, n)
                WHERE NOT consent_covers(x.person_id, 'BRIEFING', ARRAY[b.author_organisation_id])
                ORDER BY x.n)
    FROM briefing_case_contents(p_briefing_id) c
    JOIN briefing_cases bc ON bc.briefing_id = p_briefing_id AND bc.case_id = c.case_id
    JOIN briefings b ON b.id = p_briefing_id
   WHERE b.status IN ('DRAFT', 'AWAITING_APPROVAL')
$$;

CREATE FUNCTION public.briefing_redaction_subjects(p_case_ids uuid[]) RETURNS TABLE(case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, birth_year text, contact text, wrapped_key text, person_key text, person_key_version integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT p.case_id, p.id, pp.owner_organisation_id, pp.full_name, pp.birth_year, pp.contact, k.wrapped_key, pk.wrapped_key, pk.key_version
    FROM case_persons p
    JOIN case_person_private pp ON pp.person_id = p.id
    LEFT JOIN person_keys pk ON pk.person_id = p.id AND pp.key_version IS NULL
    JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id AND k.version = coalesce(pp.key_version, pk.key_version)
    JOIN cases c ON c.id = p.case_id
   WHERE p.case_id = ANY(p_case_ids)
     AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))
$$;

CREATE FUNCTION public.briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        IF NOT (p_organisation_id = ANY(app_admin_org_ids())) THEN
          RAISE EXCEPTION 'only the organisation''s ADMIN refuses' USING ERRCODE = '42501';
        END IF;
        UPDATE briefing_approvals SET approved = false, decided_at = now(), decided_by_user_id = app_user_id()
         WHERE briefing_id = p_briefing_id AND organisation_id = p_organisation_id AND approved IS NULL
           AND EXISTS (SELECT 1 FROM briefings b WHERE b.id = p_briefing_id AND b.status = 'AWAITING_APPROVAL');
        IF NOT FOUND THEN RETURN false; END IF;
        UPDATE briefings SET status = 'DRAFT', refused_by_organisation_id = p_organisation_id
         WHERE id = p_briefing_id AND status = 'AWAITING_APPROVAL';
        RETURN FOUND;
      END $$;

CREATE FUNCTION public.calendar_feed_known(p_token_hash text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT EXISTS (SELECT 1 FROM notification_preferences WHERE calendar_token_hash = p_token_hash)
$$;

CREATE FUNCTION public.calendar_feed_locked(p_token_hash text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT EXISTS (
    SELECT 1 FROM notification_preferences p JOIN memberships m ON m.user_id = p.user_id
     WHERE p.calendar_token_hash = p_token_hash AND m.organisation_id = ANY (organisation_locked_ids()))
$$;

CREATE FUNCTION public.calendar_feed_tasks(p_token_hash text) RETURNS TABLE(id uuid, case_id uuid, title text, due_at timestamp with time zone, created_at timestamp with time zone, version integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  RETURN QUERY SELECT t.id, t.case_id, t.title, t.due_at, t.created_at, t.version
    FROM notification_preferences p
    JOIN case_tasks t ON t.status = 'OPEN'
   WHERE p.calendar_token_hash = p_token_hash
     AND EXISTS (SELECT 1 FROM case_task_recipients(t.id) r WHERE r.user_id = p.user_id)
     -- The emergency lock: a locked organisation's tasks leave the feed (a synced calendar is an export).
     AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id AND c.owner_organisation_id = ANY (organisation_locked_ids()))
     AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p.user_id AND m.organisation_id = ANY (organisation_locked_ids()))
   ORDER BY t.due_at
   LIMIT 1000;
END $$;

CREATE FUNCTION public.case_count_keys(p_status text, p_categories text[], p_countries text[], p_incident_date date) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT ARRAY['*', 'status:' || p_status]
      || ARRAY(SELECT DISTINCT 'category:' || x FROM unnest(p_categories) x ORDER BY 1)
      || ARRAY(SELECT DISTINCT 'country:' || x FROM unnest(p_countries) x ORDER BY 1)
      || CASE WHEN p_incident_date IS NULL THEN '{}'::text[] ELSE ARRAY['year:' || extract(year FROM p_incident_date)::int] END
$$;

CREATE FUNCTION public.case_counts_compact() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      DECLARE folded integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_counts_compact')) THEN RETURN 0; END IF;
        -- A few deltas beyond one row per key are as cheap to sum as none; folding them would only make dead tuples.
        IF (SELECT count(*) - count(DISTINCT (owner_organisation_id, visibility, key)) FROM case_counts) <= 64 THEN RETURN 0; END IF;
        WITH gone AS (DELETE FROM case_counts RETURNING owner_organisation_id, visibility, key, n),
             kept AS (INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
                        SELECT owner_organisation_id, visibility, key, sum(n) FROM gone GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
        SELECT count(*) INTO folded FROM gone;
        RETURN folded;
      END $$;

CREATE FUNCTION public.case_counts_note() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, count(*)
              FROM new_rows r CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, -count(*)
              FROM old_rows r CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3;
        ELSE
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, sum(r.d)
              FROM (SELECT n.*, 1 AS d FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) r
              CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3 HAVING sum(r.d) <> 0;
        END IF;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_counts_rebuild() RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        LOCK TABLE case_counts IN EXCLUSIVE MODE;
        DELETE FROM case_counts;
        INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
          SELECT c.owner_organisation_id, c.visibility, k.key, count(*)
            FROM cases c CROSS JOIN LATERAL unnest(case_count_keys(c.status, c.categories, c.countries, c.incident_date)) k(key)
           GROUP BY 1, 2, 3;
        UPDATE case_shares s SET case_visibility = c.visibility, case_keys = case_count_keys(c.status, c.categories, c.countries, c.incident_date)
          FROM cases c
         WHERE c.id = s.case_id
           AND (s.case_visibility, s.case_keys) IS DISTINCT FROM (c.visibility, case_count_keys(c.status, c.categories, c.countries, c.incident_date));
      END $$;

CREATE FUNCTION public.case_counts_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        DELETE FROM case_counts;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_history(p_case_ids uuid[], p_before bigint, p_limit integer) RETURNS TABLE(case_id uuid, seq bigint, at timestamp with time zone, action text, organisation_id uuid, actor_name text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $_$
  WITH c AS (
    SELECT c.id, c.id::text AS key, c.owner_organisation_id, c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[]) AS owner
      FROM cases c
     WHERE c.id = ANY(p_case_ids) AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))),
  e AS (
    SELECT c.id AS case_id, c.owner_organisation_id, c.owner, h.*
      FROM c
     CROSS JOIN LATERAL (
       SELECT h.* FROM (
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id, NULL::uuid AS recorded_by FROM audit_entries a
           WHERE a.entity_type = 'Case' AND a.entity_id = c.key AND a.seq < coalesce(p_before, 9223372036854775807)
             AND (c.owner OR a.action IN ('case.create', 'case.update'))
           ORDER BY a.seq DESC LIMIT p_limit)
         UNION ALL
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id,
                 CASE WHEN a.entity_type = 'CaseEvent' AND a.details->>'recordedBy' ~ '^[0-9a-f-]{36}$' THEN (a.details->>'recordedBy')::uuid END
            FROM audit_entries a
           WHERE a.details->>'caseId' = c.key AND a.seq < coalesce(p_before, 9223372036854775807)
             AND (a.entity_type IN ('CasePerson', 'CaseEvent', 'CaseTask') OR (c.owner AND a.entity_type IN ('Consent', 'Referral')))
           ORDER BY a.seq DESC LIMIT p_limit)
         UNION ALL
         (SELECT a.seq, a.at, a.action, a.organisation_id, a.actor_user_id, NULL::uuid FROM evidence_files f
            JOIN audit_entries a ON a.entity_type = 'EvidenceFile' AND a.entity_id = f.id::text
           WHERE f.case_id = c.id AND a.seq < coalesce(p_before, 9223372036854775807)
           ORDER BY a.seq DESC LIMIT p_limit)
       ) h ORDER BY h.seq DESC LIMIT p_limit) h),
  acting AS (
    SELECT e.*, coalesce(
             e.recorded_by,
             (SELECT m.organisation_id FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = e.organisation_id),
             (SELECT m.organisation_id FROM memberships m JOIN case_shares s ON s.organisation_id = m.organisation_id AND s.case_id = e.case_id
               WHERE m.user_id = e.actor_user_id ORDER BY m.organisation_id LIMIT 1),
             e.organisation_id) AS org
      FROM e)
  SELECT a.case_id, a.seq, a.at, a.action,
         CASE WHEN a.owner OR a.org = a.owner_organisation_id OR a.org = a.recorded_by OR a.org = ANY((SELECT app_org_ids())::uuid[]) THEN a.org END,
         CASE WHEN a.org = ANY((SELECT app_org_ids())::uuid[])
               AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.actor_user_id AND m.organisation_id = a.org)
              THEN u.display_name END
    FROM acting a
    LEFT JOIN users u ON u.id = a.actor_user_id
   ORDER BY a.case_id, a.seq DESC
$_$;

CREATE FUNCTION public.case_links_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        IF (NEW.id, NEW.case_id, NEW.other_case_id, NEW.case_owner_organisation_id, NEW.other_owner_organisation_id, NEW.referral_id, NEW.created_at)
           IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.other_case_id, OLD.case_owner_organisation_id, OLD.other_owner_organisation_id, OLD.referral_id, OLD.created_at)
           OR (OLD.confirmed AND NOT NEW.confirmed) THEN
          RAISE EXCEPTION 'a case link changes only by being confirmed' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;

CREATE TABLE public.cases (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    owner_organisation_id uuid NOT NULL,
    reference text NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    status text NOT NULL,
    categories text[] DEFAULT '{}'::text[] NOT NULL,
    visibility text NOT NULL,
    incident_date date,
    city text,
    region text,
    country_code character(2) NOT NULL,
    countries text[] DEFAULT '{}'::text[] NOT NULL,
    detained integer DEFAULT 0 NOT NULL,
    deported integer DEFAULT 0 NOT NULL,
    injured integer DEFAULT 0 NOT NULL,
    children_affected integer DEFAULT 0 NOT NULL,
    include_in_statistics boolean DEFAULT true NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    search tsvector,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    updated_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ck_cases_figures CHECK (((detained >= 0) AND (deported >= 0) AND (injured >= 0) AND (children_affected >= 0)))
);

ALTER TABLE ONLY public.cases FORCE ROW LEVEL SECURITY;

CREATE FUNCTION public.case_matches_filter(c public.cases, f jsonb) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
        SELECT (nullif(f->'status', 'null'::jsonb) IS NULL OR jsonb_array_length(nullif(f->'status', 'null'::jsonb)) = 0 OR c.status = ANY(ARRAY(SELECT jsonb_array_elements_text(nullif(f->'status', 'null'::jsonb)))))
           AND (nullif(f->'categories', 'null'::jsonb) IS NULL OR jsonb_array_length(nullif(f->'categories', 'null'::jsonb)) = 0 OR c.categories && ARRAY(SELECT jsonb_array_elements_text(nullif(f->'categories', 'null'::jsonb))))
           AND (f->>'countryCode' IS NULL OR f->>'countryCode' = ANY(c.countries))
           AND (f->>'ownerOrganisationId' IS NULL OR c.owner_organisation_id::text = f->>'ownerOrganisationId')
           AND (f->>'crossBorder' IS NULL OR (cardinality(c.countries) > 1) = (f->>'crossBorder')::boolean)
           AND (f->>'search' IS NULL OR c.search @@ (SELECT search_query(f->>'search')))
           AND (f->'personTokens' IS NULL OR c.id IN (SELECT case_person_name_cases(f->'personTokens')))
           AND (f->>'occurredFrom' IS NULL OR c.incident_date >= (f->>'occurredFrom')::date)
           AND (f->>'occurredTo' IS NULL OR c.incident_date <= (f->>'occurredTo')::date)
      $$;

CREATE FUNCTION public.case_person_in_released_briefing(p_person_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT EXISTS (
    SELECT 1
      FROM case_persons p
      JOIN briefing_cases bc ON bc.case_id = p.case_id
      JOIN briefings b ON b.id = bc.briefing_id
     WHERE p.id = p_person_id AND b.status = 'RELEASED' AND app_can_write_case(p.case_id))
$$;

CREATE FUNCTION public.case_person_name_cases(p_tokens jsonb) RETURNS SETOF uuid
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        WITH searched AS MATERIALIZED (
          SELECT DISTINCT e.key AS organisation_id, w.token
            FROM jsonb_each(p_tokens) e, jsonb_array_elements_text(e.value) AS w(token)
           WHERE jsonb_typeof(e.value) = 'array'
        )
        SELECT DISTINCT p.case_id
          FROM (SELECT t.person_id, t.owner_organisation_id, count(*) AS found
                  FROM searched s
                  JOIN case_person_name_tokens t ON t.token = s.token AND t.owner_organisation_id::text = s.organisation_id
                 GROUP BY t.person_id, t.owner_organisation_id) m
          JOIN case_persons p ON p.id = m.person_id
         WHERE m.found = (SELECT count(*) FROM searched s WHERE s.organisation_id = m.owner_organisation_id::text)
      $$;

CREATE FUNCTION public.case_person_name_tokens_sync() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM case_person_name_tokens t
           USING old_rows o JOIN new_rows n ON n.person_id = o.person_id
           WHERE t.person_id = o.person_id AND n.name_tokens IS DISTINCT FROM o.name_tokens;
          INSERT INTO case_person_name_tokens (token, person_id, owner_organisation_id)
            SELECT DISTINCT w.token, n.person_id, n.owner_organisation_id
              FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id, unnest(n.name_tokens) AS w(token)
             WHERE n.name_tokens IS DISTINCT FROM o.name_tokens;
        ELSE
          INSERT INTO case_person_name_tokens (token, person_id, owner_organisation_id)
            SELECT DISTINCT w.token, n.person_id, n.owner_organisation_id
              FROM new_rows n, unnest(n.name_tokens) AS w(token);
        END IF;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_readable_count_of(p_keys text[]) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT coalesce((SELECT sum(k.n) FROM case_counts k
                    WHERE k.key = ANY(p_keys)
                      AND EXISTS (SELECT FROM app_may_read_case(NULL, k.owner_organisation_id, k.visibility))), 0)::bigint
       + (SELECT CASE WHEN cardinality(a.orgs) = 1
                 -- A member of one organisation (nearly every actor) holds at most one share per case (the
                 -- primary key), so no DISTINCT: it sorted every share of the organisation, the largest part of
                 -- a page's time at 100,000 shares. What part 1 counts is then simply its own cases.
                 THEN (SELECT count(*) FROM case_shares s
                        WHERE s.organisation_id = a.orgs[1] AND s.case_visibility = 'SHARED'
                          AND s.case_keys && p_keys AND s.owner_organisation_id <> a.orgs[1])
                 ELSE (SELECT count(DISTINCT s.case_id) FROM case_shares s
                        WHERE s.organisation_id = ANY(a.orgs) AND s.case_visibility = 'SHARED'
                          AND s.case_keys && p_keys
                          AND NOT EXISTS (SELECT FROM app_may_read_case(NULL, s.owner_organisation_id, s.case_visibility)))
                 END
            -- OFFSET 0 keeps the subquery whole, so the organisations are read once, not per share.
            FROM (SELECT (SELECT app_org_ids())::uuid[] AS orgs OFFSET 0) a)
$$;

CREATE FUNCTION public.case_readers(p_case_id uuid) RETURNS TABLE(organisation_id uuid, can_change boolean, person_ids uuid[])
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  WITH c AS (
    SELECT c.id, c.owner_organisation_id, c.visibility FROM cases c
     WHERE c.id = p_case_id AND EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility))),
  orgs AS (
    SELECT o.id AS organisation_id, o.name, o.slug, s.access, coalesce(s.personal_data, false) AS personal_data, c.owner_organisation_id = o.id AS owner
      FROM c CROSS JOIN organisations o
      LEFT JOIN case_shares s ON s.case_id = c.id AND s.organisation_id = o.id AND c.visibility IN ('SHARED', 'COALITION')
     WHERE o.id = c.owner_organisation_id
        OR s.organisation_id IS NOT NULL
        OR (c.visibility = 'COALITION' AND EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)))
  SELECT r.organisation_id,
         r.owner OR coalesce(r.access = 'WRITE', false),
         CASE WHEN r.owner AND NOT me.owner THEN NULL ELSE coalesce((SELECT array_agg(p.id ORDER BY p.position) FROM c JOIN case_persons p ON p.case_id = c.id
                    JOIN case_person_private pp ON pp.person_id = p.id
                   WHERE (pp.owner_organisation_id = r.organisation_id AND NOT app_referred_copy_withdrawn(p.id))
                      OR (r.personal_data AND EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = r.organisation_id AND s.personal_data)
                          AND consent_covers(p.id, 'SHARE_PERSONAL_DATA', ARRAY[r.organisation_id]))
                      OR EXISTS (SELECT 1 FROM referrals f
                                  WHERE f.person_id = p.id AND f.status IN ('ACCEPTED', 'COMPLETED') AND f.to_organisation_id = r.organisation_id
                                    AND consent_covers(p.id, 'REFERRAL', ARRAY[r.organisation_id]))), '{}') END
    FROM orgs r
   CROSS JOIN (SELECT (SELECT owner_organisation_id FROM c) = ANY((SELECT app_org_ids())::uuid[]) AS owner) me
   WHERE me.owner OR r.owner OR r.organisation_id = ANY((SELECT app_org_ids())::uuid[])
   ORDER BY r.owner DESC, r.name, r.slug, r.organisation_id -- never by id alone: ids say nothing, but their order would
$$;

CREATE FUNCTION public.case_search_access() RETURNS tsquery
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        SELECT string_agg(quote_literal(x), ' | ')::tsquery FROM unnest(
          ARRAY(SELECT '~o' || o FROM unnest((SELECT app_org_ids())::uuid[]) o) || ARRAY(SELECT '~s' || o FROM unnest((SELECT app_org_ids())::uuid[]) o)
          || CASE WHEN cardinality((SELECT app_org_ids())::uuid[]) > 0 THEN ARRAY['~vCOALITION'] ELSE '{}'::text[] END) x
      $$;

CREATE FUNCTION public.case_search_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT n.id, n.created_at, n.owner_organisation_id, n.visibility, case_search_terms(n.id, n.search, n.owner_organisation_id, n.visibility)
            FROM new_rows n;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_search_matches(p_query text, p_filter jsonb) RETURNS TABLE(id uuid, created_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT cs.case_id, cs.created_at
    FROM case_search cs
   WHERE cs.terms @@ ((SELECT search_query(p_query)) && case_search_access())
     AND NOT coalesce(p_filter ? 'personTokens', false)
     AND EXISTS (SELECT FROM app_may_read_case(cs.case_id, cs.owner_organisation_id, cs.visibility))
     AND (p_filter IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = cs.case_id AND case_matches_filter(c, p_filter)))
$$;

CREATE FUNCTION public.case_search_ranked(p_query text) RETURNS TABLE(id uuid, created_at timestamp with time zone, rank real)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT cs.case_id, cs.created_at, ts_rank('{0.1, 0.2, 0.4, 1.0}', cs.terms, (SELECT search_query(p_query)))
    FROM case_search cs
   WHERE cs.terms @@ ((SELECT search_query(p_query)) && case_search_access())
     AND EXISTS (SELECT FROM app_may_read_case(cs.case_id, cs.owner_organisation_id, cs.visibility))
$$;

CREATE FUNCTION public.case_search_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        LOCK TABLE case_search IN EXCLUSIVE MODE;
        DELETE FROM case_search;
        INSERT INTO case_search (case_id, created_at, owner_organisation_id, visibility, terms)
          SELECT c.id, c.created_at, c.owner_organisation_id, c.visibility, case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c;
      END $$;

CREATE FUNCTION public.case_search_shares_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      DECLARE
        v_case uuid;
      BEGIN
        FOR v_case IN SELECT DISTINCT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) x
                       WHERE x IS NOT NULL ORDER BY x LOOP
          PERFORM 1 FROM case_search WHERE case_id = v_case FOR UPDATE;
          UPDATE case_search cs SET terms = case_search_terms(c.id, c.search, c.owner_organisation_id, c.visibility)
            FROM cases c WHERE c.id = v_case AND cs.case_id = c.id;
        END LOOP;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text) RETURNS tsvector
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        SELECT coalesce(p_search, ''::tsvector) || array_to_tsvector(
          ARRAY['~o' || p_owner, '~v' || p_visibility]
          || ARRAY(SELECT DISTINCT '~s' || s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id))
      $$;

CREATE FUNCTION public.case_search_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        PERFORM 1 FROM case_search WHERE case_id = NEW.id FOR UPDATE;
        UPDATE case_search SET created_at = NEW.created_at, owner_organisation_id = NEW.owner_organisation_id, visibility = NEW.visibility,
               terms = case_search_terms(NEW.id, NEW.search, NEW.owner_organisation_id, NEW.visibility)
         WHERE case_id = NEW.id;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_shares_take_visibility() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        SELECT c.visibility, case_count_keys(c.status, c.categories, c.countries, c.incident_date)
          INTO NEW.case_visibility, NEW.case_keys
          FROM cases c WHERE c.id = NEW.case_id FOR SHARE;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.case_statistics_agg(p_filter jsonb, p_only_included boolean, p_threshold integer) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        WITH s AS (
          SELECT c.* FROM cases c WHERE case_matches_filter(c, p_filter) AND (NOT p_only_included OR c.include_in_statistics)
        ),
        figure AS (
          SELECT k, sum(v) AS total, count(*) FILTER (WHERE v > 0) AS contributors
            FROM s CROSS JOIN LATERAL (VALUES ('detained', s.detained), ('deported', s.deported), ('injured', s.injured),
                                              ('childrenAffected', s.children_affected)) AS x(k, v)
           GROUP BY k
        )
        SELECT jsonb_build_object(
          'totalCases', stat_bucket('totalCases', (SELECT count(*) FROM s), p_threshold),
          'crossBorderCases', stat_bucket('crossBorderCases', (SELECT count(*) FROM s WHERE cardinality(s.countries) > 1), p_threshold),
          'figures', coalesce((SELECT jsonb_agg(
               CASE WHEN p_threshold > 0 AND (total BETWEEN 1 AND p_threshold - 1 OR contributors BETWEEN 1 AND p_threshold - 1)
                    THEN jsonb_build_object('key', k, 'count', NULL, 'suppressed', true)
                    ELSE jsonb_build_object('key', k, 'count', total, 'suppressed', false) END) FROM figure), '[]'),
          'byStatus', coalesce((SELECT jsonb_agg(stat_bucket(status, n, p_threshold) ORDER BY status)
               FROM (SELECT s.status, count(*) AS n FROM s GROUP BY s.status) g), '[]'),
          'byCategory', coalesce((SELECT jsonb_agg(stat_bucket(category, n, p_threshold) ORDER BY category)
               FROM (SELECT category, count(*) AS n FROM s CROSS JOIN LATERAL unnest(s.categories) AS category GROUP BY category) g), '[]'),
          'byCountry', coalesce((SELECT jsonb_agg(stat_bucket(country, n, p_threshold) ORDER BY country)
               FROM (SELECT country, count(*) AS n FROM s CROSS JOIN LATERAL unnest(s.countries) AS country GROUP BY country) g), '[]'),
          'byMonth', coalesce((SELECT jsonb_agg(stat_bucket(month, n, p_threshold) ORDER BY month)
               FROM (SELECT to_char(s.incident_date, 'YYYY-MM') AS month, count(*) AS n FROM s WHERE s.incident_date IS NOT NULL GROUP BY 1) g), '[]'),
          'flows', coalesce((SELECT jsonb_agg(stat_bucket(from_cc || '>' || to_cc, n, p_threshold) ORDER BY from_cc, to_cc)
               FROM (SELECT trim(s.country_code) AS from_cc, trim(e.destination_country_code) AS to_cc, count(DISTINCT s.id) AS n
                       FROM s JOIN case_events e ON e.case_id = s.id
                      WHERE e.type = 'DEPORTATION' AND e.destination_country_code IS NOT NULL GROUP BY 1, 2) g), '[]'))
      $$;

CREATE FUNCTION public.case_statistics_coalition(p_filter jsonb) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        IF p_filter->>'search' IS NOT NULL OR p_filter->>'personName' IS NOT NULL OR p_filter->'personTokens' IS NOT NULL THEN
          RAISE EXCEPTION 'a text filter counts only readable cases: count them as the viewer' USING ERRCODE = '42501';
        END IF;
        IF app_is_coordinator() THEN RETURN case_statistics_agg(p_filter, true, 0); END IF;
        IF app_is_liaison() THEN RETURN case_statistics_liaison(p_filter); END IF;
        RAISE EXCEPTION 'coalition statistics are for the coordinator and the liaison' USING ERRCODE = '42501';
      END $$;

CREATE FUNCTION public.case_statistics_from_rollup(p_filter jsonb, p_scope text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      DECLARE
        f jsonb := (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM jsonb_each(p_filter) AS e(k, v)
                     WHERE v <> 'null'::jsonb AND v <> '[]'::jsonb);
        wanted text;
      BEGIN
        IF EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN NULL; END IF;
        IF p_scope = 'coalition' AND f = '{}'::jsonb THEN
          -- The same choice as case_statistics_coalition: coordinator unsuppressed, liaison at 5, nobody else.
          IF app_is_coordinator() THEN wanted := 'coalition:0';
          ELSIF app_is_liaison() THEN wanted := 'coalition:5';
          ELSE RETURN NULL; END IF;
        ELSIF p_scope = 'member' AND f - 'ownerOrganisationId' = '{}'::jsonb AND f ? 'ownerOrganisationId'
              AND (f->>'ownerOrganisationId') = ANY(app_org_ids()::text[]) THEN
          wanted := 'org:' || (f->>'ownerOrganisationId');
        ELSE
          RETURN NULL;
        END IF;
        RETURN (SELECT result FROM case_statistics_rollup WHERE key = wanted);
      END $$;

CREATE FUNCTION public.case_statistics_liaison(p_filter jsonb) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        WITH f AS (
          -- Dates snap outwards to whole calendar quarters.
          SELECT p_filter
            || CASE WHEN p_filter->>'occurredFrom' IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('occurredFrom', to_char(date_trunc('quarter', (p_filter->>'occurredFrom')::date), 'YYYY-MM-DD')) END
            || CASE WHEN p_filter->>'occurredTo' IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('occurredTo', to_char(date_trunc('quarter', (p_filter->>'occurredTo')::date) + interval '3 months' - interval '1 day', 'YYYY-MM-DD')) END AS j
        ),
        base AS (
          SELECT c.id, c.status, c.categories, c.countries, c.incident_date,
                 c.detained, c.deported, c.injured, c.children_affected,
                 ARRAY(SELECT DISTINCT trim(c.country_code) || '>' || trim(e.destination_country_code)
                         FROM case_events e
                        WHERE e.case_id = c.id AND e.type = 'DEPORTATION' AND e.destination_country_code IS NOT NULL
                        ORDER BY 1) AS flows,
                 case_matches_filter(c, (SELECT j FROM f)) AS chosen,
                 c.owner_organisation_id::text AS owner
            FROM cases c WHERE c.include_in_statistics
        ),
        keyed AS (
          SELECT b.*, month || '|' || status || '|' || cats || '|' || ctys || '|' || flws || '|' || owner AS k0, month || '|' || status || '|' || cats || '|' || ctys || '|' || flws AS k1, quarter || '|' || status || '|' || cats || '|' || ctys || '|' || flws AS k2, quarter || '|' || cats || '|' || ctys || '|' || flws AS k3, quarter || '|' || ctys || '|' || flws AS k4, quarter || '|' || ctys AS k5, quarter AS k6, year AS k7, '' AS k8
            FROM (SELECT base.*,
                         coalesce(to_char(incident_date, 'YYYY-MM'), '-') AS month,
                         coalesce(to_char(incident_date, 'YYYY-"Q"Q'), '-') AS quarter,
                         coalesce(to_char(incident_date, 'YYYY'), '-') AS year,
                         array_to_string(ARRAY(SELECT x FROM unnest(categories) x ORDER BY 1), ',') AS cats,
                         array_to_string(ARRAY(SELECT x FROM unnest(countries) x ORDER BY 1), ',') AS ctys,
                         array_to_string(flows, ',') AS flws
                    FROM base) b
        ),
      a0 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(NULL::text, CASE WHEN count(*) FILTER (WHERE NULL::text IS NULL) OVER (PARTITION BY k0) >= 5 THEN '0|' || k0 END) AS atom
        FROM keyed),
      a1 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k1) >= 5 THEN '1|' || k1 END) AS atom
        FROM a0),
      a2 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k2) >= 5 THEN '2|' || k2 END) AS atom
        FROM a1),
      a3 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k3) >= 5 THEN '3|' || k3 END) AS atom
        FROM a2),
      a4 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k4) >= 5 THEN '4|' || k4 END) AS atom
        FROM a3),
      a5 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k5) >= 5 THEN '5|' || k5 END) AS atom
        FROM a4),
      a6 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k6) >= 5 THEN '6|' || k6 END) AS atom
        FROM a5),
      a7 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k7) >= 5 THEN '7|' || k7 END) AS atom
        FROM a6),
      a8 AS (SELECT id, k0, k1, k2, k3, k4, k5, k6, k7, k8,
        coalesce(atom, CASE WHEN count(*) FILTER (WHERE atom IS NULL) OVER (PARTITION BY k8) >= 5 THEN '8|' || k8 END) AS atom
        FROM a7),
        placed AS (
          -- 1-4 cases no level could place join an atom (the first), or, when there is none, stay an
          -- atom of their own that is too small: then nothing is published.
          SELECT id, coalesce(atom, (SELECT min(atom) FROM a8), 'small') AS atom FROM a8
        ),
        atoms AS (SELECT id, atom, count(*) OVER (PARTITION BY atom) AS size FROM placed),
        s AS (SELECT b.*, a.atom, a.size FROM base b JOIN atoms a USING (id) WHERE b.chosen),
        cells AS (
          SELECT 'total' AS kind, '' AS key, id, atom, size FROM s
          UNION ALL SELECT 'crossBorder', '', id, atom, size FROM s WHERE cardinality(countries) > 1
          UNION ALL SELECT 'status', status, id, atom, size FROM s
          UNION ALL SELECT 'category', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(categories) AS k
          UNION ALL SELECT 'country', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(countries) AS k
          UNION ALL SELECT 'month', to_char(incident_date, 'YYYY-MM'), id, atom, size FROM s WHERE incident_date IS NOT NULL
          UNION ALL SELECT 'flow', k, id, atom, size FROM s CROSS JOIN LATERAL unnest(flows) AS k
        ),
        -- A cell is published when every atom it touches lies wholly inside it and is large enough.
        judged AS (
          SELECT kind, key, sum(inter) AS n, bool_and(inter = size AND size >= 5) AS ok
            FROM (SELECT kind, key, atom, count(*) AS inter, max(size) AS size FROM cells GROUP BY kind, key, atom) x
           GROUP BY kind, key
        ),
        -- A figure also needs, in every atom it sums over, no contributor or at least 5 of them.
        atom_figures AS (
          SELECT a.atom, x.k, count(*) FILTER (WHERE x.v > 0) AS contributors
            FROM atoms a JOIN base b USING (id)
            CROSS JOIN LATERAL (VALUES ('detained', b.detained), ('deported', b.deported), ('injured', b.injured),
                                       ('childrenAffected', b.children_affected)) AS x(k, v)
           GROUP BY a.atom, x.k
        ),
        figures AS (
          SELECT ks.k,
                 coalesce((SELECT sum(CASE ks.k WHEN 'detained' THEN s.detained WHEN 'deported' THEN s.deported
                                                WHEN 'injured' THEN s.injured ELSE s.children_affected END) FROM s), 0) AS total,
                 coalesce((SELECT ok FROM judged WHERE kind = 'total'), true)
                   AND NOT EXISTS (SELECT 1 FROM atom_figures af WHERE af.k = ks.k AND af.contributors BETWEEN 1 AND 4
                                      AND af.atom IN (SELECT atom FROM s)) AS ok
            FROM (VALUES ('detained'), ('deported'), ('injured'), ('childrenAffected')) AS ks(k)
        ),
        out AS (
          SELECT kind, key, jsonb_build_object('key', key, 'count', CASE WHEN ok THEN n END, 'suppressed', NOT ok) AS b FROM judged
        )
        SELECT jsonb_build_object(
          'totalCases', coalesce((SELECT b || jsonb_build_object('key', 'totalCases') FROM out WHERE kind = 'total'),
                                 jsonb_build_object('key', 'totalCases', 'count', 0, 'suppressed', false)),
          'crossBorderCases', coalesce((SELECT b || jsonb_build_object('key', 'crossBorderCases') FROM out WHERE kind = 'crossBorder'),
                                       jsonb_build_object('key', 'crossBorderCases', 'count', 0, 'suppressed', false)),
          'figures', coalesce((SELECT jsonb_agg(jsonb_build_object('key', k, 'count', CASE WHEN ok THEN total END, 'suppressed', NOT ok) ORDER BY k)
                                 FROM figures), '[]'),
          'byStatus', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'status'), '[]'),
          'byCategory', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'category'), '[]'),
          'byCountry', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'country'), '[]'),
          'byMonth', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'month'), '[]'),
          'flows', coalesce((SELECT jsonb_agg(b ORDER BY key) FROM out WHERE kind = 'flow'), '[]'))
      $$;

CREATE FUNCTION public.case_statistics_note_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        INSERT INTO case_statistics_changes DEFAULT VALUES;
        RETURN NULL;
      END $$;

CREATE FUNCTION public.case_statistics_refresh() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_statistics_refresh')) THEN RETURN false; END IF;
        IF NOT EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN false; END IF;
        -- First forget the changes this snapshot sees, then recompute with a later snapshot that sees them too.
        DELETE FROM case_statistics_changes;
        REFRESH MATERIALIZED VIEW CONCURRENTLY case_statistics_rollup;
        RETURN true;
      END $$;

CREATE FUNCTION public.case_task_assignable(p_case_id uuid, p_user_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  IF app_user_id() IS NULL OR NOT app_can_write_case(p_case_id) THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM memberships m JOIN cases c ON c.id = p_case_id
     WHERE m.user_id = p_user_id AND m.roles && ARRAY['ADMIN', 'CASEWORKER']
       AND (m.organisation_id = c.owner_organisation_id
            OR (c.visibility IN ('SHARED', 'COALITION') AND m.organisation_id IN (
                  SELECT s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id AND s.access = 'WRITE'))));
END $$;

CREATE FUNCTION public.case_task_recipients(p_task_id uuid) RETURNS TABLE(user_id uuid, organisation_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  WITH t AS (SELECT * FROM case_tasks WHERE id = p_task_id),
  assignee AS (
    SELECT t.assignee_id AS user_id, t.owner_organisation_id AS organisation_id FROM t
     WHERE t.assignee_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM memberships m
        WHERE m.user_id = t.assignee_id AND m.roles && ARRAY['ADMIN', 'CASEWORKER']
          AND (m.organisation_id = t.owner_organisation_id
               OR m.organisation_id IN (SELECT s.organisation_id FROM case_shares s JOIN cases c ON c.id = s.case_id
                                         WHERE s.case_id = t.case_id AND s.access = 'WRITE' AND c.visibility IN ('SHARED', 'COALITION')))))
  SELECT * FROM assignee
  UNION ALL
  SELECT m.user_id, m.organisation_id FROM t JOIN memberships m ON m.organisation_id = t.owner_organisation_id
   WHERE 'CASEWORKER' = ANY(m.roles) AND NOT EXISTS (SELECT 1 FROM assignee)
$$;

CREATE FUNCTION public.case_tasks_remind(p_now timestamp with time zone) RETURNS SETOF uuid
    LANGUAGE plpgsql
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  t record;
  v_due integer[];
BEGIN
  FOR t IN
    SELECT id, due_at, remind_before, reminded FROM case_tasks
     WHERE status = 'OPEN' AND overdue_notified_at IS NULL AND due_at <= p_now + interval '31 days'
     ORDER BY due_at
       FOR UPDATE SKIP LOCKED
  LOOP
    IF t.due_at <= p_now THEN
      RETURN QUERY SELECT notify_case_task(t.id, 'TASK_OVERDUE');
      UPDATE case_tasks SET overdue_notified_at = p_now, reminded = remind_before WHERE id = t.id;
    ELSE
      SELECT array_agg(o) INTO v_due FROM unnest(t.remind_before) o
       WHERE NOT (o = ANY(t.reminded)) AND t.due_at - make_interval(mins => o) <= p_now;
      IF v_due IS NOT NULL THEN
        RETURN QUERY SELECT notify_case_task(t.id, 'TASK_DUE');
        UPDATE case_tasks SET reminded = reminded || v_due WHERE id = t.id;
      END IF;
    END IF;
  END LOOP;
END $$;

CREATE FUNCTION public.cases_copy_visibility() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
      BEGIN
        UPDATE case_shares s SET case_visibility = n.visibility, case_keys = case_count_keys(n.status, n.categories, n.countries, n.incident_date)
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE s.case_id = n.id
           AND (n.visibility, n.status, n.categories, n.countries, n.incident_date)
               IS DISTINCT FROM (o.visibility, o.status, o.categories, o.countries, o.incident_date);
        RETURN NULL;
      END $$;

CREATE FUNCTION public.cases_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        IF NEW.owner_organisation_id <> OLD.owner_organisation_id THEN
          RAISE EXCEPTION 'a case keeps its owner organisation' USING ERRCODE = '42501';
        END IF;
        IF app_user_id() IS NOT NULL AND NEW.visibility <> OLD.visibility
           AND NOT (OLD.owner_organisation_id = ANY(app_writer_org_ids())) THEN
          RAISE EXCEPTION 'only the owner organisation changes a case''s visibility' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.cases_search_vector() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        NEW.search :=
          search_document(coalesce(NEW.reference, '') || ' ' || coalesce(NEW.title, ''), 'A')
          || search_document(NEW.summary, 'B')
          || CASE WHEN TG_OP = 'UPDATE' THEN search_document(
               (SELECT string_agg(e.title || ' ' || coalesce(e.description, ''), ' ') FROM case_events e WHERE e.case_id = NEW.id), 'C')
             ELSE ''::tsvector END;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.consent_covers(p_person_id uuid, p_scope text, p_org_ids uuid[]) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  RETURN EXISTS (
      SELECT 1 FROM consents k
       WHERE k.person_id = p_person_id AND k.scope = p_scope
         AND k.withdrawn_at IS NULL
         AND k.given_on <= (now() AT TIME ZONE 'UTC')::date
         AND (k.expires_on IS NULL OR k.expires_on >= (now() AT TIME ZONE 'UTC')::date)
         AND (p_org_ids IS NULL
              OR (cardinality(k.organisation_ids) = 0 AND cardinality(p_org_ids) > 0)
              OR k.organisation_ids && p_org_ids));
END $$;

CREATE FUNCTION public.consent_is_active(p_withdrawn_at timestamp with time zone, p_given_on date, p_expires_on date) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  SELECT p_withdrawn_at IS NULL
     AND p_given_on <= (now() AT TIME ZONE 'UTC')::date
     AND (p_expires_on IS NULL OR p_expires_on >= (now() AT TIME ZONE 'UTC')::date)
$$;

CREATE FUNCTION public.consents_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        IF OLD.withdrawn_at IS NOT NULL THEN
          RAISE EXCEPTION 'a withdrawn consent stays withdrawn' USING ERRCODE = '55000';
        END IF;
        IF (NEW.id, NEW.person_id, NEW.owner_organisation_id, NEW.scope, NEW.organisation_ids, NEW.purpose, NEW.given_on,
            NEW.expires_on, NEW.form, NEW.form_evidence_id, NEW.recorded_at, NEW.migrated)
           IS DISTINCT FROM (OLD.id, OLD.person_id, OLD.owner_organisation_id, OLD.scope, OLD.organisation_ids, OLD.purpose,
            OLD.given_on, OLD.expires_on, OLD.form, OLD.form_evidence_id, OLD.recorded_at, OLD.migrated) THEN
          RAISE EXCEPTION 'a consent is changed only by withdrawing it' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.notify_account(p_kind text, p_ref uuid) RETURNS SETOF uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  v_actor uuid := app_user_id();
BEGIN
  IF v_actor IS NULL THEN
    RAISE EXCEPTION 'notifications are written for an authenticated actor' USING ERRCODE = '42501';
  END IF;
  IF p_kind = 'NEW_SIGN_IN' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT v_actor, NULL, 'NEW_SIGN_IN', '/account'
       WHERE (SELECT count(*) FROM known_browsers k WHERE k.user_id = v_actor) > 1
      RETURNING user_id;
  ELSIF p_kind = 'INVITATION' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT u.id, i.organisation_id, 'INVITATION', '/dashboard'
        FROM invitations i JOIN users u ON u.email = i.email
       WHERE i.id = p_ref AND i.invited_by = v_actor AND i.accepted_at IS NULL AND i.expires_at > now() AND u.id <> v_actor
      RETURNING user_id;
  ELSIF p_kind = 'COALITION_ORGANISATION_LOCKED' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT u.id, o.id, 'COALITION_ORGANISATION_LOCKED', '/admin/organisations'
        FROM organisations o JOIN users u ON 'COORDINATOR' = ANY(u.coalition_roles)
       WHERE o.id = p_ref AND o.locked_by_user_id = v_actor AND o.locked_at = now() AND u.id <> v_actor
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = u.id)
      RETURNING user_id;
  ELSE
    RAISE EXCEPTION 'notify_account does not send %', p_kind USING ERRCODE = '22023';
  END IF;
END $$;

CREATE FUNCTION public.notify_case_task(p_task_id uuid, p_kind text) RETURNS SETOF uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  v_case uuid;
BEGIN
  IF p_kind NOT IN ('TASK_ASSIGNED', 'TASK_DUE', 'TASK_OVERDUE') THEN
    RAISE EXCEPTION 'not a task notification' USING ERRCODE = '22023';
  END IF;
  SELECT case_id INTO v_case FROM case_tasks WHERE id = p_task_id;
  IF v_case IS NULL THEN RETURN; END IF;
  -- A request notifies only about a task it may write (the sweep runs as the owner, with no actor).
  IF app_user_id() IS NOT NULL AND NOT app_can_write_case(v_case) THEN
    RAISE EXCEPTION 'not a task of a case the actor writes' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    INSERT INTO notifications (user_id, organisation_id, kind, link, params)
    SELECT r.user_id, r.organisation_id, p_kind, '/cases/' || v_case, jsonb_build_object('taskId', p_task_id)
      FROM case_task_recipients(p_task_id) r
     WHERE r.user_id IS DISTINCT FROM app_user_id()
    RETURNING user_id;
END $$;

CREATE FUNCTION public.notify_organisation_members(p_kind text, p_organisation_ids uuid[], p_roles text[], p_link text, p_params jsonb) RETURNS SETOF uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
  IF app_user_id() IS NULL THEN
    RAISE EXCEPTION 'notifications are written for an authenticated actor' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    INSERT INTO notifications (user_id, organisation_id, kind, link, params)
    SELECT DISTINCT ON (m.user_id) m.user_id, m.organisation_id, p_kind, p_link, coalesce(p_params, '{}'::jsonb)
      FROM memberships m
     WHERE m.organisation_id = ANY(p_organisation_ids) AND m.roles && p_roles AND m.user_id <> app_user_id()
     ORDER BY m.user_id, m.organisation_id
    RETURNING user_id;
END $$;

CREATE FUNCTION public.organisation_locked_ids() RETURNS uuid[]
    LANGUAGE sql STABLE
    AS $$
  SELECT coalesce(array_agg(o.id), '{}') FROM organisations o WHERE o.locked_at IS NOT NULL
$$;

CREATE FUNCTION public.organisation_set_security(p_organisation_id uuid, p_action text, p_session_id uuid) RETURNS TABLE(outcome text, sessions_ended integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  v_actor uuid := app_user_id();
  v_admin boolean := p_organisation_id = ANY (app_admin_org_ids());
  v_org organisations%ROWTYPE;
  v_ended integer := 0;
BEGIN
  IF v_actor IS NULL THEN RETURN QUERY SELECT 'forbidden', 0; RETURN; END IF;
  SELECT * INTO v_org FROM organisations o WHERE o.id = p_organisation_id FOR UPDATE;
  IF NOT FOUND THEN RETURN QUERY SELECT 'not_found', 0; RETURN; END IF;
  IF p_action = 'lock' THEN
    IF NOT (v_admin OR app_is_coordinator()) THEN RETURN QUERY SELECT 'forbidden', 0; RETURN; END IF;
    IF v_org.locked_at IS NOT NULL THEN RETURN QUERY SELECT 'already_locked', 0; RETURN; END IF;
    UPDATE organisations SET locked_at = now(), locked_by_user_id = v_actor WHERE id = p_organisation_id;
    UPDATE sessions s SET revoked_at = now()
     WHERE s.revoked_at IS NULL AND s.user_id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = p_organisation_id);
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    RETURN QUERY SELECT 'ok', v_ended;
    RETURN;
  END IF;
  IF p_action NOT IN ('unlock', 'require_totp', 'allow_password') OR NOT v_admin THEN
    RETURN QUERY SELECT 'forbidden', 0; RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = p_session_id AND s.user_id = v_actor AND s.totp_verified
                    AND s.revoked_at IS NULL AND s.expires_at > now()) THEN
    RETURN QUERY SELECT 'totp_required', 0; RETURN;
  END IF;
  IF p_action = 'unlock' THEN
    IF v_org.locked_at IS NULL THEN RETURN QUERY SELECT 'not_locked', 0; RETURN; END IF;
    UPDATE organisations SET locked_at = NULL, locked_by_user_id = NULL WHERE id = p_organisation_id;
  ELSE
    UPDATE organisations SET require_totp = (p_action = 'require_totp') WHERE id = p_organisation_id;
  END IF;
  RETURN QUERY SELECT 'ok', 0;
END $$;

CREATE FUNCTION public.organisations_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        IF (NEW.locked_at IS DISTINCT FROM OLD.locked_at OR NEW.locked_by_user_id IS DISTINCT FROM OLD.locked_by_user_id
            OR NEW.require_totp IS DISTINCT FROM OLD.require_totp)
           AND current_user = 'coalition_app' THEN
          RAISE EXCEPTION 'an organisation''s lock and TOTP requirement change only through organisation_set_security' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.referral_statistics() RETURNS TABLE(kind text, a text, b text, n integer, hours double precision)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT 'status', r.status, NULL::text, count(*)::int, NULL::double precision
    FROM referrals r WHERE app_user_id() IS NOT NULL GROUP BY r.status
  UNION ALL
  SELECT 'route', c.country_code::text, o.country_code::text, count(*)::int, NULL
    FROM referrals r JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.to_organisation_id
   WHERE app_user_id() IS NOT NULL GROUP BY c.country_code, o.country_code
  UNION ALL
  SELECT 'acceptance', NULL, NULL, count(*)::int,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.decided_at - r.created_at) / 3600.0)
    FROM referrals r WHERE app_user_id() IS NOT NULL AND r.status IN ('ACCEPTED', 'COMPLETED') AND r.decided_at IS NOT NULL
$$;

CREATE FUNCTION public.referrals_transition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      DECLARE
        v_writer uuid[] := app_writer_org_ids();
      BEGIN
        IF (NEW.id, NEW.case_id, NEW.person_id, NEW.from_organisation_id, NEW.to_organisation_id, NEW.needs, NEW.reason,
            NEW.urgent, NEW.created_at, NEW.created_by_user_id, NEW.made_share)
           IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.person_id, OLD.from_organisation_id, OLD.to_organisation_id, OLD.needs,
            OLD.reason, OLD.urgent, OLD.created_at, OLD.created_by_user_id, OLD.made_share) THEN
          RAISE EXCEPTION 'a referral''s request does not change' USING ERRCODE = '42501';
        END IF;
        IF NEW.status = OLD.status THEN
          -- The acceptance's own follow-up: the receiving case and person, set once.
          IF OLD.status = 'ACCEPTED' AND OLD.linked_case_id IS NULL AND NEW.to_organisation_id = ANY(v_writer)
             AND (NEW.decided_at, NEW.outcome_note) IS NOT DISTINCT FROM (OLD.decided_at, OLD.outcome_note) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'referral is already %', OLD.status USING ERRCODE = '55000';
        END IF;
        IF NOT (
             (OLD.status = 'PENDING' AND NEW.status IN ('ACCEPTED', 'DECLINED') AND NEW.to_organisation_id = ANY(v_writer))
          OR (OLD.status = 'PENDING' AND NEW.status = 'WITHDRAWN' AND NEW.from_organisation_id = ANY(v_writer))
          OR (OLD.status = 'ACCEPTED' AND NEW.status = 'COMPLETED' AND NEW.to_organisation_id = ANY(v_writer))) THEN
          RAISE EXCEPTION 'a referral does not go from % to %', OLD.status, NEW.status USING ERRCODE = '55000';
        END IF;
        IF NEW.status IN ('DECLINED', 'COMPLETED') AND coalesce(btrim(NEW.outcome_note), '') = '' THEN
          RAISE EXCEPTION 'a referral is declined or completed with a note' USING ERRCODE = '23514';
        END IF;
        IF OLD.linked_case_id IS DISTINCT FROM NEW.linked_case_id AND OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'the receiving case is set once' USING ERRCODE = '55000';
        END IF;
        NEW.decided_at := CASE WHEN NEW.status = 'COMPLETED' THEN OLD.decided_at ELSE now() END;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.search_document(p_text text, p_weight "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_text, ''))
                      || to_tsvector('russian'::regconfig, coalesce(p_text, ''))
                      || to_tsvector('simple'::regconfig, coalesce(p_text, '')), p_weight)
      $$;

CREATE FUNCTION public.search_query(p_query text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path TO 'public', 'pg_temp'
    AS $_$
      DECLARE
        v_word text;
        v_stem text;
        v_forms text[];
        v_word_query tsquery;
        v_query tsquery;
        v_words int := 0;
      BEGIN
        FOR v_word IN SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, left(coalesce(p_query, ''), 500)))) w ORDER BY w LIMIT 16 LOOP
          v_forms := ARRAY[quote_literal(v_word) || CASE WHEN char_length(v_word) >= 3 THEN ':*' ELSE '' END];
          v_stem := (ts_lexize('english_stem', v_word))[1];
          IF v_stem IS NOT NULL THEN v_forms := v_forms || quote_literal(v_stem); END IF;
          v_stem := (ts_lexize('russian_stem', v_word))[1];
          IF v_stem IS NOT NULL THEN
            v_forms := v_forms || quote_literal(v_stem);
            IF char_length(v_stem) >= 4 AND v_stem ~ '[бвгджзклмнпрстфхцчшщ][оеё][бвгджзклмнпрстфхцчшщ]$' THEN
              v_forms := v_forms || quote_literal(left(v_stem, -2) || right(v_stem, 1));
            ELSIF char_length(v_stem) >= 4 AND v_stem ~ '[бвгджзклмнпрстфхцчшщ][бвгджзклмнпрстфхцчшщ]$' THEN
              v_forms := v_forms || quote_literal(left(v_stem, -1) || 'о' || right(v_stem, 1)) || quote_literal(left(v_stem, -1) || 'е' || right(v_stem, 1));
            END IF;
          END IF;
          v_word_query := to_tsquery('simple'::regconfig, array_to_string(ARRAY(SELECT DISTINCT f FROM unnest(v_forms) f), ' | '));
          v_query := CASE WHEN v_query IS NULL THEN v_word_query ELSE v_query && v_word_query END;
          v_words := v_words + 1;
        END LOOP;
        RETURN CASE WHEN v_words > 0 THEN v_query END;
      END $_$;

CREATE FUNCTION public.search_snippet(p_text text, p_query tsquery) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path TO 'public', 'pg_temp'
    AS $$
        SELECT CASE WHEN s LIKE '%[[%' THEN s ELSE ts_headline('simple'::regconfig, p_text, p_query, o) END
          FROM (SELECT 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "' AS o) opts,
               LATERAL (SELECT ts_headline('russian'::regconfig, p_text, p_query, o) AS s) h
      $$;

CREATE FUNCTION public.stat_bucket(p_key text, p_count bigint, p_threshold integer) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
        SELECT CASE WHEN p_count BETWEEN 1 AND p_threshold - 1
                    THEN jsonb_build_object('key', p_key, 'count', NULL, 'suppressed', true)
                    ELSE jsonb_build_object('key', p_key, 'count', p_count, 'suppressed', false) END
      $$;

CREATE FUNCTION public.statement_case_citable(p_case_id uuid, p_initiator_organisation_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT NOT EXISTS (
    SELECT 1 FROM case_persons p
     WHERE p.case_id = p_case_id
       AND NOT consent_covers(p.id, 'PUBLICATION', ARRAY[p_initiator_organisation_id]))
$$;

CREATE FUNCTION public.statement_citation_stands(p_status text, p_case_id uuid, p_initiator_organisation_id uuid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  SELECT p_status NOT IN ('PUBLISHED', 'WITHDRAWN') OR statement_case_citable(p_case_id, p_initiator_organisation_id)
$$;

CREATE FUNCTION public.statement_translations_search_vector() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        NEW.search := search_document(NEW.title, 'A') || search_document(NEW.body, 'B');
        RETURN NEW;
      END $$;

CREATE FUNCTION public.statement_uncitable_cases(p_statement_id uuid) RETURNS TABLE(case_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  SELECT sc.case_id
    FROM statement_cases sc
    JOIN statements s ON s.id = sc.statement_id
   WHERE sc.statement_id = p_statement_id
     AND s.initiator_organisation_id = ANY(app_org_ids())
     AND NOT statement_case_citable(sc.case_id, s.initiator_organisation_id)
   ORDER BY sc.case_id
$$;

CREATE FUNCTION public.statements_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      BEGIN
        IF NEW.initiator_organisation_id <> OLD.initiator_organisation_id OR NEW.slug <> OLD.slug
           OR NEW.created_by_user_id <> OLD.created_by_user_id OR NEW.primary_language <> OLD.primary_language THEN
          RAISE EXCEPTION 'a statement keeps its initiator, slug and primary language' USING ERRCODE = '42501';
        END IF;
        IF NEW.addressees IS DISTINCT FROM OLD.addressees
           OR (NEW.signature_deadline IS DISTINCT FROM OLD.signature_deadline AND NOT (OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE'))
           OR (NEW.published_at IS DISTINCT FROM OLD.published_at AND NEW.status <> 'PUBLISHED') THEN
          IF app_user_id() IS NOT NULL THEN
            RAISE EXCEPTION 'addressees, deadline and publication date change only with their transition' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.current_version_number <> OLD.current_version_number THEN
          IF NEW.current_version_number <> OLD.current_version_number + 1 OR OLD.status NOT IN ('DRAFT', 'OPEN_FOR_SIGNATURE')
             OR NEW.status <> OLD.status THEN
            RAISE EXCEPTION 'only a draft or open statement is revised, one version at a time' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.status <> OLD.status THEN
          IF app_user_id() IS NOT NULL AND NOT (OLD.initiator_organisation_id = ANY(app_admin_org_ids())) THEN
            RAISE EXCEPTION 'only the initiator''s ADMIN changes a statement''s status' USING ERRCODE = '42501';
          END IF;
          IF NOT ((OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE')
               OR (OLD.status = 'OPEN_FOR_SIGNATURE' AND NEW.status = 'PUBLISHED')
               OR (OLD.status IN ('OPEN_FOR_SIGNATURE', 'PUBLISHED') AND NEW.status = 'WITHDRAWN')) THEN
            RAISE EXCEPTION 'no transition from % to %', OLD.status, NEW.status USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'PUBLISHED' AND NOT EXISTS (
               SELECT 1 FROM statement_signatures g JOIN statement_versions v
                   ON v.statement_id = g.statement_id AND v.number = NEW.current_version_number
                WHERE g.statement_id = NEW.id AND g.organisation_id = NEW.initiator_organisation_id
                  AND g.content_hash = v.content_hash) THEN
            RAISE EXCEPTION 'publication needs the initiator''s current signature' USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM statement_uncitable_cases(NEW.id)) THEN
            RAISE EXCEPTION 'a cited case has a person without an active PUBLICATION consent' USING ERRCODE = '42501';
          END IF;
        END IF;
        RETURN NEW;
      END $$;

CREATE FUNCTION public.subscription_lease_release(p_process uuid, p_leases uuid[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  DELETE FROM subscription_leases WHERE process_id = p_process AND (p_leases IS NULL OR id = ANY(p_leases))
$$;

CREATE FUNCTION public.subscription_lease_renew(p_process uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
  UPDATE subscription_leases SET expires_at = now() + interval '90 seconds' WHERE process_id = p_process
$$;

CREATE FUNCTION public.subscription_lease_take(p_process uuid, p_lease uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
  me uuid := app_user_id();
BEGIN
  IF me IS NULL THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('subscription_leases:' || me::text, 0));
  DELETE FROM subscription_leases WHERE user_id = me AND expires_at <= now();
  IF (SELECT count(*) FROM subscription_leases WHERE user_id = me) >= 50 THEN RETURN false; END IF;
  INSERT INTO subscription_leases (id, user_id, process_id, expires_at)
  VALUES (p_lease, me, p_process, now() + interval '90 seconds');
  RETURN true;
END $$;

CREATE UNLOGGED TABLE public.app_actor_grants (
    id bigint NOT NULL,
    backend_pid integer NOT NULL,
    xact_id xid8 NOT NULL,
    user_id uuid NOT NULL
);

ALTER TABLE ONLY public.app_actor_grants FORCE ROW LEVEL SECURITY;

ALTER TABLE public.app_actor_grants ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.app_actor_grants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.app_standby_key (
    id integer NOT NULL,
    ipad bytea NOT NULL,
    opad bytea NOT NULL,
    CONSTRAINT app_standby_key_id_check CHECK ((id = 1))
);

ALTER TABLE ONLY public.app_standby_key FORCE ROW LEVEL SECURITY;

CREATE TABLE public.audit_entries (
    seq bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_user_id uuid,
    organisation_id uuid,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);

ALTER TABLE ONLY public.audit_entries FORCE ROW LEVEL SECURITY;

CREATE TABLE public.briefing_approvals (
    briefing_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    approved boolean,
    decided_by_user_id uuid,
    decided_at timestamp(3) with time zone
);

ALTER TABLE ONLY public.briefing_approvals FORCE ROW LEVEL SECURITY;

CREATE TABLE public.briefing_case_sources (
    briefing_id uuid NOT NULL,
    case_id uuid NOT NULL,
    source jsonb NOT NULL
);

ALTER TABLE ONLY public.briefing_case_sources FORCE ROW LEVEL SECURITY;

CREATE TABLE public.briefing_cases (
    briefing_id uuid NOT NULL,
    case_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    "position" integer NOT NULL,
    content jsonb NOT NULL,
    person_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL
);

ALTER TABLE ONLY public.briefing_cases FORCE ROW LEVEL SECURITY;

CREATE TABLE public.briefing_files (
    briefing_id uuid NOT NULL,
    format text NOT NULL,
    bytes bytea NOT NULL,
    sha256 text NOT NULL,
    size_bytes integer NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.briefing_files FORCE ROW LEVEL SECURITY;

CREATE TABLE public.briefings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    author_organisation_id uuid NOT NULL,
    title text NOT NULL,
    audience text NOT NULL,
    status text DEFAULT 'DRAFT'::text NOT NULL,
    include_statistics boolean DEFAULT true NOT NULL,
    owner_organisation_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    statement_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    refused_by_organisation_id uuid,
    document jsonb,
    created_by_user_id uuid NOT NULL,
    released_at timestamp(3) with time zone,
    revoked_at timestamp(3) with time zone,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.briefings FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_counts (
    id bigint NOT NULL,
    owner_organisation_id uuid NOT NULL,
    visibility text NOT NULL,
    n bigint NOT NULL,
    key text NOT NULL
);

ALTER TABLE ONLY public.case_counts FORCE ROW LEVEL SECURITY;

ALTER TABLE public.case_counts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.case_counts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.case_events (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    case_id uuid NOT NULL,
    recorded_by_organisation_id uuid NOT NULL,
    type text NOT NULL,
    occurred_on date NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    authority text,
    city text,
    region text,
    country_code character(2),
    destination_country_code character(2),
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.case_events FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    case_id uuid NOT NULL,
    case_owner_organisation_id uuid NOT NULL,
    other_case_id uuid NOT NULL,
    other_owner_organisation_id uuid NOT NULL,
    confirmed boolean DEFAULT false NOT NULL,
    referral_id uuid,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "CHK_case_links_two_owners" CHECK ((case_owner_organisation_id <> other_owner_organisation_id))
);

ALTER TABLE ONLY public.case_links FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_person_name_tokens (
    token text NOT NULL,
    person_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL
);

ALTER TABLE ONLY public.case_person_name_tokens FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_person_private (
    person_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    full_name text NOT NULL,
    birth_year text,
    contact text,
    name_tokens text[],
    key_version integer
);

ALTER TABLE ONLY public.case_person_private FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_persons (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    case_id uuid NOT NULL,
    "position" integer NOT NULL,
    pseudonym text NOT NULL,
    role text NOT NULL,
    minor boolean DEFAULT false NOT NULL,
    citizenship character(2),
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.case_persons FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_reference_counters (
    organisation_id uuid NOT NULL,
    year integer NOT NULL,
    last integer NOT NULL
);

ALTER TABLE ONLY public.case_reference_counters FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_search (
    case_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    owner_organisation_id uuid NOT NULL,
    visibility text NOT NULL,
    terms tsvector NOT NULL
);

ALTER TABLE ONLY public.case_search FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_shares (
    case_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    access text NOT NULL,
    personal_data boolean DEFAULT false NOT NULL,
    granted_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    case_visibility text NOT NULL,
    case_keys text[] DEFAULT '{}'::text[] NOT NULL
);

ALTER TABLE ONLY public.case_shares FORCE ROW LEVEL SECURITY;

CREATE TABLE public.case_statistics_changes (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.case_statistics_changes FORCE ROW LEVEL SECURITY;

ALTER TABLE public.case_statistics_changes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.case_statistics_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.organisations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    local_name text,
    city text NOT NULL,
    country_code character(2) NOT NULL,
    website text,
    representative text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    local_names jsonb DEFAULT '{}'::jsonb NOT NULL,
    locked_at timestamp with time zone,
    locked_by_user_id uuid,
    require_totp boolean DEFAULT false NOT NULL,
    CONSTRAINT ck_organisations_local_names CHECK ((jsonb_typeof(local_names) = 'object'::text))
);

ALTER TABLE ONLY public.organisations FORCE ROW LEVEL SECURITY;

CREATE MATERIALIZED VIEW public.case_statistics_rollup AS
 SELECT 'coalition:0'::text AS key,
    public.case_statistics_agg('{}'::jsonb, true, 0) AS result
UNION ALL
 SELECT 'coalition:5'::text AS key,
    public.case_statistics_liaison('{}'::jsonb) AS result
UNION ALL
 SELECT ('org:'::text || o.id) AS key,
    public.case_statistics_agg(jsonb_build_object('ownerOrganisationId', o.id), false, 0) AS result
   FROM public.organisations o
  WITH NO DATA;

CREATE TABLE public.case_tasks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    case_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    title text NOT NULL,
    due_at timestamp with time zone NOT NULL,
    assignee_id uuid,
    status text DEFAULT 'OPEN'::text NOT NULL,
    remind_before integer[] DEFAULT '{1440,60}'::integer[] NOT NULL,
    reminded integer[] DEFAULT '{}'::integer[] NOT NULL,
    overdue_notified_at timestamp with time zone,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    completed_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT ck_case_tasks_remind CHECK ((cardinality(remind_before) <= 5)),
    CONSTRAINT ck_case_tasks_status CHECK ((status = ANY (ARRAY['OPEN'::text, 'DONE'::text, 'CANCELLED'::text]))),
    CONSTRAINT ck_case_tasks_title CHECK (((char_length(title) >= 1) AND (char_length(title) <= 200)))
);

ALTER TABLE ONLY public.case_tasks FORCE ROW LEVEL SECURITY;

CREATE TABLE public.consents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    scope text NOT NULL,
    organisation_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    purpose text NOT NULL,
    given_on date NOT NULL,
    expires_on date,
    form text NOT NULL,
    recorded_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    recorded_by_user_id uuid,
    migrated boolean DEFAULT false NOT NULL,
    withdrawn_at timestamp(3) with time zone,
    withdrawn_by_user_id uuid,
    form_evidence_id uuid,
    CONSTRAINT "CHK_consents_dates" CHECK (((expires_on IS NULL) OR (expires_on >= given_on))),
    CONSTRAINT "CHK_consents_scope" CHECK ((scope = ANY (ARRAY['SHARE_PERSONAL_DATA'::text, 'REFERRAL'::text, 'BRIEFING'::text, 'PUBLICATION'::text])))
);

ALTER TABLE ONLY public.consents FORCE ROW LEVEL SECURITY;

CREATE TABLE public.evidence_blobs (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    chunk_size integer NOT NULL,
    storage_key text NOT NULL,
    wrapped_key text,
    dedupe boolean DEFAULT false NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    key_version integer DEFAULT 1,
    person_id uuid,
    CONSTRAINT "CHK_evidence_blobs_key_holder" CHECK (((person_id IS NULL) = (key_version IS NOT NULL)))
);

ALTER TABLE ONLY public.evidence_blobs FORCE ROW LEVEL SECURITY;

CREATE TABLE public.evidence_custody (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    evidence_id uuid NOT NULL,
    at timestamp(3) with time zone DEFAULT now() NOT NULL,
    action text NOT NULL,
    organisation_id uuid,
    user_id uuid,
    sha256_matched boolean
);

ALTER TABLE ONLY public.evidence_custody FORCE ROW LEVEL SECURITY;

CREATE TABLE public.evidence_files (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    event_id uuid,
    organisation_id uuid NOT NULL,
    file_name text NOT NULL,
    media_type text NOT NULL,
    kind text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    uploaded_by_id uuid NOT NULL,
    description text,
    contains_personal_data boolean DEFAULT true NOT NULL,
    original_blob_id uuid,
    sanitized_blob_id uuid,
    sanitized_media_type text,
    thumbnail_blob_id uuid,
    verified_at timestamp(3) with time zone,
    removed_at timestamp(3) with time zone,
    removed_reason text
);

ALTER TABLE ONLY public.evidence_files FORCE ROW LEVEL SECURITY;

CREATE TABLE public.evidence_metadata (
    evidence_id uuid NOT NULL,
    captured_at timestamp(3) with time zone,
    latitude double precision,
    longitude double precision,
    embedded jsonb DEFAULT '{}'::jsonb NOT NULL
);

ALTER TABLE ONLY public.evidence_metadata FORCE ROW LEVEL SECURITY;

CREATE TABLE public.idempotency_keys (
    user_id uuid NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    response text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ck_idempotency_keys_hash CHECK ((request_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT ck_idempotency_keys_key CHECK ((key ~ '^[A-Za-z0-9_-]{8,100}$'::text))
);

ALTER TABLE ONLY public.idempotency_keys FORCE ROW LEVEL SECURITY;

CREATE TABLE public.invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    organisation_id uuid NOT NULL,
    roles text[] NOT NULL,
    token_hash text NOT NULL,
    invited_by uuid,
    expires_at timestamp with time zone NOT NULL,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.invitations FORCE ROW LEVEL SECURITY;

CREATE TABLE public.known_browsers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    browser_hash text NOT NULL,
    first_seen_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.known_browsers FORCE ROW LEVEL SECURITY;

CREATE TABLE public.login_attempts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email_hash text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.login_attempts FORCE ROW LEVEL SECURITY;

CREATE TABLE public.mail_messages (
    id uuid NOT NULL,
    message_id text NOT NULL,
    recipient text NOT NULL,
    subject text NOT NULL,
    text_body text NOT NULL,
    html_body text,
    headers jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    queued_at timestamp with time zone,
    claimed_until timestamp with time zone,
    claim_token uuid,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    sent_at timestamp with time zone,
    CONSTRAINT ck_mail_messages_headers CHECK ((jsonb_typeof(headers) = 'object'::text))
);

ALTER TABLE ONLY public.mail_messages FORCE ROW LEVEL SECURITY;

CREATE TABLE public.memberships (
    organisation_id uuid NOT NULL,
    user_id uuid NOT NULL,
    roles text[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.memberships FORCE ROW LEVEL SECURITY;

CREATE TABLE public.migrations (
    id integer NOT NULL,
    "timestamp" bigint NOT NULL,
    name character varying NOT NULL
);

CREATE SEQUENCE public.migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.migrations_id_seq OWNED BY public.migrations.id;

CREATE TABLE public.notification_preferences (
    user_id uuid NOT NULL,
    email text DEFAULT 'IMMEDIATE'::text NOT NULL,
    language text,
    calendar_token_hash text,
    calendar_token_sealed text,
    digest_sent_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ck_notification_preferences_email CHECK ((email = ANY (ARRAY['IMMEDIATE'::text, 'DAILY_DIGEST'::text, 'OFF'::text]))),
    CONSTRAINT ck_notification_preferences_language CHECK ((language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'::text)),
    CONSTRAINT ck_notification_preferences_token CHECK ((calendar_token_hash ~ '^[0-9a-f]{64}$'::text))
);

ALTER TABLE ONLY public.notification_preferences FORCE ROW LEVEL SECURITY;

CREATE TABLE public.notifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    organisation_id uuid,
    kind text NOT NULL,
    link text NOT NULL,
    params jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    read_at timestamp with time zone,
    email_state text DEFAULT 'PENDING'::text NOT NULL,
    CONSTRAINT ck_notifications_email_state CHECK ((email_state = ANY (ARRAY['PENDING'::text, 'SENT'::text, 'SKIPPED'::text]))),
    CONSTRAINT ck_notifications_kind CHECK ((kind = ANY (ARRAY['CASE_SHARED'::text, 'STATEMENT_OPEN_FOR_SIGNATURE'::text, 'SIGNATURE_OUTDATED'::text, 'STATEMENT_PUBLISHED'::text, 'BRIEFING_APPROVAL_REQUESTED'::text, 'BRIEFING_DECIDED'::text, 'BRIEFING_RELEASED'::text, 'TASK_ASSIGNED'::text, 'TASK_DUE'::text, 'TASK_OVERDUE'::text, 'INVITATION'::text, 'MEMBER_TOTP_RESET'::text, 'NEW_SIGN_IN'::text, 'REFERRAL_URGENT'::text, 'ORGANISATION_LOCKED'::text, 'ORGANISATION_UNLOCKED'::text, 'COALITION_ORGANISATION_LOCKED'::text]))),
    CONSTRAINT ck_notifications_link CHECK ((link ~ '^/[A-Za-z0-9/_-]*$'::text))
);

ALTER TABLE ONLY public.notifications FORCE ROW LEVEL SECURITY;

CREATE TABLE public.organisation_keys (
    organisation_id uuid NOT NULL,
    wrapped_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL
);

ALTER TABLE ONLY public.organisation_keys FORCE ROW LEVEL SECURITY;

CREATE TABLE public.password_reset_attempts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email_hash text NOT NULL,
    client_hash text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.password_reset_attempts FORCE ROW LEVEL SECURITY;

CREATE TABLE public.password_reset_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);

ALTER TABLE ONLY public.password_reset_tokens FORCE ROW LEVEL SECURITY;

CREATE TABLE public.person_keys (
    person_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    key_version integer NOT NULL,
    wrapped_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.person_keys FORCE ROW LEVEL SECURITY;

CREATE TABLE public.recovery_codes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    code_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    used_at timestamp with time zone
);

ALTER TABLE ONLY public.recovery_codes FORCE ROW LEVEL SECURITY;

CREATE TABLE public.referrals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    case_id uuid NOT NULL,
    person_id uuid NOT NULL,
    from_organisation_id uuid NOT NULL,
    to_organisation_id uuid NOT NULL,
    needs text[] NOT NULL,
    reason text NOT NULL,
    urgent boolean DEFAULT false NOT NULL,
    status text DEFAULT 'PENDING'::text NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    created_by_user_id uuid,
    decided_at timestamp(3) with time zone,
    outcome_note text,
    made_share boolean DEFAULT false NOT NULL,
    linked_case_id uuid,
    linked_person_id uuid,
    CONSTRAINT "CHK_referrals_route" CHECK ((from_organisation_id <> to_organisation_id)),
    CONSTRAINT "CHK_referrals_status" CHECK ((status = ANY (ARRAY['PENDING'::text, 'ACCEPTED'::text, 'DECLINED'::text, 'WITHDRAWN'::text, 'COMPLETED'::text])))
);

ALTER TABLE ONLY public.referrals FORCE ROW LEVEL SECURITY;

CREATE TABLE public.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    failed_password_checks integer DEFAULT 0 NOT NULL,
    user_agent text,
    totp_verified boolean DEFAULT false NOT NULL
);

ALTER TABLE ONLY public.sessions FORCE ROW LEVEL SECURITY;

CREATE TABLE public.sql_definitions (
    file text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.sql_definitions FORCE ROW LEVEL SECURITY;

CREATE TABLE public.statement_cases (
    statement_id uuid NOT NULL,
    case_id uuid NOT NULL
);

ALTER TABLE ONLY public.statement_cases FORCE ROW LEVEL SECURITY;

CREATE TABLE public.statement_signatures (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    statement_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    signatory_name text NOT NULL,
    signatory_title text,
    version_number integer NOT NULL,
    content_hash text NOT NULL,
    signed_by_user_id uuid NOT NULL,
    signed_at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.statement_signatures FORCE ROW LEVEL SECURITY;

CREATE TABLE public.statement_translations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    version_id uuid NOT NULL,
    language text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    addressees text[],
    search tsvector
);

ALTER TABLE ONLY public.statement_translations FORCE ROW LEVEL SECURITY;

CREATE TABLE public.statement_versions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    statement_id uuid NOT NULL,
    number integer NOT NULL,
    content_hash text NOT NULL,
    change_note text,
    created_by_user_id uuid NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ck_statement_versions_hash CHECK ((content_hash ~ '^[0-9a-f]{64}$'::text))
);

ALTER TABLE ONLY public.statement_versions FORCE ROW LEVEL SECURITY;

CREATE TABLE public.statements (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    initiator_organisation_id uuid NOT NULL,
    status text DEFAULT 'DRAFT'::text NOT NULL,
    addressees text[] DEFAULT '{}'::text[] NOT NULL,
    primary_language text NOT NULL,
    current_version_number integer DEFAULT 1 NOT NULL,
    signature_deadline timestamp(3) with time zone,
    published_at timestamp(3) with time zone,
    created_by_user_id uuid NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    updated_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ck_statements_status CHECK ((status = ANY (ARRAY['DRAFT'::text, 'OPEN_FOR_SIGNATURE'::text, 'PUBLISHED'::text, 'WITHDRAWN'::text])))
);

ALTER TABLE ONLY public.statements FORCE ROW LEVEL SECURITY;

CREATE UNLOGGED TABLE public.subscription_leases (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    process_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.subscription_leases FORCE ROW LEVEL SECURITY;

CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    locale text DEFAULT 'EN'::text NOT NULL,
    coalition_roles text[] DEFAULT '{}'::text[] NOT NULL,
    password_hash text NOT NULL,
    totp_secret text,
    totp_enabled boolean DEFAULT false NOT NULL,
    totp_last_step bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.users FORCE ROW LEVEL SECURITY;

ALTER TABLE ONLY public.migrations ALTER COLUMN id SET DEFAULT nextval('public.migrations_id_seq'::regclass);

ALTER TABLE ONLY public.login_attempts
    ADD CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY (id);

ALTER TABLE ONLY public.recovery_codes
    ADD CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY (id);

ALTER TABLE ONLY public.audit_entries
    ADD CONSTRAINT "PK_0de907d00514c64bf4c6fd7ae10" PRIMARY KEY (seq);

ALTER TABLE ONLY public.password_reset_attempts
    ADD CONSTRAINT "PK_12a98cd89eb47cb6b989fd55d74" PRIMARY KEY (id);

ALTER TABLE ONLY public.briefing_case_sources
    ADD CONSTRAINT "PK_1f28e301ea5939873da0baba3a4" PRIMARY KEY (briefing_id, case_id);

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY (id);

ALTER TABLE ONLY public.statement_translations
    ADD CONSTRAINT "PK_2840e8202d224a4ca45ffbaac22" PRIMARY KEY (id);

ALTER TABLE ONLY public.evidence_metadata
    ADD CONSTRAINT "PK_286a837f68deb50484d9afd1adb" PRIMARY KEY (evidence_id);

ALTER TABLE ONLY public.case_shares
    ADD CONSTRAINT "PK_2dd9df9e84bb78aa58e7a640c47" PRIMARY KEY (case_id, organisation_id);

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY (id);

ALTER TABLE ONLY public.briefing_files
    ADD CONSTRAINT "PK_34565d08915bca126905d12448f" PRIMARY KEY (briefing_id, format);

ALTER TABLE ONLY public.briefings
    ADD CONSTRAINT "PK_388798f424958f8c105d3b3d4b6" PRIMARY KEY (id);

ALTER TABLE ONLY public.evidence_blobs
    ADD CONSTRAINT "PK_3934852818dd96345a7f095b859" PRIMARY KEY (id);

ALTER TABLE ONLY public.briefing_cases
    ADD CONSTRAINT "PK_3c2f5b08c65707d8dfdfe151fd6" PRIMARY KEY (briefing_id, case_id);

ALTER TABLE ONLY public.evidence_custody
    ADD CONSTRAINT "PK_44ff9de6c4aa6b57a818c0e1df6" PRIMARY KEY (id);

ALTER TABLE ONLY public.statement_versions
    ADD CONSTRAINT "PK_460cefe2add0398c1d39fd682d1" PRIMARY KEY (id);

ALTER TABLE ONLY public.statement_signatures
    ADD CONSTRAINT "PK_496646cb06f1d1da6032663aa5a" PRIMARY KEY (id);

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT "PK_4aa9948db96ef67c47d2968a121" PRIMARY KEY (organisation_id, user_id);

ALTER TABLE ONLY public.case_persons
    ADD CONSTRAINT "PK_572ec0fb6700f02d579f0679028" PRIMARY KEY (id);

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY (id);

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY (id);

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "PK_7990ae0bb82ab6395f6fdbb4ca9" PRIMARY KEY (id);

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY (id);

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY (id);

ALTER TABLE ONLY public.migrations
    ADD CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY (id);

ALTER TABLE ONLY public.case_person_private
    ADD CONSTRAINT "PK_93f3e582d82f0a1427e9ca170a9" PRIMARY KEY (person_id);

ALTER TABLE ONLY public.known_browsers
    ADD CONSTRAINT "PK_945774a1ecacd3564963055cb7f" PRIMARY KEY (id);

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY (id);

ALTER TABLE ONLY public.briefing_approvals
    ADD CONSTRAINT "PK_b5272cb03d48af9aa1953562657" PRIMARY KEY (briefing_id, organisation_id);

ALTER TABLE ONLY public.organisation_keys
    ADD CONSTRAINT "PK_c36ab098d7a91827c73d2c91ff8" PRIMARY KEY (organisation_id, version);

ALTER TABLE ONLY public.case_person_name_tokens
    ADD CONSTRAINT "PK_case_person_name_tokens" PRIMARY KEY (token, person_id);

ALTER TABLE ONLY public.password_reset_tokens
    ADD CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY (id);

ALTER TABLE ONLY public.statement_cases
    ADD CONSTRAINT "PK_da9bbebbd32c145278a559aab91" PRIMARY KEY (statement_id, case_id);

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY (id);

ALTER TABLE ONLY public.case_reference_counters
    ADD CONSTRAINT "PK_f8c782e17ca1bca99e49c83624e" PRIMARY KEY (organisation_id, year);

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY (id);

ALTER TABLE ONLY public.person_keys
    ADD CONSTRAINT "PK_person_keys_person_id" PRIMARY KEY (person_id);

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT "UQ_ac5e0ad769b3d491f7cbb9e5465" UNIQUE (slug);

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT "UQ_db67ac918db3917134d0c9edbb3" UNIQUE (slug);

ALTER TABLE ONLY public.app_actor_context
    ADD CONSTRAINT app_actor_context_pkey PRIMARY KEY (backend_pid);

ALTER TABLE ONLY public.app_actor_grants
    ADD CONSTRAINT app_actor_grants_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.app_standby_key
    ADD CONSTRAINT app_standby_key_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.case_counts
    ADD CONSTRAINT case_counts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.case_search
    ADD CONSTRAINT case_search_pkey PRIMARY KEY (case_id);

ALTER TABLE ONLY public.case_statistics_changes
    ADD CONSTRAINT case_statistics_changes_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.case_tasks
    ADD CONSTRAINT pk_case_tasks PRIMARY KEY (id);

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, key);

ALTER TABLE ONLY public.mail_messages
    ADD CONSTRAINT pk_mail_messages PRIMARY KEY (id);

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT pk_notification_preferences PRIMARY KEY (user_id);

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT pk_notifications PRIMARY KEY (id);

ALTER TABLE ONLY public.sql_definitions
    ADD CONSTRAINT sql_definitions_pkey PRIMARY KEY (file);

ALTER TABLE ONLY public.subscription_leases
    ADD CONSTRAINT subscription_leases_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.mail_messages
    ADD CONSTRAINT uq_mail_messages_message_id UNIQUE (message_id);

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT uq_notification_preferences_calendar UNIQUE (calendar_token_hash);

ALTER TABLE ONLY public.statement_signatures
    ADD CONSTRAINT uq_statement_signatures_organisation UNIQUE (statement_id, organisation_id);

ALTER TABLE ONLY public.statement_translations
    ADD CONSTRAINT uq_statement_translations_language UNIQUE (version_id, language);

ALTER TABLE ONLY public.statement_versions
    ADD CONSTRAINT uq_statement_versions_number UNIQUE (statement_id, number);

CREATE UNIQUE INDEX "IDX_07713e4ae7e9ac967dbcc9b865" ON public.case_links USING btree (case_id, other_case_id);

CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON public.sessions USING btree (user_id);

CREATE INDEX "IDX_170976f1d3c128fd0a264f7cb9" ON public.referrals USING btree (from_organisation_id, status);

CREATE INDEX "IDX_1939fb48a47400bc2367d8261b" ON public.statement_signatures USING btree (organisation_id);

CREATE UNIQUE INDEX "IDX_1e2042bb06a35a3e70d6b030aa" ON public.known_browsers USING btree (user_id, browser_hash);

CREATE UNIQUE INDEX "IDX_2441a6b7cc13754f5763dcb23e" ON public.briefing_cases USING btree (briefing_id, "position");

CREATE INDEX "IDX_2844a026191b83287d14206bbf" ON public.password_reset_attempts USING btree (email_hash, at);

CREATE INDEX "IDX_28f313cb5f1f4b01580e0170cc" ON public.consents USING btree (person_id, scope);

CREATE INDEX "IDX_2cf57c541d754fd3eec13fe10c" ON public.referrals USING btree (to_organisation_id, status);

CREATE INDEX "IDX_34342cbde3df53fecf489f6e0d" ON public.evidence_custody USING btree (evidence_id, at);

CREATE INDEX "IDX_4b80bed4fcb5eace579de7daa9" ON public.case_shares USING btree (organisation_id);

CREATE INDEX "IDX_52ac39dd8a28730c63aeb428c9" ON public.password_reset_tokens USING btree (user_id);

CREATE INDEX "IDX_6f15ec5f8ae0331a2c3e523d87" ON public.referrals USING btree (linked_person_id);

CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON public.memberships USING btree (user_id);

CREATE INDEX "IDX_8686789407ffedb21cdcc3c168" ON public.case_links USING btree (other_case_id);

CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON public.invitations USING btree (token_hash);

CREATE UNIQUE INDEX "IDX_8b69fe44763846cb5ba2775e65" ON public.cases USING btree (owner_organisation_id, reference);

CREATE INDEX "IDX_8d4ddc169a6f6dd7001048ce4d" ON public.statements USING btree (initiator_organisation_id);

CREATE UNIQUE INDEX "IDX_91185d86d5d7557b19abbb2868" ON public.password_reset_tokens USING btree (token_hash);

CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON public.users USING btree (email);

CREATE UNIQUE INDEX "IDX_a7f4fb5c3905f4292b04cfaf07" ON public.case_persons USING btree (case_id, "position");

CREATE INDEX "IDX_a80ed2c43c62b937c9760c9b5b" ON public.statement_cases USING btree (case_id);

CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON public.sessions USING btree (token_hash);

CREATE INDEX "IDX_c02ba081d470c3883e299cbefc" ON public.referrals USING btree (person_id);

CREATE INDEX "IDX_c54526a26d7e8c64ae2e3a6b2e" ON public.login_attempts USING btree (email_hash, at);

CREATE INDEX "IDX_case_person_name_tokens_person" ON public.case_person_name_tokens USING btree (person_id);

CREATE UNIQUE INDEX "IDX_d07c335ded337e58c4f36f234d" ON public.recovery_codes USING btree (user_id, code_hash);

CREATE INDEX "IDX_d53b9c7b2000e843bb19ed219a" ON public.case_events USING btree (case_id, occurred_on);

CREATE INDEX "IDX_d594c06d47ca4676d0d36e5d05" ON public.evidence_files USING btree (case_id, uploaded_at);

CREATE INDEX "IDX_d59e1be05fd575c92d69ec87ff" ON public.audit_entries USING btree (organisation_id);

CREATE INDEX "IDX_db8eb6da8f383cb3443217d853" ON public.invitations USING btree (organisation_id);

CREATE INDEX "IDX_dfa6ec65a32cdf1017d0759dda" ON public.password_reset_attempts USING btree (client_hash, at);

CREATE INDEX "IDX_evidence_blobs_person" ON public.evidence_blobs USING btree (person_id);

CREATE INDEX "IDX_person_keys_organisation_version" ON public.person_keys USING btree (organisation_id, key_version);

CREATE INDEX app_actor_grants_backend ON public.app_actor_grants USING btree (backend_pid, xact_id);

CREATE INDEX ix_audit_entries_case_part ON public.audit_entries USING btree (((details ->> 'caseId'::text)), seq);

CREATE INDEX ix_audit_entries_subject ON public.audit_entries USING btree (entity_type, entity_id, seq);

CREATE INDEX ix_case_counts_key ON public.case_counts USING btree (key, owner_organisation_id, visibility) INCLUDE (n);

CREATE INDEX ix_case_search_terms ON public.case_search USING gin (terms);

CREATE INDEX ix_case_shares_count ON public.case_shares USING btree (organisation_id, case_visibility, owner_organisation_id, case_id) INCLUDE (case_keys);

CREATE INDEX ix_case_shares_owner ON public.case_shares USING btree (owner_organisation_id);

CREATE UNIQUE INDEX ix_case_statistics_rollup_key ON public.case_statistics_rollup USING btree (key);

CREATE INDEX ix_case_tasks_assignee ON public.case_tasks USING btree (assignee_id) WHERE (status = 'OPEN'::text);

CREATE INDEX ix_case_tasks_case ON public.case_tasks USING btree (case_id, due_at);

CREATE INDEX ix_case_tasks_open_due ON public.case_tasks USING btree (due_at) WHERE (status = 'OPEN'::text);

CREATE INDEX ix_cases_countries ON public.cases USING gin (countries);

CREATE INDEX ix_cases_created ON public.cases USING btree (created_at DESC, id DESC);

CREATE INDEX ix_cases_owner_created ON public.cases USING btree (owner_organisation_id, created_at DESC, id DESC);

CREATE INDEX ix_cases_search ON public.cases USING gin (search);

CREATE INDEX ix_evidence_files_blobs ON public.evidence_files USING btree (original_blob_id);

CREATE INDEX ix_mail_messages_unqueued ON public.mail_messages USING btree (created_at) WHERE (queued_at IS NULL);

CREATE INDEX ix_notifications_email_pending ON public.notifications USING btree (user_id) WHERE (email_state = 'PENDING'::text);

CREATE INDEX ix_notifications_unread ON public.notifications USING btree (user_id) WHERE (read_at IS NULL);

CREATE INDEX ix_notifications_user ON public.notifications USING btree (user_id, created_at DESC, id DESC);

CREATE INDEX ix_statement_translations_search ON public.statement_translations USING gin (search);

CREATE INDEX ix_statements_created ON public.statements USING btree (created_at DESC, id DESC);

CREATE INDEX subscription_leases_process ON public.subscription_leases USING btree (process_id);

CREATE INDEX subscription_leases_user ON public.subscription_leases USING btree (user_id, expires_at);

CREATE UNIQUE INDEX ux_evidence_blobs_dedupe ON public.evidence_blobs USING btree (organisation_id, sha256) WHERE dedupe;

CREATE TRIGGER audit_entries_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.audit_entries FOR EACH STATEMENT EXECUTE FUNCTION public.audit_is_append_only();

CREATE TRIGGER case_events_statistics_change AFTER INSERT OR DELETE OR UPDATE ON public.case_events FOR EACH STATEMENT EXECUTE FUNCTION public.case_statistics_note_change();

CREATE TRIGGER case_links_guard BEFORE UPDATE ON public.case_links FOR EACH ROW EXECUTE FUNCTION public.case_links_guard();

CREATE TRIGGER case_person_private_name_tokens_insert AFTER INSERT ON public.case_person_private REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_person_name_tokens_sync();

CREATE TRIGGER case_person_private_name_tokens_update AFTER UPDATE ON public.case_person_private REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_person_name_tokens_sync();

CREATE TRIGGER case_shares_search AFTER INSERT OR DELETE OR UPDATE OF case_id, organisation_id ON public.case_shares FOR EACH ROW EXECUTE FUNCTION public.case_search_shares_changed();

CREATE TRIGGER case_shares_visibility BEFORE INSERT OR UPDATE ON public.case_shares FOR EACH ROW EXECUTE FUNCTION public.case_shares_take_visibility();

CREATE TRIGGER cases_counts_delete AFTER DELETE ON public.cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_counts_note();

CREATE TRIGGER cases_counts_insert AFTER INSERT ON public.cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_counts_note();

CREATE TRIGGER cases_counts_truncate AFTER TRUNCATE ON public.cases FOR EACH STATEMENT EXECUTE FUNCTION public.case_counts_truncated();

CREATE TRIGGER cases_counts_update AFTER UPDATE ON public.cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_counts_note();

CREATE TRIGGER cases_guard BEFORE UPDATE ON public.cases FOR EACH ROW EXECUTE FUNCTION public.cases_guard();

CREATE TRIGGER cases_search BEFORE INSERT OR UPDATE ON public.cases FOR EACH ROW EXECUTE FUNCTION public.cases_search_vector();

CREATE TRIGGER cases_search_insert AFTER INSERT ON public.cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.case_search_insert();

CREATE TRIGGER cases_search_update AFTER UPDATE ON public.cases FOR EACH ROW WHEN (((old.search IS DISTINCT FROM new.search) OR (old.visibility IS DISTINCT FROM new.visibility) OR (old.owner_organisation_id IS DISTINCT FROM new.owner_organisation_id) OR (old.created_at IS DISTINCT FROM new.created_at))) EXECUTE FUNCTION public.case_search_update();

CREATE TRIGGER cases_share_visibility AFTER UPDATE ON public.cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.cases_copy_visibility();

CREATE TRIGGER cases_statistics_change AFTER INSERT OR DELETE OR UPDATE ON public.cases FOR EACH STATEMENT EXECUTE FUNCTION public.case_statistics_note_change();

CREATE TRIGGER consents_guard BEFORE UPDATE ON public.consents FOR EACH ROW EXECUTE FUNCTION public.consents_guard();

CREATE TRIGGER organisations_guard BEFORE UPDATE ON public.organisations FOR EACH ROW EXECUTE FUNCTION public.organisations_guard();

CREATE TRIGGER referrals_transition BEFORE UPDATE ON public.referrals FOR EACH ROW EXECUTE FUNCTION public.referrals_transition();

CREATE TRIGGER statement_translations_search BEFORE INSERT OR UPDATE ON public.statement_translations FOR EACH ROW EXECUTE FUNCTION public.statement_translations_search_vector();

CREATE TRIGGER statements_guard BEFORE UPDATE ON public.statements FOR EACH ROW EXECUTE FUNCTION public.statements_guard();

ALTER TABLE ONLY public.case_person_private
    ADD CONSTRAINT "FK_004484efa67bf11ae4808913d65" FOREIGN KEY (owner_organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.briefing_approvals
    ADD CONSTRAINT "FK_064b7c71843b5a2125c3d3307d9" FOREIGN KEY (briefing_id) REFERENCES public.briefings(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_person_private
    ADD CONSTRAINT "FK_09794d9100b2965177906639b7d" FOREIGN KEY (owner_organisation_id, key_version) REFERENCES public.organisation_keys(organisation_id, version);

ALTER TABLE ONLY public.briefings
    ADD CONSTRAINT "FK_0fdc6e5607f31aa925337269326" FOREIGN KEY (author_organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_14a61372b0d4c7bc4a6fa63c21f" FOREIGN KEY (created_by_user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "FK_15e66f9944d63fb67a0aa7506ca" FOREIGN KEY (case_owner_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT "FK_169d5e0447f1f9096c6900dfab6" FOREIGN KEY (created_by_user_id) REFERENCES public.users(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.statement_signatures
    ADD CONSTRAINT "FK_1939fb48a47400bc2367d8261bc" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.case_shares
    ADD CONSTRAINT "FK_1b2c54c364f6298c06d3398f93e" FOREIGN KEY (owner_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_blobs
    ADD CONSTRAINT "FK_1be47b69521e55642a47bad2098" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.statement_versions
    ADD CONSTRAINT "FK_1ee2d6f0c55ab74a39aebb53a1b" FOREIGN KEY (created_by_user_id) REFERENCES public.users(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT "FK_2431d359b400113a9be4ae69c46" FOREIGN KEY (recorded_by_organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_metadata
    ADD CONSTRAINT "FK_286a837f68deb50484d9afd1adb" FOREIGN KEY (evidence_id) REFERENCES public.evidence_files(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.briefing_files
    ADD CONSTRAINT "FK_31944ad126f9faf090e47f45af3" FOREIGN KEY (briefing_id) REFERENCES public.briefings(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statement_translations
    ADD CONSTRAINT "FK_320aa44503efc584c92ec813f27" FOREIGN KEY (version_id) REFERENCES public.statement_versions(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "FK_386e2258153075525e939e51bc8" FOREIGN KEY (person_id) REFERENCES public.case_persons(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_blobs
    ADD CONSTRAINT "FK_39d6f4627eaa85ca4f8ee976f1d" FOREIGN KEY (organisation_id, key_version) REFERENCES public.organisation_keys(organisation_id, version);

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "FK_3f182488ed835c3b7a660681dce" FOREIGN KEY (form_evidence_id) REFERENCES public.evidence_files(id);

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "FK_4016542da3deec6778d091f4cb1" FOREIGN KEY (referral_id) REFERENCES public.referrals(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_4830328ec7b0fd110faf4fcc843" FOREIGN KEY (event_id) REFERENCES public.case_events(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.case_shares
    ADD CONSTRAINT "FK_4b80bed4fcb5eace579de7daa96" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_shares
    ADD CONSTRAINT "FK_4e1ddadb5b6e71cbc395df961e0" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.password_reset_tokens
    ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_664453620453cce91ea48e25420" FOREIGN KEY (sanitized_blob_id) REFERENCES public.evidence_blobs(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.organisation_keys
    ADD CONSTRAINT "FK_6ece6c7e2b1593143417c1acfd5" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_6f15ec5f8ae0331a2c3e523d87d" FOREIGN KEY (linked_person_id) REFERENCES public.case_persons(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.evidence_custody
    ADD CONSTRAINT "FK_77f606dff7929aa01f52c2ce024" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "FK_7d06e536ebfb6a7b2f9716c4077" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.briefing_cases
    ADD CONSTRAINT "FK_7e51f4b8af9da64925fa2f32db2" FOREIGN KEY (briefing_id) REFERENCES public.briefings(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_8589a2be2b4a9681cb875622a5a" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "FK_8686789407ffedb21cdcc3c1682" FOREIGN KEY (other_case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.briefing_approvals
    ADD CONSTRAINT "FK_8c9676a2ca5c8fa1625ca47a9dd" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT "FK_8d4ddc169a6f6dd7001048ce4da" FOREIGN KEY (initiator_organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "FK_8ef2a69d475d99c6998c80eb6ec" FOREIGN KEY (recorded_by_user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.case_person_private
    ADD CONSTRAINT "FK_93f3e582d82f0a1427e9ca170a9" FOREIGN KEY (person_id) REFERENCES public.case_persons(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_9827ae71614cf7890a82e648e14" FOREIGN KEY (thumbnail_blob_id) REFERENCES public.evidence_blobs(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "FK_98e414cb2861127cbbe8b1f0d7c" FOREIGN KEY (withdrawn_by_user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.evidence_custody
    ADD CONSTRAINT "FK_98ed0587a8ab66250019573b6b2" FOREIGN KEY (evidence_id) REFERENCES public.evidence_files(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statement_cases
    ADD CONSTRAINT "FK_a80ed2c43c62b937c9760c9b5be" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_persons
    ADD CONSTRAINT "FK_ace8013ebc073dfc5f88122d7ef" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statement_signatures
    ADD CONSTRAINT "FK_b0b895cb8d89e0d613fd00b7d03" FOREIGN KEY (statement_id) REFERENCES public.statements(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statement_versions
    ADD CONSTRAINT "FK_bb4fbdd1bb74e086fd6ec47c888" FOREIGN KEY (statement_id) REFERENCES public.statements(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_c02ba081d470c3883e299cbefc6" FOREIGN KEY (person_id) REFERENCES public.case_persons(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_c080d233eaf68c3a6f9395b8730" FOREIGN KEY (linked_case_id) REFERENCES public.cases(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.statement_signatures
    ADD CONSTRAINT "FK_c7062e81c230da71bf596dc3185" FOREIGN KEY (signed_by_user_id) REFERENCES public.users(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.case_reference_counters
    ADD CONSTRAINT "FK_c84089cf81c7277d8aac6d0be5b" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_ca803099a723bf1e6155f10d912" FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_person_name_tokens
    ADD CONSTRAINT "FK_case_person_name_tokens_person" FOREIGN KEY (person_id) REFERENCES public.case_person_private(person_id) ON DELETE CASCADE;

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT "FK_cde75fbff15d26f5701776cba98" FOREIGN KEY (owner_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_custody
    ADD CONSTRAINT "FK_d4f54a5a98a56b160ce2d828b72" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_d7fd392dae333aa73f4e487dff7" FOREIGN KEY (from_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT "FK_dc4468c50d0c685eed546f7671a" FOREIGN KEY (owner_organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.known_browsers
    ADD CONSTRAINT "FK_e1d8bd24d5d56e53e185344174e" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT "FK_e8003f9e9c1859d91b3169746fd" FOREIGN KEY (other_owner_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.briefing_case_sources
    ADD CONSTRAINT "FK_eb2700668845618f006332879da" FOREIGN KEY (briefing_id) REFERENCES public.briefings(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.statement_cases
    ADD CONSTRAINT "FK_f2074e8f8c278efba23a811aa3c" FOREIGN KEY (statement_id) REFERENCES public.statements(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_f4c8c98612d8a539b9a648c6d2f" FOREIGN KEY (uploaded_by_id) REFERENCES public.users(id) ON DELETE RESTRICT;

ALTER TABLE ONLY public.recovery_codes
    ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.evidence_files
    ADD CONSTRAINT "FK_fbe89761961bb67acd9eacb6077" FOREIGN KEY (original_blob_id) REFERENCES public.evidence_blobs(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.referrals
    ADD CONSTRAINT "FK_fdcfb41f90f441a47156e36c937" FOREIGN KEY (to_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.person_keys
    ADD CONSTRAINT "FK_person_keys_organisation_key" FOREIGN KEY (organisation_id, key_version) REFERENCES public.organisation_keys(organisation_id, version);

ALTER TABLE ONLY public.person_keys
    ADD CONSTRAINT "FK_person_keys_person" FOREIGN KEY (person_id) REFERENCES public.case_persons(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_search
    ADD CONSTRAINT case_search_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_tasks
    ADD CONSTRAINT case_tasks_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.case_tasks
    ADD CONSTRAINT case_tasks_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.case_tasks
    ADD CONSTRAINT case_tasks_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.case_tasks
    ADD CONSTRAINT case_tasks_owner_organisation_id_fkey FOREIGN KEY (owner_organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE public.app_actor_context ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_actor_context_own ON public.app_actor_context FOR SELECT USING ((backend_pid = pg_backend_pid()));

ALTER TABLE public.app_actor_grants ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_actor_grants_owner ON public.app_actor_grants USING (true) WITH CHECK (true);

ALTER TABLE public.app_standby_key ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_standby_key_owner ON public.app_standby_key FOR SELECT USING (true);

ALTER TABLE public.audit_entries ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_read ON public.audit_entries FOR SELECT USING ((( SELECT public.app_is_coordinator() AS app_is_coordinator) OR (organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))));

ALTER TABLE public.briefing_approvals ENABLE ROW LEVEL SECURITY;

CREATE POLICY briefing_approvals_create ON public.briefing_approvals FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_approvals.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_approvals_decide ON public.briefing_approvals FOR UPDATE USING ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))) WITH CHECK (((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])) AND (decided_by_user_id = ( SELECT public.app_user_id() AS app_user_id))));

CREATE POLICY briefing_approvals_delete ON public.briefing_approvals FOR DELETE USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_approvals.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_approvals_read ON public.briefing_approvals FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE (b.id = briefing_approvals.briefing_id))));

ALTER TABLE public.briefing_case_sources ENABLE ROW LEVEL SECURITY;

CREATE POLICY briefing_case_sources_create ON public.briefing_case_sources FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_case_sources.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_case_sources_delete ON public.briefing_case_sources FOR DELETE USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_case_sources.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_case_sources_read ON public.briefing_case_sources FOR SELECT USING (((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE (b.id = briefing_case_sources.briefing_id))) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = briefing_case_sources.case_id)))));

ALTER TABLE public.briefing_cases ENABLE ROW LEVEL SECURITY;

CREATE POLICY briefing_cases_create ON public.briefing_cases FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_cases.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_cases_delete ON public.briefing_cases FOR DELETE USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_cases.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))))));

CREATE POLICY briefing_cases_read ON public.briefing_cases FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE (b.id = briefing_cases.briefing_id))));

ALTER TABLE public.briefing_files ENABLE ROW LEVEL SECURITY;

CREATE POLICY briefing_files_create ON public.briefing_files FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_files.briefing_id) AND (b.author_organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))))));

CREATE POLICY briefing_files_read ON public.briefing_files FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.briefings b
  WHERE ((b.id = briefing_files.briefing_id) AND (NOT (b.author_organisation_id = ANY (( SELECT public.organisation_locked_ids() AS organisation_locked_ids)::uuid[]))) AND (NOT (b.owner_organisation_ids && ( SELECT public.organisation_locked_ids() AS organisation_locked_ids)))))));

ALTER TABLE public.briefings ENABLE ROW LEVEL SECURITY;

CREATE POLICY briefings_create ON public.briefings FOR INSERT WITH CHECK (((author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (status = 'DRAFT'::text) AND (created_by_user_id = ( SELECT public.app_user_id() AS app_user_id))));

CREATE POLICY briefings_read ON public.briefings FOR SELECT USING (((author_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR ((status = 'AWAITING_APPROVAL'::text) AND (owner_organisation_ids && ( SELECT public.app_org_ids() AS app_org_ids))) OR ((status = 'RELEASED'::text) AND ( SELECT public.app_is_liaison() AS app_is_liaison))));

CREATE POLICY briefings_update_author ON public.briefings FOR UPDATE USING ((author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))) WITH CHECK (((author_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND ((status = ANY (ARRAY['DRAFT'::text, 'AWAITING_APPROVAL'::text])) OR (author_organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))) AND ((status <> 'RELEASED'::text) OR (NOT ((author_organisation_id = ANY (( SELECT public.organisation_locked_ids() AS organisation_locked_ids)::uuid[])) OR (owner_organisation_ids && ( SELECT public.organisation_locked_ids() AS organisation_locked_ids)))))));

ALTER TABLE public.case_counts ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_counts_owner ON public.case_counts USING (true) WITH CHECK (true);

ALTER TABLE public.case_events ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_events_create ON public.case_events FOR INSERT WITH CHECK (((recorded_by_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND public.app_can_write_case(case_id)));

CREATE POLICY case_events_read ON public.case_events FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = case_events.case_id))));

ALTER TABLE public.case_links ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_links_confirm ON public.case_links FOR UPDATE USING ((other_owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))) WITH CHECK ((other_owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

CREATE POLICY case_links_create ON public.case_links FOR INSERT WITH CHECK (((case_owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE ((c.id = case_links.case_id) AND (c.owner_organisation_id = case_links.case_owner_organisation_id)))) AND ((NOT confirmed) OR (EXISTS ( SELECT 1
   FROM public.referrals r
  WHERE ((r.id = case_links.referral_id) AND (r.status = 'ACCEPTED'::text) AND (r.linked_case_id = case_links.case_id) AND (r.case_id = case_links.other_case_id) AND (r.to_organisation_id = case_links.case_owner_organisation_id) AND (r.from_organisation_id = case_links.other_owner_organisation_id)))))));

CREATE POLICY case_links_delete ON public.case_links FOR DELETE USING (((case_owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) OR (other_owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))));

CREATE POLICY case_links_read ON public.case_links FOR SELECT USING (((case_owner_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR (other_owner_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[]))));

ALTER TABLE public.case_person_name_tokens ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_person_name_tokens_read ON public.case_person_name_tokens FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.case_person_private pp
  WHERE (pp.person_id = case_person_name_tokens.person_id))));

ALTER TABLE public.case_person_private ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_person_private_create ON public.case_person_private FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM (public.case_persons p
     JOIN public.cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = case_person_private.person_id) AND (c.owner_organisation_id = case_person_private.owner_organisation_id) AND public.app_can_write_case(c.id)))));

CREATE POLICY case_person_private_delete ON public.case_person_private FOR DELETE USING ((EXISTS ( SELECT 1
   FROM public.case_persons p
  WHERE ((p.id = case_person_private.person_id) AND public.app_can_write_case(p.case_id)))));

CREATE POLICY case_person_private_read ON public.case_person_private FOR SELECT USING ((((owner_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) AND (NOT public.app_referred_copy_withdrawn(person_id))) OR (EXISTS ( SELECT 1
   FROM (public.case_persons p
     JOIN public.case_shares s ON ((s.case_id = p.case_id)))
  WHERE ((p.id = case_person_private.person_id) AND s.personal_data AND (s.organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) AND public.consent_covers(p.id, 'SHARE_PERSONAL_DATA'::text, ARRAY[s.organisation_id])))) OR (cardinality(public.app_person_referral_orgs(person_id)) > 0)));

ALTER TABLE public.case_persons ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_persons_create ON public.case_persons FOR INSERT WITH CHECK (public.app_can_write_case(case_id));

CREATE POLICY case_persons_delete ON public.case_persons FOR DELETE USING (public.app_can_write_case(case_id));

CREATE POLICY case_persons_read ON public.case_persons FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = case_persons.case_id))));

ALTER TABLE public.case_reference_counters ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_reference_counters_own ON public.case_reference_counters USING ((organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))) WITH CHECK ((organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

ALTER TABLE public.case_search ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_search_owner ON public.case_search USING (true) WITH CHECK (true);

ALTER TABLE public.case_shares ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_shares_create ON public.case_shares FOR INSERT WITH CHECK (((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id))))));

CREATE POLICY case_shares_delete ON public.case_shares FOR DELETE USING ((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

CREATE POLICY case_shares_read ON public.case_shares FOR SELECT USING (((owner_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR (organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[]))));

CREATE POLICY case_shares_referral ON public.case_shares FOR INSERT WITH CHECK (((access = 'READ'::text) AND (organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (EXISTS ( SELECT 1
   FROM public.referrals r
  WHERE ((r.case_id = case_shares.case_id) AND (r.to_organisation_id = case_shares.organisation_id) AND (r.from_organisation_id = case_shares.owner_organisation_id) AND (r.status = 'ACCEPTED'::text))))));

CREATE POLICY case_shares_update ON public.case_shares FOR UPDATE USING (((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id)))))) WITH CHECK (((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (organisation_id <> owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE ((c.id = case_shares.case_id) AND (c.owner_organisation_id = case_shares.owner_organisation_id))))));

ALTER TABLE public.case_statistics_changes ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_statistics_changes_all ON public.case_statistics_changes USING (true) WITH CHECK (true);

ALTER TABLE public.case_tasks ENABLE ROW LEVEL SECURITY;

CREATE POLICY case_tasks_insert ON public.case_tasks FOR INSERT WITH CHECK ((public.app_can_write_case(case_id) AND (owner_organisation_id = ( SELECT c.owner_organisation_id
   FROM public.cases c
  WHERE (c.id = case_tasks.case_id)))));

CREATE POLICY case_tasks_read ON public.case_tasks FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = case_tasks.case_id))));

CREATE POLICY case_tasks_update ON public.case_tasks FOR UPDATE USING (public.app_can_write_case(case_id)) WITH CHECK (public.app_can_write_case(case_id));

ALTER TABLE public.cases ENABLE ROW LEVEL SECURITY;

CREATE POLICY cases_create ON public.cases FOR INSERT WITH CHECK ((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

CREATE POLICY cases_read ON public.cases FOR SELECT USING ((EXISTS ( SELECT
   FROM public.app_may_read_case(cases.id, cases.owner_organisation_id, cases.visibility) app_may_read_case(app_may_read_case))));

CREATE POLICY cases_update ON public.cases FOR UPDATE USING ((EXISTS ( SELECT
   FROM public.app_may_write_case(cases.id, cases.owner_organisation_id, cases.visibility) app_may_write_case(app_may_write_case)))) WITH CHECK ((EXISTS ( SELECT
   FROM public.app_may_write_case(cases.id, cases.owner_organisation_id, cases.visibility) app_may_write_case(app_may_write_case))));

ALTER TABLE public.consents ENABLE ROW LEVEL SECURITY;

CREATE POLICY consents_create ON public.consents FOR INSERT TO coalition_app WITH CHECK (((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (EXISTS ( SELECT 1
   FROM (public.case_persons p
     JOIN public.cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = consents.person_id) AND (c.owner_organisation_id = consents.owner_organisation_id))))));

CREATE POLICY consents_definer ON public.consents FOR SELECT USING ((CURRENT_USER <> 'coalition_app'::name));

CREATE POLICY consents_read ON public.consents FOR SELECT TO coalition_app USING (((owner_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR (EXISTS ( SELECT 1
   FROM public.case_person_private pp
  WHERE (pp.person_id = consents.person_id)))));

CREATE POLICY consents_withdraw ON public.consents FOR UPDATE TO coalition_app USING ((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))) WITH CHECK ((owner_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

ALTER TABLE public.evidence_blobs ENABLE ROW LEVEL SECURITY;

CREATE POLICY evidence_blobs_bind ON public.evidence_blobs FOR UPDATE USING (((organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (person_id IS NULL))) WITH CHECK (((organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (NOT dedupe) AND (wrapped_key IS NOT NULL) AND (EXISTS ( SELECT 1
   FROM public.person_keys pk
  WHERE ((pk.person_id = evidence_blobs.person_id) AND (pk.organisation_id = evidence_blobs.organisation_id))))));

CREATE POLICY evidence_blobs_create ON public.evidence_blobs FOR INSERT WITH CHECK (((organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) OR ((NOT dedupe) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE ((c.owner_organisation_id = evidence_blobs.organisation_id) AND public.app_can_write_case(c.id)))))));

CREATE POLICY evidence_blobs_read ON public.evidence_blobs FOR SELECT USING (((organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR (EXISTS ( SELECT 1
   FROM public.evidence_files e
  WHERE (((e.original_blob_id = evidence_blobs.id) AND public.app_may_read_personal_data(e.case_id)) OR (((e.sanitized_blob_id = evidence_blobs.id) OR (e.thumbnail_blob_id = evidence_blobs.id)) AND ((NOT e.contains_personal_data) OR public.app_may_read_personal_data(e.case_id))))))));

CREATE POLICY evidence_blobs_shred ON public.evidence_blobs FOR UPDATE USING ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))) WITH CHECK (((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])) AND (wrapped_key IS NULL)));

ALTER TABLE public.evidence_custody ENABLE ROW LEVEL SECURITY;

CREATE POLICY evidence_custody_create ON public.evidence_custody FOR INSERT WITH CHECK (((user_id = ( SELECT public.app_user_id() AS app_user_id)) AND (organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) AND (EXISTS ( SELECT 1
   FROM public.evidence_files e
  WHERE ((e.id = evidence_custody.evidence_id) AND ((evidence_custody.action <> ALL (ARRAY['DOWNLOADED'::text, 'SANITIZED_DOWNLOADED'::text, 'VIEWED'::text])) OR (NOT (e.organisation_id = ANY (( SELECT public.organisation_locked_ids() AS organisation_locked_ids)::uuid[])))))))));

CREATE POLICY evidence_custody_read ON public.evidence_custody FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.evidence_files e
  WHERE (e.id = evidence_custody.evidence_id))));

ALTER TABLE public.evidence_files ENABLE ROW LEVEL SECURITY;

CREATE POLICY evidence_files_create ON public.evidence_files FOR INSERT WITH CHECK (((uploaded_by_id = ( SELECT public.app_user_id() AS app_user_id)) AND public.app_can_write_case(case_id)));

CREATE POLICY evidence_files_read ON public.evidence_files FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = evidence_files.case_id))));

CREATE POLICY evidence_files_update ON public.evidence_files FOR UPDATE USING (public.app_can_write_case(case_id)) WITH CHECK (public.app_can_write_case(case_id));

ALTER TABLE public.evidence_metadata ENABLE ROW LEVEL SECURITY;

CREATE POLICY evidence_metadata_create ON public.evidence_metadata FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.evidence_files e
  WHERE ((e.id = evidence_metadata.evidence_id) AND public.app_can_write_case(e.case_id)))));

CREATE POLICY evidence_metadata_read ON public.evidence_metadata FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.evidence_files e
  WHERE ((e.id = evidence_metadata.evidence_id) AND public.app_may_read_personal_data(e.case_id)))));

ALTER TABLE public.idempotency_keys ENABLE ROW LEVEL SECURITY;

CREATE POLICY idempotency_keys_own ON public.idempotency_keys USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.invitations ENABLE ROW LEVEL SECURITY;

CREATE POLICY invitations_accept ON public.invitations FOR UPDATE USING (((token_hash = current_setting('app.invitation_token_hash'::text, true)) OR (organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))));

CREATE POLICY invitations_create ON public.invitations FOR INSERT WITH CHECK ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])));

CREATE POLICY invitations_read ON public.invitations FOR SELECT USING (((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])) OR ( SELECT public.app_is_coordinator() AS app_is_coordinator) OR (token_hash = current_setting('app.invitation_token_hash'::text, true))));

ALTER TABLE public.known_browsers ENABLE ROW LEVEL SECURITY;

CREATE POLICY known_browsers_own ON public.known_browsers USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.login_attempts ENABLE ROW LEVEL SECURITY;

CREATE POLICY login_attempts_any ON public.login_attempts USING (true) WITH CHECK (true);

ALTER TABLE public.mail_messages ENABLE ROW LEVEL SECURITY;

CREATE POLICY mail_messages_queue ON public.mail_messages FOR INSERT WITH CHECK (true);

ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;

CREATE POLICY memberships_create ON public.memberships FOR INSERT WITH CHECK (((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])) OR ((user_id = ( SELECT public.app_user_id() AS app_user_id)) AND (EXISTS ( SELECT 1
   FROM public.invitations i
  WHERE ((i.token_hash = current_setting('app.invitation_token_hash'::text, true)) AND (i.organisation_id = memberships.organisation_id) AND (i.accepted_at IS NULL) AND (i.expires_at > now())))))));

CREATE POLICY memberships_delete ON public.memberships FOR DELETE USING ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])));

CREATE POLICY memberships_read ON public.memberships FOR SELECT USING (((user_id = ( SELECT public.app_user_id() AS app_user_id)) OR (organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR ( SELECT public.app_is_coordinator() AS app_is_coordinator)));

CREATE POLICY memberships_update ON public.memberships FOR UPDATE USING ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])));

ALTER TABLE public.notification_preferences ENABLE ROW LEVEL SECURITY;

CREATE POLICY notification_preferences_own ON public.notification_preferences USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;

CREATE POLICY notifications_mark_read ON public.notifications FOR UPDATE USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

CREATE POLICY notifications_own ON public.notifications FOR SELECT USING ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.organisation_keys ENABLE ROW LEVEL SECURITY;

CREATE POLICY organisation_keys_create ON public.organisation_keys FOR INSERT WITH CHECK ((cardinality(( SELECT public.app_writer_org_ids() AS app_writer_org_ids)) > 0));

CREATE POLICY organisation_keys_read ON public.organisation_keys FOR SELECT USING ((( SELECT public.app_user_id() AS app_user_id) IS NOT NULL));

ALTER TABLE public.organisations ENABLE ROW LEVEL SECURITY;

CREATE POLICY organisations_create ON public.organisations FOR INSERT WITH CHECK (( SELECT public.app_is_coordinator() AS app_is_coordinator));

CREATE POLICY organisations_read ON public.organisations FOR SELECT USING (true);

CREATE POLICY organisations_update ON public.organisations FOR UPDATE USING ((( SELECT public.app_is_coordinator() AS app_is_coordinator) OR (id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[]))));

ALTER TABLE public.password_reset_attempts ENABLE ROW LEVEL SECURITY;

CREATE POLICY password_reset_attempts_any ON public.password_reset_attempts USING (true) WITH CHECK (true);

ALTER TABLE public.password_reset_tokens ENABLE ROW LEVEL SECURITY;

CREATE POLICY password_reset_tokens_own ON public.password_reset_tokens FOR SELECT USING ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.person_keys ENABLE ROW LEVEL SECURITY;

CREATE POLICY person_keys_create ON public.person_keys FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM (public.case_persons p
     JOIN public.cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = person_keys.person_id) AND (c.owner_organisation_id = person_keys.organisation_id) AND public.app_can_write_case(c.id)))));

CREATE POLICY person_keys_erase ON public.person_keys FOR DELETE USING ((organisation_id = ANY (( SELECT public.app_admin_org_ids() AS app_admin_org_ids)::uuid[])));

CREATE POLICY person_keys_read ON public.person_keys FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.case_person_private pp
  WHERE (pp.person_id = person_keys.person_id))));

ALTER TABLE public.recovery_codes ENABLE ROW LEVEL SECURITY;

CREATE POLICY recovery_codes_own ON public.recovery_codes USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.referrals ENABLE ROW LEVEL SECURITY;

CREATE POLICY referrals_create ON public.referrals FOR INSERT WITH CHECK (((from_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (status = 'PENDING'::text) AND (EXISTS ( SELECT 1
   FROM (public.case_persons p
     JOIN public.cases c ON ((c.id = p.case_id)))
  WHERE ((p.id = referrals.person_id) AND (c.id = referrals.case_id) AND (c.owner_organisation_id = referrals.from_organisation_id))))));

CREATE POLICY referrals_read ON public.referrals FOR SELECT USING (((from_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR (to_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[]))));

CREATE POLICY referrals_update ON public.referrals FOR UPDATE USING (((from_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) OR (to_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])))) WITH CHECK (((from_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) OR (to_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))));

ALTER TABLE public.sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY sessions_own ON public.sessions USING ((user_id = ( SELECT public.app_user_id() AS app_user_id))) WITH CHECK ((user_id = ( SELECT public.app_user_id() AS app_user_id)));

ALTER TABLE public.sql_definitions ENABLE ROW LEVEL SECURITY;

CREATE POLICY sql_definitions_owner ON public.sql_definitions USING (true) WITH CHECK (true);

ALTER TABLE public.statement_cases ENABLE ROW LEVEL SECURITY;

CREATE POLICY statement_cases_create ON public.statement_cases FOR INSERT WITH CHECK (((EXISTS ( SELECT 1
   FROM public.statements s
  WHERE ((s.id = statement_cases.statement_id) AND (s.initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (s.status = 'DRAFT'::text)))) AND (EXISTS ( SELECT 1
   FROM public.cases c
  WHERE (c.id = statement_cases.case_id)))));

CREATE POLICY statement_cases_read ON public.statement_cases FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.statements s
  WHERE (s.id = statement_cases.statement_id))));

ALTER TABLE public.statement_signatures ENABLE ROW LEVEL SECURITY;

CREATE POLICY statement_signatures_create ON public.statement_signatures FOR INSERT WITH CHECK (((organisation_id = ANY (( SELECT public.app_signer_org_ids() AS app_signer_org_ids)::uuid[])) AND (signed_by_user_id = ( SELECT public.app_user_id() AS app_user_id)) AND (EXISTS ( SELECT 1
   FROM (public.statements s
     JOIN public.statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE'::text) AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now()))))) AND (EXISTS ( SELECT 1
   FROM (public.statements s
     JOIN public.statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (v.content_hash = statement_signatures.content_hash) AND (v.number = statement_signatures.version_number))))));

CREATE POLICY statement_signatures_delete ON public.statement_signatures FOR DELETE USING (((organisation_id = ANY (( SELECT public.app_signer_org_ids() AS app_signer_org_ids)::uuid[])) AND (EXISTS ( SELECT 1
   FROM (public.statements s
     JOIN public.statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE'::text) AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now())))))));

CREATE POLICY statement_signatures_read ON public.statement_signatures FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.statements s
  WHERE (s.id = statement_signatures.statement_id))));

CREATE POLICY statement_signatures_update ON public.statement_signatures FOR UPDATE USING ((organisation_id = ANY (( SELECT public.app_signer_org_ids() AS app_signer_org_ids)::uuid[]))) WITH CHECK (((organisation_id = ANY (( SELECT public.app_signer_org_ids() AS app_signer_org_ids)::uuid[])) AND (signed_by_user_id = ( SELECT public.app_user_id() AS app_user_id)) AND (EXISTS ( SELECT 1
   FROM (public.statements s
     JOIN public.statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (s.status = 'OPEN_FOR_SIGNATURE'::text) AND ((s.signature_deadline IS NULL) OR (s.signature_deadline > now()))))) AND (EXISTS ( SELECT 1
   FROM (public.statements s
     JOIN public.statement_versions v ON (((v.statement_id = s.id) AND (v.number = s.current_version_number))))
  WHERE ((s.id = statement_signatures.statement_id) AND (v.content_hash = statement_signatures.content_hash) AND (v.number = statement_signatures.version_number))))));

ALTER TABLE public.statement_translations ENABLE ROW LEVEL SECURITY;

CREATE POLICY statement_translations_create ON public.statement_translations FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM (public.statement_versions v
     JOIN public.statements s ON ((s.id = v.statement_id)))
  WHERE ((v.id = statement_translations.version_id) AND (v.xmin = (pg_current_xact_id())::xid) AND (s.initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (s.status = ANY (ARRAY['DRAFT'::text, 'OPEN_FOR_SIGNATURE'::text]))))));

CREATE POLICY statement_translations_read ON public.statement_translations FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.statement_versions v
  WHERE (v.id = statement_translations.version_id))));

ALTER TABLE public.statement_versions ENABLE ROW LEVEL SECURITY;

CREATE POLICY statement_versions_create ON public.statement_versions FOR INSERT WITH CHECK (((created_by_user_id = ( SELECT public.app_user_id() AS app_user_id)) AND (EXISTS ( SELECT 1
   FROM public.statements s
  WHERE ((s.id = statement_versions.statement_id) AND (s.initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (s.status = ANY (ARRAY['DRAFT'::text, 'OPEN_FOR_SIGNATURE'::text])))))));

CREATE POLICY statement_versions_read ON public.statement_versions FOR SELECT USING ((EXISTS ( SELECT 1
   FROM public.statements s
  WHERE (s.id = statement_versions.statement_id))));

ALTER TABLE public.statements ENABLE ROW LEVEL SECURITY;

CREATE POLICY statements_create ON public.statements FOR INSERT WITH CHECK (((initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])) AND (status = 'DRAFT'::text) AND (current_version_number = 1) AND (created_by_user_id = ( SELECT public.app_user_id() AS app_user_id))));

CREATE POLICY statements_read ON public.statements FOR SELECT USING (((status = 'PUBLISHED'::text) OR (initiator_organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])) OR ((status <> 'DRAFT'::text) AND (cardinality(( SELECT public.app_org_ids() AS app_org_ids)) > 0))));

CREATE POLICY statements_update ON public.statements FOR UPDATE USING ((initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[]))) WITH CHECK ((initiator_organisation_id = ANY (( SELECT public.app_writer_org_ids() AS app_writer_org_ids)::uuid[])));

ALTER TABLE public.subscription_leases ENABLE ROW LEVEL SECURITY;

CREATE POLICY subscription_leases_owner ON public.subscription_leases USING (true) WITH CHECK (true);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_create ON public.users FOR INSERT WITH CHECK ((EXISTS ( SELECT 1
   FROM public.invitations i
  WHERE ((i.token_hash = current_setting('app.invitation_token_hash'::text, true)) AND (i.email = users.email) AND (i.accepted_at IS NULL) AND (i.expires_at > now())))));

CREATE POLICY users_read ON public.users FOR SELECT USING (((id = ( SELECT public.app_user_id() AS app_user_id)) OR ( SELECT public.app_is_coordinator() AS app_is_coordinator) OR (EXISTS ( SELECT 1
   FROM public.memberships m
  WHERE ((m.user_id = users.id) AND (m.organisation_id = ANY (( SELECT public.app_org_ids() AS app_org_ids)::uuid[])))))));

CREATE POLICY users_update ON public.users FOR UPDATE USING ((id = ( SELECT public.app_user_id() AS app_user_id)));

GRANT USAGE ON SCHEMA public TO coalition_app;

REVOKE ALL ON FUNCTION public.app_act_as(p_user_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_act_as_granted() FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_act_as_granted() TO coalition_app;

REVOKE ALL ON FUNCTION public.app_act_as_nobody() FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_act_as_nobody() TO coalition_app;

GRANT SELECT ON TABLE public.app_actor_context TO coalition_app;

REVOKE ALL ON FUNCTION public.app_actor_row(p_user_id uuid, p_xact_id xid8) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_authenticate(p_token_hash text, p_idle_seconds integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_authenticate(p_token_hash text, p_idle_seconds integer) TO coalition_app;

REVOKE ALL ON FUNCTION public.app_grant_actor(p_backend_pid integer, p_xact_id xid8, p_user_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_identity(p_user_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_login_lookup(p_email text) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_password_reset_consume(p_token_hash text, p_password_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_password_reset_consume(p_token_hash text, p_password_hash text) TO coalition_app;

REVOKE ALL ON FUNCTION public.app_password_reset_issue(p_email text, p_token_hash text, p_minutes integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_password_reset_issue(p_email text, p_token_hash text, p_minutes integer) TO coalition_app;

REVOKE ALL ON FUNCTION public.app_referred_copy_withdrawn(p_person_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_referred_copy_withdrawn(p_person_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.app_reset_member_totp(p_organisation_id uuid, p_user_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_reset_member_totp(p_organisation_id uuid, p_user_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.app_sessions_touch(p_ids uuid[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_set_actor(p_user_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_standby_actor() FROM PUBLIC;
GRANT ALL ON FUNCTION public.app_standby_actor() TO coalition_app;

REVOKE ALL ON FUNCTION public.app_standby_mac(p_payload text) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.app_standby_seal(p_user_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.audit_append(p_seq bigint, p_at timestamp with time zone, p_actor_user_id uuid, p_organisation_id uuid, p_action text, p_entity_type text, p_entity_id text, p_details jsonb, p_prev_hash text, p_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.audit_append(p_seq bigint, p_at timestamp with time zone, p_actor_user_id uuid, p_organisation_id uuid, p_action text, p_entity_type text, p_entity_id text, p_details jsonb, p_prev_hash text, p_hash text) TO coalition_app;

REVOKE ALL ON FUNCTION public.audit_head() FROM PUBLIC;
GRANT ALL ON FUNCTION public.audit_head() TO coalition_app;

REVOKE ALL ON FUNCTION public.briefing_case_contents(p_briefing_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.briefing_case_contents(p_briefing_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.briefing_case_lapsed_consents(p_briefing_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.briefing_case_lapsed_consents(p_briefing_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.briefing_redaction_subjects(p_case_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.briefing_redaction_subjects(p_case_ids uuid[]) TO coalition_app;

REVOKE ALL ON FUNCTION public.briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.calendar_feed_known(p_token_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.calendar_feed_known(p_token_hash text) TO coalition_app;

REVOKE ALL ON FUNCTION public.calendar_feed_locked(p_token_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.calendar_feed_locked(p_token_hash text) TO coalition_app;

REVOKE ALL ON FUNCTION public.calendar_feed_tasks(p_token_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.calendar_feed_tasks(p_token_hash text) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_counts_compact() FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_counts_compact() TO coalition_app;

REVOKE ALL ON FUNCTION public.case_counts_rebuild() FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_history(p_case_ids uuid[], p_before bigint, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_history(p_case_ids uuid[], p_before bigint, p_limit integer) TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.cases TO coalition_app;

REVOKE ALL ON FUNCTION public.case_person_in_released_briefing(p_person_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_person_in_released_briefing(p_person_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_readable_count_of(p_keys text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_readable_count_of(p_keys text[]) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_readers(p_case_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_readers(p_case_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_search_access() FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_search_matches(p_query text, p_filter jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_search_matches(p_query text, p_filter jsonb) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_search_ranked(p_query text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_search_ranked(p_query text) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_search_rebuild() FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_statistics_coalition(p_filter jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_statistics_coalition(p_filter jsonb) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_statistics_from_rollup(p_filter jsonb, p_scope text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_statistics_from_rollup(p_filter jsonb, p_scope text) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_statistics_liaison(p_filter jsonb) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_statistics_refresh() FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_statistics_refresh() TO coalition_app;

REVOKE ALL ON FUNCTION public.case_task_assignable(p_case_id uuid, p_user_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_task_assignable(p_case_id uuid, p_user_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.case_task_recipients(p_task_id uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.case_tasks_remind(p_now timestamp with time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION public.consent_covers(p_person_id uuid, p_scope text, p_org_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.consent_covers(p_person_id uuid, p_scope text, p_org_ids uuid[]) TO coalition_app;

REVOKE ALL ON FUNCTION public.notify_account(p_kind text, p_ref uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.notify_account(p_kind text, p_ref uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.notify_case_task(p_task_id uuid, p_kind text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.notify_case_task(p_task_id uuid, p_kind text) TO coalition_app;

REVOKE ALL ON FUNCTION public.notify_organisation_members(p_kind text, p_organisation_ids uuid[], p_roles text[], p_link text, p_params jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION public.notify_organisation_members(p_kind text, p_organisation_ids uuid[], p_roles text[], p_link text, p_params jsonb) TO coalition_app;

REVOKE ALL ON FUNCTION public.organisation_set_security(p_organisation_id uuid, p_action text, p_session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.organisation_set_security(p_organisation_id uuid, p_action text, p_session_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.referral_statistics() FROM PUBLIC;
GRANT ALL ON FUNCTION public.referral_statistics() TO coalition_app;

REVOKE ALL ON FUNCTION public.statement_case_citable(p_case_id uuid, p_initiator_organisation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.statement_case_citable(p_case_id uuid, p_initiator_organisation_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.statement_uncitable_cases(p_statement_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.statement_uncitable_cases(p_statement_id uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.subscription_lease_release(p_process uuid, p_leases uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.subscription_lease_release(p_process uuid, p_leases uuid[]) TO coalition_app;

REVOKE ALL ON FUNCTION public.subscription_lease_renew(p_process uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.subscription_lease_renew(p_process uuid) TO coalition_app;

REVOKE ALL ON FUNCTION public.subscription_lease_take(p_process uuid, p_lease uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.subscription_lease_take(p_process uuid, p_lease uuid) TO coalition_app;

GRANT SELECT ON TABLE public.audit_entries TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.briefing_approvals TO coalition_app;

GRANT SELECT,INSERT,DELETE ON TABLE public.briefing_case_sources TO coalition_app;

GRANT INSERT,DELETE ON TABLE public.briefing_cases TO coalition_app;

GRANT SELECT(briefing_id) ON TABLE public.briefing_cases TO coalition_app;

GRANT SELECT(case_id) ON TABLE public.briefing_cases TO coalition_app;

GRANT SELECT(owner_organisation_id) ON TABLE public.briefing_cases TO coalition_app;

GRANT SELECT("position") ON TABLE public.briefing_cases TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.briefing_files TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.briefings TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.case_events TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.case_links TO coalition_app;

GRANT SELECT ON TABLE public.case_person_name_tokens TO coalition_app;

GRANT SELECT,INSERT,DELETE ON TABLE public.case_person_private TO coalition_app;

GRANT SELECT,INSERT,DELETE ON TABLE public.case_persons TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.case_reference_counters TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.case_shares TO coalition_app;

GRANT INSERT ON TABLE public.case_statistics_changes TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.organisations TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.case_tasks TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.consents TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.evidence_blobs TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.evidence_custody TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.evidence_files TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.evidence_metadata TO coalition_app;

GRANT SELECT,INSERT,DELETE ON TABLE public.idempotency_keys TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.invitations TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.known_browsers TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.login_attempts TO coalition_app;

GRANT INSERT ON TABLE public.mail_messages TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.memberships TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.notification_preferences TO coalition_app;

GRANT SELECT ON TABLE public.notifications TO coalition_app;

GRANT UPDATE(read_at) ON TABLE public.notifications TO coalition_app;

GRANT SELECT ON TABLE public.organisation_keys TO coalition_app;

GRANT INSERT(organisation_id) ON TABLE public.organisation_keys TO coalition_app;

GRANT INSERT(wrapped_key) ON TABLE public.organisation_keys TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.password_reset_attempts TO coalition_app;

GRANT SELECT ON TABLE public.password_reset_tokens TO coalition_app;

GRANT SELECT,INSERT,DELETE ON TABLE public.person_keys TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.recovery_codes TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.referrals TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.sessions TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.statement_cases TO coalition_app;

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.statement_signatures TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.statement_translations TO coalition_app;

GRANT SELECT,INSERT ON TABLE public.statement_versions TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.statements TO coalition_app;

GRANT SELECT,INSERT,UPDATE ON TABLE public.users TO coalition_app;
