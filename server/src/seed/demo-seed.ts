import crypto from 'node:crypto';
import type { AppDeps } from '../core/config/app-deps';
import { sql } from 'kysely';
import { appendAudit } from '../core/audit/audit-writer';
import { inPooledTransaction, withPooledSql } from '../core/db/session-kysely';
import type { AppModule } from '../core/http/app-module';
import { hashPassword } from '../modules/auth';
import type { DemoDirectory } from '../core/seed/demo-directory';
import { COORDINATOR_EMAIL, DEMO_ORGANISATIONS, DEMO_ROLE_ACCOUNTS, demoEmail, LIAISON_EMAIL } from './demo-organisations';

/** True when the database holds no organisation yet: the demo is seeded once. */
export async function isEmpty(deps: AppDeps): Promise<boolean> {
  const { count } = await withPooledSql(deps.dataSource, (db) =>
    db.selectFrom('organisations').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  );
  return count === 0;
}

/**
 * Seeds the demo coalition: the eight organisations with their accounts in
 * one transaction, then each module's part (cases, statements, briefings)
 * through its own services, so the demo obeys the same rules as real use.
 */
export async function seedDemo(deps: AppDeps, modules: AppModule[]): Promise<DemoDirectory> {
  const { log } = deps;
  const started = Date.now();
  log.info('seeding the demo coalition: organisations and accounts');
  // All demo accounts share the documented demo password, so one hash serves.
  const passwordHash = await hashPassword(deps.config.DEMO_PASSWORD);
  const demo: DemoDirectory = { organisations: {}, users: {}, refs: {} };
  await inPooledTransaction(deps.dataSource, async (db) => {
    for (const org of DEMO_ORGANISATIONS) {
      const id = crypto.randomUUID();
      await db
        .insertInto('organisations')
        .values({
          id,
          slug: org.slug,
          name: org.name,
          local_name: org.localName,
          local_names: JSON.stringify(org.names),
          city: org.city,
          country_code: org.countryCode,
          website: org.website,
          representative: org.representative,
        })
        .execute();
      demo.organisations[org.slug] = id;
      for (const account of DEMO_ROLE_ACCOUNTS) {
        const userId = crypto.randomUUID();
        const email = demoEmail(account.prefix, org.slug);
        await db.insertInto('users').values({ id: userId, email, display_name: `${account.label}, ${org.name}`, password_hash: passwordHash }).execute();
        await db.insertInto('memberships').values({ organisation_id: id, user_id: userId, roles: [...account.roles] }).execute();
        demo.users[email] = userId;
      }
    }
    for (const [email, name, role] of [
      [COORDINATOR_EMAIL, 'Coalition coordinator', 'COORDINATOR'],
      [LIAISON_EMAIL, 'Diplomatic liaison', 'LIAISON'],
    ] as const) {
      const userId = crypto.randomUUID();
      await db.insertInto('users').values({ id: userId, email, display_name: name, password_hash: passwordHash, coalition_roles: [role] }).execute();
      demo.users[email] = userId;
    }
    await appendAudit(db, null, {
      action: 'demo.seed',
      entityType: 'Coalition',
      details: { organisations: DEMO_ORGANISATIONS.length, accounts: Object.keys(demo.users).length },
    });
  });
  for (const module of modules) {
    if (!module.seedDemo) continue;
    log.info({ module: module.name }, 'seeding the demo coalition');
    await module.seedDemo(deps, demo);
  }
  log.info({ ms: Date.now() - started }, 'demo coalition seeded');
  return demo;
}
