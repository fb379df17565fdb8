// Replacing the names of a case's persons by their pseudonyms before a text
// leaves the owning circle (briefings and their files). Framework-free so the
// client can preview exactly what the server will hand out.

/** One person as redaction needs them: the name to hide and what to write instead. */
export interface RedactionSubject {
  fullName: string;
  pseudonym: string;
}

/** Names are never matched inside a longer word: no letter or digit may touch them. */
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** The minimum number of letters a single name word needs to be redacted on its own (contract README). */
export const MIN_REDACTED_WORD_LETTERS = 3;

// Russian and Tajik names decline ("Назаров" → "Назарова", "Назарову",
// "Назаровым"); the same endings turn up in transliterations ("Nazarova").
// A stem of 4+ letters followed by one of these endings is redacted too:
// redacting a few words too many is harmless, leaving a declined name is not.
const CYRILLIC_ENDINGS = [
  'ого', 'ему', 'ому', 'ыми', 'ими', 'ами', 'ями',
  'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'ым', 'им', 'ов', 'ев', 'ых', 'их', 'ах', 'ях', 'ам', 'ям', 'ую', 'юю', 'ая', 'яя',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь',
];
const LATIN_ENDINGS = ['oy', 'om', 'ym', 'oi', 'ov', 'ev', 'a', 'u', 'e', 'y', 'i', 'o'];
const DECLINED_STEM_LETTERS = 4;
const CYRILLIC_FINAL_VOWEL = /[аяеиоуыьйю]$/iu;
const LATIN_FINAL_VOWEL = /[aeiouy]$/iu;

const letterCount = (word: string): number => (word.match(/\p{L}/gu) ?? []).length;
const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a name: split at spaces, and hyphenated parts ("Abdul-Rahim") counted on their own as well. */
export function nameWords(fullName: string): string[] {
  const words = new Set<string>();
  for (const word of fullName.normalize('NFC').split(/[\s\u00A0]+/u)) {
    const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (letterCount(trimmed) >= MIN_REDACTED_WORD_LETTERS) words.add(trimmed);
    for (const part of trimmed.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (letterCount(part) >= MIN_REDACTED_WORD_LETTERS) words.add(part);
    }
  }
  return [...words];
}

/** The pattern of one name word, with the declined forms of its stem. */
function wordPattern(word: string): string {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  const latin = /^[\p{Script=Latin}\p{M}'’-]+$/u.test(word);
  if ((!cyrillic && !latin) || letterCount(word) < DECLINED_STEM_LETTERS) return escape(word);
  const finalVowel = cyrillic ? CYRILLIC_FINAL_VOWEL : LATIN_FINAL_VOWEL;
  const stem = letterCount(word) > DECLINED_STEM_LETTERS && finalVowel.test(word) ? word.slice(0, -1) : word;
  const endings = cyrillic ? CYRILLIC_ENDINGS : LATIN_ENDINGS;
  // The word itself first: when the stem drops a vowel, the original spelling must still match whole.
  return `(?:${escape(word)}|${escape(stem)}(?:${endings.join('|')})?)`;
}

interface Term {
  pattern: string;
  /** Longer literals are tried first, so a full name wins over its parts. */
  length: number;
  pseudonym: string;
}

export type Redactor = (text: string) => string;

/**
 * A function that replaces, case-insensitively and for any script, every
 * full name of `subjects` and each of its words of 3+ letters by that
 * person's pseudonym. Longest match first; replacements are not re-scanned.
 */
export function buildRedactor(subjects: readonly RedactionSubject[]): Redactor {
  const terms: Term[] = [];
  for (const { fullName, pseudonym } of subjects) {
    const name = fullName.normalize('NFC').trim();
    if (!name) continue;
    const words = name.split(/[\s\u00A0]+/u).map(escape);
    terms.push({ pattern: words.join('[\\s\\u00A0]+'), length: name.length, pseudonym });
    for (const word of nameWords(name)) terms.push({ pattern: wordPattern(word), length: word.length, pseudonym });
  }
  if (terms.length === 0) return (text) => text;
  terms.sort((a, b) => b.length - a.length);
  const regex = new RegExp(terms.map((t) => `${BEFORE}(${t.pattern})${AFTER}`).join('|'), 'giu');
  return (text) =>
    text.normalize('NFC').replace(regex, (...args: unknown[]) => {
      // The capture groups follow the match; the one that matched names the term.
      const index = (args.slice(1, terms.length + 1) as (string | undefined)[]).findIndex((g) => g !== undefined);
      return terms[index].pseudonym;
    });
}

/** One-off form of buildRedactor. */
export function redact(text: string, subjects: readonly RedactionSubject[]): string {
  return buildRedactor(subjects)(text);
}
