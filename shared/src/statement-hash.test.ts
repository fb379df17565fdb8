import crypto from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, sha256HexOfString } from './sha256';
import { canonicalStatementRows, statementContentHash } from './statement-hash';
import { statementSlug } from './statement.schema';

// Node's OpenSSL binding is the independent implementation the shared SHA-256 is checked against.
const nodeSha256 = (bytes: Uint8Array | string) => crypto.createHash('sha256').update(bytes).digest('hex');

/** The contract README's definition, written out again with Node's crypto. */
function referenceHash(translations: { language: string; title: string; body: string }[]): string {
  const clean = (s: string) => s.split('\r\n').join('\n').normalize('NFC');
  const rows = translations.map((t) => [clean(t.language), clean(t.title), clean(t.body)]);
  rows.sort((a, b) => (a[0] === b[0] ? 0 : a[0] < b[0] ? -1 : 1));
  return nodeSha256(Buffer.from(JSON.stringify(rows), 'utf8'));
}

describe('sha256', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256HexOfString('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexOfString('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexOfString('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256HexOfString('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on any bytes, across every padding boundary', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = crypto.randomBytes(n);
      expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => sha256Hex(bytes) === nodeSha256(bytes)), { numRuns: 300 });
  });
});

describe('statement content hash', () => {
  // Vectors computed outside this code base: `printf '%s' '<json>' | sha256sum` and Python's hashlib.
  it('turns CRLF into LF before hashing', () => {
    const hash = statementContentHash([
      { language: 'EN', title: 'Appeal', body: 'Line one\r\nLine two' },
      { language: 'RU', title: 'Обращение', body: 'Строка' },
    ]);
    expect(hash).toBe('cf3d015d92a531fa4962ad693bcc75552d2ae97d30fd1c0c05035704882e95c6');
    expect(statementContentHash([
      { language: 'EN', title: 'Appeal', body: 'Line one\nLine two' },
      { language: 'RU', title: 'Обращение', body: 'Строка' },
    ])).toBe(hash);
  });

  it('normalises to NFC and sorts by language code whatever the input order', () => {
    const expected = '702c0735810930c9383abca637cbd1f7da1f04ee8c82a2cda4405cdd1f6acaba';
    const decomposedReversed = [
      { language: 'RU', title: '\u0418\u0306', body: 'x' },
      { language: 'EN', title: 'Cafe\u0301', body: 'a\r\nb' },
    ];
    expect(statementContentHash(decomposedReversed)).toBe(expected);
    expect(statementContentHash([
      { language: 'EN', title: 'Café', body: 'a\nb' },
      { language: 'RU', title: 'Й', body: 'x' },
    ])).toBe(expected);
    expect(canonicalStatementRows(decomposedReversed)).toEqual([['EN', 'Café', 'a\nb'], ['RU', 'Й', 'x']]);
    expect(statementContentHash([])).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');
  });

  it('differs when any character differs, and is lowercase hex', () => {
    const a = statementContentHash([{ language: 'EN', title: 'T', body: 'B' }]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(statementContentHash([{ language: 'EN', title: 'T', body: 'B ' }])).not.toBe(a);
    expect(statementContentHash([{ language: 'RU', title: 'T', body: 'B' }])).not.toBe(a);
  });

  it('binds [language, title, body] only: a translation\'s addressees (not in the contract\'s rows) leave it as it is', () => {
    const plain = statementContentHash([{ language: 'RU', title: 'T', body: 'B' }]);
    const named = [{ language: 'RU', title: 'T', body: 'B', addressees: ['Руководству Республики Таджикистан'] }];
    expect(statementContentHash(named)).toBe(plain);
    expect(canonicalStatementRows(named)).toEqual([['RU', 'T', 'B']]);
  });

  it('agrees with an independent implementation on any text in any script', () => {
    const languages = ['EN', 'RU', 'TG', 'KA', 'FR', 'UZ'];
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('Душанбе\r\nҳуқуқ', 'თბილისი', 'e\u0301\r\n\r\n', '"quotes" \\ back\tslash', 'ё ё'),
    );
    const translations = fc
      .uniqueArray(fc.constantFrom(...languages), { minLength: 1, maxLength: 6 })
      .chain((langs) => fc.tuple(...langs.map((language) => fc.record({ language: fc.constant(language), title: text, body: text }))));
    fc.assert(fc.property(translations, (ts) => statementContentHash(ts) === referenceHash(ts)), { numRuns: 300 });
  });
});

describe('statement slugs', () => {
  it('are readable Latin for titles in any of the languages', () => {
    expect(statementSlug('Appeal by Human Rights Defenders, 2013!')).toBe('appeal-by-human-rights-defenders-2013');
    expect(statementSlug('Обращение правозащитников')).toBe('obrashchenie-pravozashchitnikov');
    expect(statementSlug('Ҳуқуқи муҳоҷирон')).toBe('huquqi-muhojiron');
    expect(statementSlug('თბილისი')).toBe('tbilisi');
    expect(statementSlug('!!!')).toBe('statement');
    expect(statementSlug('word '.repeat(40)).length).toBeLessThanOrEqual(60);
  });
});
