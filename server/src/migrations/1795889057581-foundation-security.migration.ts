import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security for the foundation tables. Requests run as the
 * application role (`coalition_app`, configurable by DB_APP_ROLE) with the
 * actor in transaction-local settings; these policies decide what each row
 * shows to that actor, independently of the services.
 *
 * Settings (all set by app_authenticate / app_act_as, comma-separated uuids):
 *   app.user_id, app.org_ids, app.admin_org_ids, app.writer_org_ids,
 *   app.signer_org_ids, app.coalition_roles
 */
export class FoundationSecurity1795889057581 implements MigrationInterface {
  name = 'FoundationSecurity1795889057581';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
        CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    // The server connects as the owner and switches with SET LOCAL ROLE.
    await q.query(`DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT %I TO %I', '${role}', current_user);
      END IF;
    END $$`);

    await q.query(`
      CREATE FUNCTION app_setting_ids(name text) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_to_array(nullif(current_setting(name, true), ''), ',')::uuid[], '{}')
      $$`);
    await q.query(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT app_setting_ids('app.org_ids') $$`);
    await q.query(`CREATE FUNCTION app_admin_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT app_setting_ids('app.admin_org_ids') $$`);
    await q.query(`CREATE FUNCTION app_writer_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT app_setting_ids('app.writer_org_ids') $$`);
    await q.query(`CREATE FUNCTION app_signer_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT app_setting_ids('app.signer_org_ids') $$`);
    await q.query(`CREATE FUNCTION app_has_coalition_role(r text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT r = ANY(string_to_array(nullif(current_setting('app.coalition_roles', true), ''), ',')) IS TRUE $$`);
    await q.query(`CREATE FUNCTION app_is_coordinator() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_has_coalition_role('COORDINATOR') $$`);
    await q.query(`CREATE FUNCTION app_is_liaison() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_has_coalition_role('LIAISON') $$`);

    // Acting as a user: its memberships become the settings. SECURITY DEFINER
    // because the settings must be known before policies can admit any row.
    await q.query(`
      CREATE FUNCTION app_act_as(p_user_id uuid)
      RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        u users%ROWTYPE;
      BEGIN
        SELECT * INTO u FROM users WHERE id = p_user_id;
        IF NOT FOUND THEN RETURN; END IF;
        PERFORM set_config('app.user_id', u.id::text, true);
        PERFORM set_config('app.coalition_roles', array_to_string(u.coalition_roles, ','), true);
        PERFORM set_config('app.org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id), ''), true);
        PERFORM set_config('app.admin_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN']), ''), true);
        PERFORM set_config('app.writer_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN','CASEWORKER']), ''), true);
        PERFORM set_config('app.signer_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN','SIGNATORY']), ''), true);
        RETURN QUERY SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
          coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                      FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb);
      END $$`);

    // A live session (not revoked, not idle, not past its absolute expiry) becomes the actor.
    await q.query(`
      CREATE FUNCTION app_authenticate(p_token_hash text, p_idle_seconds int)
      RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        s sessions%ROWTYPE;
      BEGIN
        IF p_token_hash IS NULL THEN RETURN; END IF;
        SELECT * INTO s FROM sessions
         WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
           AND last_seen_at > now() - make_interval(secs => p_idle_seconds);
        IF NOT FOUND THEN RETURN; END IF;
        -- Touch at most every 30 s: the idle clock needs no finer grain.
        UPDATE sessions SET last_seen_at = now() WHERE id = s.id AND last_seen_at < now() - interval '30 seconds';
        RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships FROM app_act_as(s.user_id) a;
      END $$`);

    // Sign-in must read one account before anyone is signed in; nothing else is exposed.
    await q.query(`
      CREATE FUNCTION app_login_lookup(p_email text)
      RETURNS TABLE (id uuid, password_hash text, totp_enabled boolean, totp_secret text, totp_last_step bigint)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id, password_hash, totp_enabled, totp_secret, totp_last_step FROM users WHERE email = lower(p_email)
      $$`);

    // The audit head under a transaction-scoped lock: appends are serialised.
    await q.query(`
      CREATE FUNCTION audit_head() RETURNS TABLE (seq bigint, hash text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(727001);
        RETURN QUERY SELECT a.seq, a.hash FROM audit_entries a ORDER BY a.seq DESC LIMIT 1;
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only()`);

    for (const fn of ['app_act_as(uuid)', 'app_authenticate(text, int)', 'app_login_lookup(text)', 'audit_head()']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${role}`);
    }

    const tables = ['organisations', 'users', 'memberships', 'invitations', 'sessions', 'login_attempts', 'audit_entries'];
    for (const table of tables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    // Organisations are public facts (they sign public statements).
    await q.query(`GRANT SELECT, INSERT, UPDATE ON organisations TO ${role}`);
    await q.query(`CREATE POLICY organisations_read ON organisations FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY organisations_create ON organisations FOR INSERT WITH CHECK (app_is_coordinator())`);
    await q.query(`CREATE POLICY organisations_update ON organisations FOR UPDATE
      USING (app_is_coordinator() OR id = ANY(app_admin_org_ids()))`);

    // Users: oneself, co-members of one's organisations, the coordinator; an
    // invitation being accepted may create its account.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON users TO ${role}`);
    await q.query(`CREATE POLICY users_read ON users FOR SELECT USING (
      id = app_user_id() OR app_is_coordinator()
      OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.organisation_id = ANY(app_org_ids())))`);
    await q.query(`CREATE POLICY users_create ON users FOR INSERT WITH CHECK (
      EXISTS (SELECT 1 FROM invitations i WHERE i.token_hash = current_setting('app.invitation_token_hash', true)
               AND i.email = users.email AND i.accepted_at IS NULL AND i.expires_at > now()))`);
    await q.query(`CREATE POLICY users_update ON users FOR UPDATE USING (id = app_user_id())`);

    // Memberships: one's own, those of one's organisations, all for the coordinator.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO ${role}`);
    await q.query(`CREATE POLICY memberships_read ON memberships FOR SELECT USING (
      user_id = app_user_id() OR organisation_id = ANY(app_org_ids()) OR app_is_coordinator())`);
    await q.query(`CREATE POLICY memberships_create ON memberships FOR INSERT WITH CHECK (
      organisation_id = ANY(app_admin_org_ids())
      OR (user_id = app_user_id() AND EXISTS (SELECT 1 FROM invitations i
            WHERE i.token_hash = current_setting('app.invitation_token_hash', true)
              AND i.organisation_id = memberships.organisation_id AND i.accepted_at IS NULL AND i.expires_at > now())))`);
    await q.query(`CREATE POLICY memberships_update ON memberships FOR UPDATE USING (organisation_id = ANY(app_admin_org_ids()))`);
    await q.query(`CREATE POLICY memberships_delete ON memberships FOR DELETE USING (organisation_id = ANY(app_admin_org_ids()))`);

    // Invitations: the organisation's admins and the coordinator; the holder of the token.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON invitations TO ${role}`);
    await q.query(`CREATE POLICY invitations_read ON invitations FOR SELECT USING (
      organisation_id = ANY(app_admin_org_ids()) OR app_is_coordinator()
      OR token_hash = current_setting('app.invitation_token_hash', true))`);
    await q.query(`CREATE POLICY invitations_create ON invitations FOR INSERT WITH CHECK (organisation_id = ANY(app_admin_org_ids()))`);
    await q.query(`CREATE POLICY invitations_accept ON invitations FOR UPDATE USING (
      token_hash = current_setting('app.invitation_token_hash', true) OR organisation_id = ANY(app_admin_org_ids()))`);

    // Sessions: only one's own.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON sessions TO ${role}`);
    await q.query(`CREATE POLICY sessions_own ON sessions FOR ALL USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);

    // Failed sign-ins are recorded and counted before anyone is signed in; they hold only an email hash.
    await q.query(`GRANT SELECT, INSERT ON login_attempts TO ${role}`);
    await q.query(`CREATE POLICY login_attempts_any ON login_attempts FOR ALL USING (true) WITH CHECK (true)`);

    // Audit: the coordinator reads all, an ADMIN their organisation's; anyone appends; nobody changes.
    await q.query(`GRANT SELECT, INSERT ON audit_entries TO ${role}`);
    await q.query(`CREATE POLICY audit_read ON audit_entries FOR SELECT USING (
      app_is_coordinator() OR organisation_id = ANY(app_admin_org_ids()))`);
    await q.query(`CREATE POLICY audit_append ON audit_entries FOR INSERT WITH CHECK (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = ['organisations', 'users', 'memberships', 'invitations', 'sessions', 'login_attempts', 'audit_entries'];
    for (const table of tables) {
      const policies = (await q.query(`SELECT policyname FROM pg_policies WHERE tablename = $1`, [table])) as { policyname: string }[];
      for (const p of policies) await q.query(`DROP POLICY ${p.policyname} ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM ${appRole()}`);
    }
    await q.query(`DROP TRIGGER audit_entries_append_only ON audit_entries`);
    await q.query(`DROP FUNCTION audit_is_append_only()`);
    await q.query(`DROP FUNCTION audit_head()`);
    await q.query(`DROP FUNCTION app_login_lookup(text)`);
    await q.query(`DROP FUNCTION app_authenticate(text, int)`);
    await q.query(`DROP FUNCTION app_act_as(uuid)`);
    for (const fn of ['app_is_liaison', 'app_is_coordinator']) await q.query(`DROP FUNCTION ${fn}()`);
    await q.query(`DROP FUNCTION app_has_coalition_role(text)`);
    for (const fn of ['app_signer_org_ids', 'app_writer_org_ids', 'app_admin_org_ids', 'app_org_ids', 'app_user_id']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION app_setting_ids(text)`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${appRole()}`);
  }
}

/** The application role's name; migrations and the server read the same variable. */
export function appRole(): string {
  const role = process.env.DB_APP_ROLE ?? 'coalition_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error('DB_APP_ROLE must be a plain lowercase role name');
  return role;
}
