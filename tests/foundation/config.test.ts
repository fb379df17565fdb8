import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../server/src/core/config/config';

const ROOT = path.resolve(__dirname, '../..');

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration', () => {
  it('has a default for everything: an empty environment boots the embedded database on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 4000,
      NODE_ENV: 'production',
      embedded: true,
      SEED_DEMO: false,
      COOKIE_SECURE: 'auto',
    });
    expect(config.dataDir).toBe(path.resolve('./.data'));
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', SEED_DEMO: '1', PORT: '' }).embedded).toBe(false);
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DB_POOL_SIZE', '0'],
    ['DB_IDLE_TIMEOUT_MS', '5'],
    ['DB_APP_ROLE', 'Robert"; DROP TABLE users'],
    ['SEED_DEMO', 'yes'],
    ['DEMO_PASSWORD', 'short'],
    ['COALITION_MASTER_KEY', Buffer.alloc(16).toString('base64')],
    ['COOKIE_SECURE', 'sometimes'],
    ['TRUST_PROXY', 'maybe'],
    ['BODY_LIMIT', 'lots'],
    ['MAX_QUERY_COMPLEXITY', '10'],
    ['LOG_LEVEL', 'verbose'],
    ['BACKUP_RECIPIENT', 'ssh-ed25519 AAAA'],
    ['BACKUP_SCHEDULE', 'every night'],
    ['BACKUP_KEEP', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    const message = refusal({ [name]: value });
    expect(message).toMatch(new RegExp(`^invalid configuration:\\n  ${name}: `));
  });

  it('names every bad variable at once', () => {
    const message = refusal({ PORT: '-1', LOG_LEVEL: 'loud', COOKIE_SECURE: 'x' });
    for (const name of ['PORT', 'LOG_LEVEL', 'COOKIE_SECURE']) expect(message).toContain(`  ${name}: `);
  });

  it('refuses a master key given twice, and a backup schedule with nobody to encrypt to', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(refusal({ COALITION_MASTER_KEY: key, COALITION_MASTER_KEY_FILE: '/run/secrets/key' })).toContain('COALITION_MASTER_KEY_FILE: set either it or');
    expect(refusal({ BACKUP_SCHEDULE: '0 3 * * *' })).toContain('BACKUP_SCHEDULE: scheduled backups are encrypted to BACKUP_RECIPIENT');
    const config = loadConfig({ BACKUP_SCHEDULE: '0 3 * * *', BACKUP_RECIPIENT: 'age1abc, age1def', DATA_DIR: '/srv/coalition' });
    expect(config.BACKUP_RECIPIENT).toEqual(['age1abc', 'age1def']);
    expect(config.backupDir).toBe('/srv/coalition/backups');
  });

  it('takes DATABASE_URL\'s password from DATABASE_PASSWORD_FILE', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-config-')), 'db_password');
    fs.writeFileSync(file, 'p@ss/word\n');
    const config = loadConfig({ DATABASE_URL: 'postgres://coalition@db:5432/coalition', DATABASE_PASSWORD_FILE: file });
    expect(new URL(config.DATABASE_URL!).password).toBe(encodeURIComponent('p@ss/word'));
    expect(refusal({ DATABASE_URL: 'postgres://coalition:x@db/c', DATABASE_PASSWORD_FILE: file })).toContain('holds a password already');
    expect(refusal({ DATABASE_URL: 'postgres://coalition@db/c', DATABASE_PASSWORD_FILE: `${file}.missing` })).toContain('cannot read');
  });

  it('prepares the hot statements unless turned off, also behind DATABASE_POOLER_URL, and refuses a pooler URL with a login', () => {
    const direct = 'postgres://coalition@db:5432/coalition';
    const pooler = 'postgres://pgbouncer:6432/coalition';
    expect(loadConfig({ DATABASE_URL: direct }).DB_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ DATABASE_URL: direct, DB_PREPARED_STATEMENTS: 'false' }).DB_PREPARED_STATEMENTS).toBe(false);
    // Each transaction reads what its server session has prepared (SessionClient): tests/scale/pgbouncer.test.ts.
    expect(loadConfig({ DATABASE_URL: direct, DATABASE_POOLER_URL: pooler }).DB_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ DATABASE_URL: direct, DATABASE_POOLER_URL: pooler, DB_PREPARED_STATEMENTS: 'false' }).DB_PREPARED_STATEMENTS).toBe(false);
    // The embedded database: one socket connection at a time, so on unless turned off.
    expect(loadConfig({}).DB_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: 'false' }).DB_PREPARED_STATEMENTS).toBe(false);
    expect(refusal({ DATABASE_POOLER_URL: pooler })).toContain('DATABASE_POOLER_URL: only with DATABASE_URL');
    expect(refusal({ DATABASE_URL: direct, DATABASE_POOLER_URL: 'postgres://coalition:secret@pgbouncer:6432/coalition' })).toContain('DATABASE_POOLER_URL: give no user or password');
    expect(refusal({ DATABASE_URL: direct, DATABASE_POOLER_URL: 'mysql://pgbouncer/coalition' })).toMatch(/^invalid configuration:\n {2}DATABASE_POOLER_URL: /);
  });

  it('.env.example lists every variable the server reads, and no other', () => {
    const text = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const listed = [...text.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('README.md has a row for every variable', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`| \`${name}\` |`);
  });
});
