import crypto from 'node:crypto';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { loadConfig } from '../../core/config/config';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { hashPassword } from '../../modules/auth';
import { CliError, EXIT, parseArgs, required, single, type CliCommand, type CliIo } from './cli-args';
import { withOperatorDatabase } from './operator-database';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply pending migrations and SQL definitions',
  usage: `coalition migrate

Applies the migrations and the SQL definitions (functions, policies, triggers, views) to DATABASE_URL's
database (as its owner) or to the embedded one in DATA_DIR (server stopped), then exits. The server does the
same at start; run this before starting new servers after an upgrade, so that they start at once.`,
  async run(argv: string[], io: CliIo) {
    parseArgs(argv, {});
    const config = loadConfig(io.env);
    const applied = await withOperatorDatabase(config, async (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
    io.out(applied.length === 0 ? 'The database is up to date.' : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}.`);
    return EXIT.OK;
  },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const createCoordinatorCommand: CliCommand = {
  name: 'create-coordinator',
  summary: 'create the coalition coordinator account (or make an account coordinator)',
  usage: `coalition create-coordinator --email EMAIL [--name NAME]

Creates an account with the COORDINATOR role and prints its one-time password (change it at once, and set up
TOTP), or gives the role to the existing account of EMAIL. Audited.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['email', 'name'] });
    const email = required(args, 'email').trim().toLowerCase();
    if (!EMAIL.test(email)) throw new CliError(`${email} is not an email address`, EXIT.USAGE);
    const name = single(args, 'name') ?? 'Coalition coordinator';
    const config = loadConfig(io.env);
    const password = crypto.randomBytes(18).toString('base64url');
    const created = await withOperatorDatabase(config, (dataSource) =>
      inPooledTransaction(dataSource, async (db) => {
        const existing = await db.selectFrom('users').select(['id', 'coalition_roles']).where('email', '=', email).forUpdate().executeTakeFirst();
        let userId: string;
        if (existing) {
          userId = existing.id;
          if (existing.coalition_roles.includes('COORDINATOR')) return { userId, fresh: false, changed: false };
          await db
            .updateTable('users')
            .set({ coalition_roles: sql<string[]>`array_append(coalition_roles, 'COORDINATOR')` })
            .where('id', '=', userId)
            .execute();
        } else {
          userId = crypto.randomUUID();
          await db
            .insertInto('users')
            .values({ id: userId, email, display_name: name, password_hash: await hashPassword(password), coalition_roles: ['COORDINATOR'] })
            .execute();
        }
        await appendAudit(db, null, { action: 'operator.create_coordinator', entityType: 'User', entityId: userId, details: { existingAccount: Boolean(existing) } });
        return { userId, fresh: !existing, changed: true };
      }),
    );
    if (!created.changed) io.out(`${email} is already a coordinator.`);
    else if (created.fresh) io.out(`Created coordinator ${email}. One-time password: ${password}\nSign in, change it and set up TOTP now.`);
    else io.out(`${email} is now a coordinator.`);
    return EXIT.OK;
  },
};
