import fs from 'node:fs';
import path from 'node:path';

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

function decodeWord(value: string): string {
  return value.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function part(eml: string, type: string): string {
  const marker = `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
  const start = eml.indexOf(marker);
  if (start < 0) return '';
  const body = eml.slice(start + marker.length, eml.indexOf('\r\n--', start + marker.length));
  return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** The .eml files a server wrote to DATA_DIR/outbox/, parsed enough for tests: headers and the two parts. */
export function readOutbox(dataDir: string): OutboxMail[] {
  const dir = path.join(dataDir, 'outbox');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const eml = fs.readFileSync(path.join(dir, file), 'utf8');
      const header = (name: string) => decodeWord(new RegExp(`^${name}: (.*)$`, 'm').exec(eml)?.[1] ?? '');
      return { file, to: header('To'), subject: header('Subject'), text: part(eml, 'text/plain'), html: part(eml, 'text/html') };
    });
}
