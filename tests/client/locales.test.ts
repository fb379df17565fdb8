import fs from 'node:fs';
import path from 'node:path';

// Every feature keeps its strings in client/src/locales/<lang>/<namespace>.json. A key present in English
// but missing in Russian would show the raw key (fallbackLng is off), so the two must match exactly.
const LOCALES = path.resolve(__dirname, '../../client/src/locales');
const LANGUAGES = ['en', 'ru'] as const;

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
    for (const lang of LANGUAGES.slice(1)) {
      const other = leaves(readNamespace(lang, file));
      // Plural forms differ by language (English one/other, Russian one/few/many/other): compare their base keys.
      const englishBases = new Set(english.keys.map(pluralBase));
      const otherBases = new Set(other.keys.map(pluralBase));
      const missing = [...englishBases].filter((k) => !otherBases.has(k));
      const extra = [...otherBases].filter((k) => !englishBases.has(k));
      expect({ lang, missing, extra, empty: other.empty }).toEqual({ lang, missing: [], extra: [], empty: [] });
    }
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
    const forms: Record<(typeof LANGUAGES)[number], string[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] };
    for (const lang of LANGUAGES) {
      for (const file of namespaces(lang)) {
        const keys = leaves(readNamespace(lang, file)).keys;
        const bases = new Set(keys.filter((k) => PLURAL.test(k)).map(pluralBase));
        for (const base of bases) {
          const missing = forms[lang].filter((form) => !keys.includes(`${base}_${form}`));
          expect({ lang, file, base, missing }).toEqual({ lang, file, base, missing: [] });
        }
      }
    }
  });
});
