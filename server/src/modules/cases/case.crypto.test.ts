import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMasterKey, open, seal } from '../../core/crypto/secret-box';
import { personAad, unwrapDataKey } from './case.crypto';

describe('keys for personal data at rest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generates the embedded master key once into DATA_DIR with mode 0600, then reuses it', () => {
    const dataDir = path.join(dir, 'data');
    const first = loadMasterKey({ dataDir });
    expect(first.generated).toBe(true);
    expect(first.key).toHaveLength(32);
    const file = path.join(dataDir, 'master.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadMasterKey({ dataDir });
    expect(second.generated).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('prefers the configured key and never writes a file for it', () => {
    const dataDir = path.join(dir, 'configured');
    const configured = crypto.randomBytes(32);
    const loaded = loadMasterKey({ value: configured.toString('base64'), dataDir });
    expect(loaded.key.equals(configured)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'master.key'))).toBe(false);
  });

  it('reads COALITION_MASTER_KEY_FILE (a compose secret) and writes nothing to DATA_DIR', () => {
    const dataDir = path.join(dir, 'from-file');
    const secret = path.join(dir, 'master-key.secret');
    const configured = crypto.randomBytes(32);
    fs.writeFileSync(secret, `${configured.toString('base64')}\n`);
    expect(loadMasterKey({ file: secret, dataDir }).key.equals(configured)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'master.key'))).toBe(false);
    expect(() => loadMasterKey({ file: path.join(dir, 'missing.secret'), dataDir })).toThrow(/does not exist/);
  });

  it('refuses a master key file that is not 32 bytes', () => {
    const dataDir = path.join(dir, 'short');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'master.key'), crypto.randomBytes(16).toString('base64'));
    expect(() => loadMasterKey({ dataDir })).toThrow(/32-byte/);
  });

  it('binds ciphertext to its row and column: another row, column or key does not open it', () => {
    const key = crypto.randomBytes(32);
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const sealed = seal(key, 'Farhod Nazarov', personAad(a, 'full_name'));
    expect(open(key, sealed, personAad(a, 'full_name')).toString('utf8')).toBe('Farhod Nazarov');
    expect(() => open(key, sealed, personAad(b, 'full_name'))).toThrow();
    expect(() => open(key, sealed, personAad(a, 'contact'))).toThrow();
    expect(() => open(crypto.randomBytes(32), sealed, personAad(a, 'full_name'))).toThrow();
    // Two seals of the same text differ (random nonce), so equal names cannot be spotted in a dump.
    expect(seal(key, 'Farhod Nazarov', personAad(a, 'full_name'))).not.toBe(sealed);
  });

  it('wraps each organisation\'s data key under the master key, bound to that organisation', () => {
    const master = crypto.randomBytes(32);
    const dataKey = crypto.randomBytes(32);
    const org = crypto.randomUUID();
    const wrapped = seal(master, dataKey, `organisation_keys:${org}:wrapped_key`);
    expect(unwrapDataKey(master, org, wrapped).equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(master, crypto.randomUUID(), wrapped)).toThrow();
    expect(() => unwrapDataKey(crypto.randomBytes(32), org, wrapped)).toThrow();
  });
});
