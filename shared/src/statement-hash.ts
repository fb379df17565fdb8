import { sha256HexOfString } from './sha256';

export interface TranslationText {
  language: string;
  title: string;
  body: string;
}

function canonicalText(value: string): string {
  return value.replace(/\r\n/g, '\n').normalize('NFC');
}

/**
 * The canonical form a signature binds (contract README, "Statements"):
 * one [language, title, body] row per translation, sorted by language code,
 * every string NFC-normalised with CRLF turned into LF.
 */
export function canonicalStatementRows(translations: readonly TranslationText[]): [string, string, string][] {
  return translations
    .map((t): [string, string, string] => [canonicalText(t.language), canonicalText(t.title), canonicalText(t.body)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Lowercase hex sha256 of JSON.stringify(canonical rows): anyone can recompute it. */
export function statementContentHash(translations: readonly TranslationText[]): string {
  return sha256HexOfString(JSON.stringify(canonicalStatementRows(translations)));
}
