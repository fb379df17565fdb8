import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 'v1';

/**
 * AES-256-GCM with additional authenticated data. A ciphertext is bound to
 * its AAD (e.g. table, row id and column), so it cannot be moved to another
 * row or column without failing to decrypt.
 * Format: v1.<iv b64url>.<tag b64url>.<ciphertext b64url>
 */
export function seal(key: Buffer, plaintext: Buffer | string, aad: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
}

export const openString = (key: Buffer, sealed: string, aad: string): string => open(key, sealed, aad).toString('utf8');

/** Where the master key comes from: the environment, a file given by the operator (a secret), or DATA_DIR. */
export interface MasterKeySource {
  /** COALITION_MASTER_KEY: base64 of 32 bytes. */
  value?: string;
  /** COALITION_MASTER_KEY_FILE: a file holding that base64 (a Docker or compose secret). */
  file?: string;
  dataDir: string;
}

function decodeMasterKey(text: string, from: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${from} does not hold a 32-byte base64 key`);
  return key;
}

/** The file the master key is generated into when neither COALITION_MASTER_KEY nor a key file is given. */
export const dataDirMasterKeyFile = (dataDir: string): string => path.join(dataDir, 'master.key');

/**
 * The master key wraps every organisation's data key and the TOTP secrets.
 * From COALITION_MASTER_KEY, from COALITION_MASTER_KEY_FILE (so that ordinary
 * compose commands need no exported secret), or generated once into
 * DATA_DIR/master.key (mode 0600) so that an embedded installation needs no configuration.
 */
export function loadMasterKey(source: MasterKeySource): { key: Buffer; generated: boolean } {
  if (source.value) return { key: decodeMasterKey(source.value, 'COALITION_MASTER_KEY'), generated: false };
  if (source.file) {
    if (!fs.existsSync(source.file)) throw new Error(`COALITION_MASTER_KEY_FILE ${source.file} does not exist`);
    return { key: decodeMasterKey(fs.readFileSync(source.file, 'utf8'), source.file), generated: false };
  }
  const file = dataDirMasterKeyFile(source.dataDir);
  if (fs.existsSync(file)) return { key: decodeMasterKey(fs.readFileSync(file, 'utf8'), file), generated: false };
  fs.mkdirSync(source.dataDir, { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return { key, generated: true };
}

/** Lowercase hex sha256, for storing tokens we must recognise but never reveal. */
export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value, 'utf8').digest('hex');
}

/** An opaque random token of 256 bits, URL-safe. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
