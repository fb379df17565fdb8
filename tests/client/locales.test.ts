import fs from 'node:fs';
import path from 'node:path';

// Every feature keeps its strings in client/src/locales/<lang>/<namespace>.json. A key present in English
// but missing in another language would show the raw key (fallbackLng is off), so all must match exactly.
const LOCALES = path.resolve(__dirname, '../../client/src/locales');
const LANGUAGES = ['en', 'ru', 'tg', 'ka', 'fr'] as const;

/*
 * A value that reads the same in English and another language is an untranslated string, unless it is a
 * name, a code or a symbol every language writes alike. Keep this list short and name each key.
 */
const SAME_AS_ENGLISH: ReadonlyArray<{ key: string; langs?: readonly string[] }> = [
  { key: 'briefings.json:files.sha256' }, // the algorithm's name
  { key: 'statements.json:detail.pdf' },
  { key: 'statements.json:diff.insertedEnd' }, // a bracket
  { key: 'statements.json:diff.deletedEnd' },
];
// Words French writes exactly as English does; the brand is one of them.
const SAME_IN_FRENCH = new Set(['Coalition', 'Organisation', 'Organisations', 'Incident']);

function leafValues(tree: Tree, prefix = ''): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of leafValues(value as Tree, at)) values.set(k, v);
    else values.set(at, value);
  }
  return values;
}

/** Letters of a value without its {{placeholders}}, markup and punctuation: what a reader would see. */
const words = (value: string) => value.replace(/\{\{[^}]*\}\}/g, '').replace(/[^\p{L}]+/gu, '');

type Tree = { [key: string]: Tree | string | number | boolean | null | unknown[] };

function readNamespace(lang: string, file: string): Tree {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, lang, file), 'utf8')) as Tree;
}

/** Dotted paths of every leaf, and the paths whose value is not a non-empty string. */
function leaves(tree: Tree, prefix = ''): { keys: string[]; empty: string[] } {
  const keys: string[] = [];
  const empty: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const inner = leaves(value as Tree, at);
      keys.push(...inner.keys);
      empty.push(...inner.empty);
    } else {
      keys.push(at);
      if (typeof value !== 'string' || value.trim() === '') empty.push(at);
    }
  }
  return { keys: keys.sort(), empty };
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '');

const namespaces = (lang: string) =>
  fs
    .readdirSync(path.join(LOCALES, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();

const SOURCE = path.resolve(__dirname, '../../client/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** True when the namespace has the key, as a plain string or as plural forms. */
function hasKey(tree: Tree, key: string): boolean {
  let node: unknown = tree;
  const parts = key.split('.');
  for (const [i, part] of parts.entries()) {
    if (node === null || typeof node !== 'object') return false;
    const branch = node as Record<string, unknown>;
    if (i === parts.length - 1)
      return part in branch || Object.keys(branch).some((k) => k.startsWith(`${part}_`) && PLURAL.test(k));
    node = branch[part];
  }
  return false;
}

describe('translations', () => {
  it('has the same namespace files in every language', () => {
    for (const lang of LANGUAGES.slice(1)) expect(namespaces(lang)).toEqual(namespaces('en'));
  });

  it.each(namespaces('en'))('%s: every language has exactly the English keys, none empty', (file) => {
    const english = leaves(readNamespace('en', file));
    expect(english.empty).toEqual([]);
    const problems: string[] = [];
    for (const lang of LANGUAGES.slice(1)) {
      const file_ = path.join(LOCALES, lang, file);
      if (!fs.existsSync(file_)) {
        problems.push(`${lang}/${file}: the whole file is missing`);
        continue;
      }
      const other = leaves(readNamespace(lang, file));
      // Plural forms differ by language (English one/other, Russian one/few/many/other): compare their base keys.
      const englishBases = new Set(english.keys.map(pluralBase));
      const otherBases = new Set(other.keys.map(pluralBase));
      for (const k of englishBases) if (!otherBases.has(k)) problems.push(`${lang}/${file}: missing ${k}`);
      for (const k of otherBases) if (!englishBases.has(k)) problems.push(`${lang}/${file}: not in English ${k}`);
      for (const k of other.empty) problems.push(`${lang}/${file}: empty ${k}`);
    }
    // One line per key, so whoever merges new English strings sees exactly what to translate.
    expect(problems).toEqual([]);
  });

  it.each(namespaces('en'))('%s: no English value left in another language', (file) => {
    const english = leafValues(readNamespace('en', file));
    const untranslated: string[] = [];
    for (const lang of LANGUAGES.slice(1)) {
      if (lang === 'en' || !fs.existsSync(path.join(LOCALES, lang, file))) continue;
      for (const [key, value] of leafValues(readNamespace(lang, file))) {
        const source = english.get(key) ?? english.get(`${pluralBase(key)}_other`);
        if (typeof value !== 'string' || typeof source !== 'string' || words(source) === '') continue;
        const allowed =
          SAME_AS_ENGLISH.some((a) => a.key === `${file}:${pluralBase(key)}` && (!a.langs || a.langs.includes(lang))) ||
          (lang === 'fr' && SAME_IN_FRENCH.has(value.trim()));
        if (value.trim() === source.trim() && !allowed) untranslated.push(`${lang}/${file}: ${key} = ${JSON.stringify(value)}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('has, in English, every literal key the client asks for', () => {
    // A key missing from the namespace is shown raw (e.g. "filters.from"). Keys built at run time
    // (`category.${c}`) are not checked here; files can use several namespaces, so a key may be in any of them.
    const missing: string[] = [];
    for (const file of sourceFiles(SOURCE)) {
      const code = fs.readFileSync(file, 'utf8');
      const declared = [
        ...[...code.matchAll(/useTranslation\(\s*\[?\s*'([\w-]+)'/g)].map((m) => m[1]!),
        ...[...code.matchAll(/TFunction<\s*'([\w-]+)'/g)].map((m) => m[1]!),
      ];
      const namespaces = declared.length > 0 ? declared : ['common'];
      for (const match of code.matchAll(/\bt\(\s*'([^'$`]+)'/g)) {
        const [explicit, key] = match[1]!.includes(':') ? match[1]!.split(':', 2) : [null, match[1]!];
        const candidates = explicit ? [explicit] : namespaces;
        const found = candidates.some(
          (ns) => fs.existsSync(path.join(LOCALES, 'en', `${ns}.json`)) && hasKey(readNamespace('en', `${ns}.json`), key!),
        );
        if (!found) missing.push(`${path.relative(SOURCE, file)}: ${candidates.join('|')}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every plural form each language needs', () => {
    // i18next picks the form by Intl.PluralRules: English one/other; Russian one/few/many (other for fractions).
    // The forms are the ones Intl.PluralRules gives (French has "many" for millions: "1 000 000 de cas").
    for (const lang of LANGUAGES) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const file of namespaces(lang)) {
        const keys = leaves(readNamespace(lang, file)).keys;
        const bases = new Set(keys.filter((k) => PLURAL.test(k)).map(pluralBase));
        for (const base of bases) {
          const missing = forms.filter((form) => !keys.includes(`${base}_${form}`));
          expect({ lang, file, base, missing }).toEqual({ lang, file, base, missing: [] });
        }
      }
    }
  });
});
