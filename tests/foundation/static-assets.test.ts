import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';

const SCRIPT = `export const page = ${JSON.stringify('x'.repeat(4000))};\n`;
const PAGE = '<!doctype html><html><head><title>Coalition</title></head><body><div id="root"></div></body></html>';

/** The built client as the server sends it: precompressed by content negotiation, cached by name. */
describe('static client assets', () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dist, name), text);
      fs.writeFileSync(path.join(dist, `${name}.gz`), zlib.gzipSync(text));
      fs.writeFileSync(path.join(dist, `${name}.br`), zlib.brotliCompressSync(text));
    };
    write('assets/page-AbCd1234.js', SCRIPT);
    write('index.html', PAGE);
    write('sw.js', 'self.addEventListener("fetch", () => {});');
    fs.writeFileSync(path.join(dist, 'assets/plain-AbCd1234.css'), 'body{}');
    app = await startTestApp({ CLIENT_DIST: dist });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) => fetch(`${app.url}${url}`, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });

  it('sends Brotli when the browser takes it, gzip otherwise, identity when neither', async () => {
    // fetch decodes the body itself, so the header and the decoded text together show what was sent.
    const br = await get('/assets/page-AbCd1234.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^(?:text|application)\/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await br.text()).toBe(SCRIPT);
    const gzip = await get('/assets/page-AbCd1234.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(SCRIPT);
    const refused = await get('/assets/page-AbCd1234.js', 'br;q=0, gzip;q=0');
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(SCRIPT);
    const identity = await get('/assets/page-AbCd1234.js', 'identity');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Number(identity.headers.get('content-length'))).toBe(Buffer.byteLength(SCRIPT));
  });

  it('caches hashed assets for a year, immutable; the page and the service worker never without asking again', async () => {
    expect((await get('/assets/page-AbCd1234.js', 'br')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/plain-AbCd1234.css', 'br')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/dashboard', '/cases/123', '/sw.js']) {
      const response = await get(url, 'br, gzip');
      expect({ url, status: response.status, cache: response.headers.get('cache-control') }).toEqual({ url, status: 200, cache: 'no-cache' });
    }
    const page = await get('/cases/123', 'br');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe(PAGE);
  });

  it('never serves the compressed copies, hidden files or anything outside the build by their own names', async () => {
    for (const url of ['/assets/page-AbCd1234.js.br', '/assets/page-AbCd1234.js.gz', '/assets/..%2f..%2fetc%2fpasswd', '/.env']) {
      const response = await get(url, 'br');
      // Unknown paths fall to the page (the client routes them), never to a file's bytes.
      expect({ url, type: response.headers.get('content-type')?.split(';')[0] }).toEqual({ url, type: 'text/html' });
    }
  });
});
