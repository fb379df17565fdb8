import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application role no longer chooses whom it acts as (docs/SECURITY.md, "The database decides who
 * acts"). `app_act_as` and `app_login_lookup` are the owner's alone; sign-in and an accepted invitation
 * act as their user through a grant the owner writes for one backend's one transaction
 * (`app_grant_actor`), which that transaction alone may take (`app_act_as_granted`). A row lives for the
 * milliseconds between the two calls; the next grant of the backend removes stale ones. No grant to
 * the application role: it reads and writes nothing here but through those functions.
 *
 * `subscription_leases`: the live subscriptions of every server process, one row each, so the cap per
 * user holds whatever the number of processes. A process renews its rows while it runs and deletes
 * them when a subscription ends; those of a process that died expire. The application role touches
 * them only through `subscription_lease_*` (server/src/db/sql/functions), acting as the subscriber.
 */
export class ActorGrants1795900600000 implements MigrationInterface {
  name = 'ActorGrants1795900600000';

  async up(q: QueryRunner): Promise<void> {
    // No unique key on the backend: a transaction that spent a grant holds its row deleted until it
    // ends, and a second grant to it (an invitation acts as its new user twice) must not wait for that.
    await q.query(`CREATE UNLOGGED TABLE app_actor_grants (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      backend_pid int NOT NULL,
      xact_id xid8 NOT NULL,
      user_id uuid NOT NULL)`);
    await q.query(`CREATE INDEX app_actor_grants_backend ON app_actor_grants (backend_pid, xact_id)`);
    await q.query(`CREATE UNLOGGED TABLE subscription_leases (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL,
      process_id uuid NOT NULL,
      expires_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX subscription_leases_user ON subscription_leases (user_id, expires_at)`);
    await q.query(`CREATE INDEX subscription_leases_process ON subscription_leases (process_id)`);
    for (const table of ['app_actor_grants', 'subscription_leases']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subscription_leases`);
    await q.query(`DROP TABLE app_actor_grants`);
  }
}
