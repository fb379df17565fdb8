// Replacing what identifies a case's persons (names, contacts, birth years)
// before a text leaves the owning circle (briefings and their files).
// Framework-free so the client can preview exactly what the server hands out.
//
// One linear pass: the text is cut into tokens (words, whitespace runs,
// single punctuation marks); each word is reduced to a spelling-independent
// key (lower case, no diacritics, Cyrillic and Tajik letters transliterated,
// Latin digraphs collapsed), so "Фарход Назаров", "FARHOD NAZAROV" and
// "Farhod\n Nazarov" give the same keys. An Aho–Corasick automaton over the
// token keys finds every name, name word and contact; a second one over
// digits finds phone numbers however they are spaced. No regular expression
// with alternatives or backtracking touches the text: the work is linear in
// its length whatever the subjects (docs/SECURITY.md).

/** One person as redaction needs them: what to hide and what to write instead. */
export interface RedactionSubject {
  fullName: string;
  pseudonym: string;
  birthYear?: number | null;
  contact?: string | null;
  /**
   * Other phrases that stand for the person, each replaced by `pseudonym` as a
   * whole (never word by word): the pseudonyms of a person a text withholds.
   */
  aliases?: readonly string[];
}

export interface RedactionOptions {
  /**
   * How many persons the case holds, readable or not: a birth year is
   * replaced anywhere in the text only when the case has one person. Defaults
   * to the number of subjects.
   */
  personCount?: number;
}

/** A case holds at most this many persons (contract): it bounds the subjects one redaction has to know. */
export const MAX_PERSONS_PER_CASE = 200;
/** The minimum number of letters a single name word needs to be redacted on its own (contract README). */
export const MIN_REDACTED_WORD_LETTERS = 3;
/** A birth year is "beside" a mention of its person when at most this many words lie between them. */
export const BIRTH_YEAR_DISTANCE_WORDS = 3;
/** What replaces a contact and a birth year. */
export const REDACTED_CONTACT = '[contact]';
export const REDACTED_YEAR = '[year]';

const MIN_PHONE_DIGITS = 5;
/** E.164: no phone number has more digits (a longer digit string is still redacted as written). */
const MAX_PHONE_DIGITS = 15;
const DECLINED_STEM_LETTERS = 4;

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

// Russian (GOST-like, as passports and newspapers write it) and Tajik letters to Latin.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ў: 'u',
  ғ: 'gh', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ҷ: 'j',
};

// Latin spellings that the transliterations above (and the usual others) write
// for one Cyrillic letter, each reduced to one key letter; longest first.
const DIGRAPHS: [string, string][] = [
  ['shch', 's'], ['dzh', 'j'], ['sch', 's'], ['tch', 'c'],
  ['sh', 's'], ['ch', 'c'], ['kh', 'h'], ['zh', 'j'], ['dj', 'j'], ['gh', 'g'], ['ts', 'c'], ['tz', 'c'], ['ph', 'f'],
  ['yo', 'e'], ['ye', 'e'], ['ck', 'k'],
];
const LETTER_KEY: Record<string, string> = { y: 'i', w: 'v', q: 'k' };

// Character classes by code point, computed once per code point (a regular expression per character is too slow).
const CLASS_WORD = 1;
const CLASS_SPACE = 2;
const CLASS_OTHER = 3;
const classes = new Uint8Array(0x10000);
function classOf(code: number, ch: string): number {
  if (code < 0x10000 && classes[code]) return classes[code];
  const cls = /[\p{L}\p{M}\p{N}]/u.test(ch) ? CLASS_WORD : /\s/u.test(ch) ? CLASS_SPACE : CLASS_OTHER;
  if (code < 0x10000) classes[code] = cls;
  return cls;
}
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const APOSTROPHES = new Set(["'", '’', 'ʼ', 'ʻ', '`']);

const letterCache = new Map<string, string>();
/** One character in lower case, without diacritics, Cyrillic transliterated. */
function letterToLatin(ch: string): string {
  let out = letterCache.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase();
    out = '';
    for (const c of lower) out += CYRILLIC_TO_LATIN[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
    if (letterCache.size < 10_000) letterCache.set(ch, out);
  }
  return out;
}

const DIGRAPH_STARTS = new Set(DIGRAPHS.map(([from]) => from[0]));
const keyCache = new Map<string, string>();

/**
 * The spelling-independent key of one word: every transliteration of a name
 * (Farhod / Фарход, Sukhrob / Сухроб, Назарова / NAZAROVA) has the same key.
 */
export function wordKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  let latin = '';
  for (const ch of word) if (!APOSTROPHES.has(ch)) latin += letterToLatin(ch);
  let key = '';
  for (let i = 0; i < latin.length; ) {
    const ch = latin[i];
    let next = '';
    let used = 1;
    if (DIGRAPH_STARTS.has(ch)) {
      for (const [from, to] of DIGRAPHS) {
        if (latin.startsWith(from, i)) {
          next = to;
          used = from.length;
          break;
        }
      }
    }
    if (!next) next = LETTER_KEY[ch] ?? ch;
    i += used;
    // Doubled letters are spelt single in the other script as often as not (Hassan / Хасан).
    if (key[key.length - 1] !== next || isDigit(next)) key += next;
  }
  // Bounded, so a text of endless distinct words cannot grow it.
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

interface Token {
  start: number;
  end: number;
  /** 0 word, 1 whitespace, 2 anything else. */
  kind: 0 | 1 | 2;
  key: string;
}

/** Words (with in-word apostrophes), whitespace runs (one token, one key) and single other characters. */
function tokenize(text: string, counter: { steps: number }): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const length = text.length;
  const codeAt = (at: number): number => text.codePointAt(at) ?? 0;
  const classAt = (at: number): number => {
    const code = codeAt(at);
    return classOf(code, String.fromCodePoint(code));
  };
  const width = (at: number): number => (codeAt(at) > 0xffff ? 2 : 1);
  while (i < length) {
    const start = i;
    const cls = classAt(i);
    counter.steps++;
    if (cls === CLASS_WORD) {
      i += width(i);
      while (i < length) {
        counter.steps++;
        if (classAt(i) === CLASS_WORD) i += width(i);
        else if (APOSTROPHES.has(text[i]) && i + 1 < length && classAt(i + 1) === CLASS_WORD) i += 1;
        else break;
      }
      tokens.push({ start, end: i, kind: 0, key: wordKey(text.slice(start, i)) });
    } else if (cls === CLASS_SPACE) {
      i += width(i);
      while (i < length && classAt(i) === CLASS_SPACE) {
        counter.steps++;
        i += width(i);
      }
      tokens.push({ start, end: i, kind: 1, key: ' ' });
    } else {
      i += width(i);
      tokens.push({ start, end: i, kind: 2, key: text.slice(start, i).toLowerCase() });
    }
  }
  return tokens;
}

const letterCount = (word: string): number => (word.match(/\p{L}/gu) ?? []).length;

/** Words of a name: split at spaces, and hyphenated parts ("Abdul-Rahim") counted on their own as well. */
export function nameWords(fullName: string): string[] {
  const words = new Set<string>();
  for (const word of fullName.normalize('NFC').split(/[\s\u00A0]+/u)) {
    const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (letterCount(trimmed) >= MIN_REDACTED_WORD_LETTERS) words.add(trimmed);
    for (const part of trimmed.split(/[^\p{L}\p{M}\p{N}'’]+/u)) {
      if (letterCount(part) >= MIN_REDACTED_WORD_LETTERS) words.add(part);
    }
  }
  return [...words];
}

/** What a match means: replace by the person's pseudonym, by a placeholder, or only mark where the person is mentioned. */
const enum Kind {
  Name = 0,
  Contact = 1,
  Mention = 2,
}

interface Hit {
  kind: Kind;
  person: number;
  /** Length in tokens. */
  length: number;
}

/**
 * Aho–Corasick over token keys. Each node knows, through its dictionary link,
 * the longest replacing term (name, contact) and the longest mention
 * (pseudonym) that end there, so each step is amortised constant work.
 */
class TokenAutomaton {
  private readonly children: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly own: (Hit | null)[] = [null];
  private readonly ownMention: (Hit | null)[] = [null];
  private readonly replace: (Hit | null)[] = [null];
  private readonly mention: (Hit | null)[] = [null];
  /** Every person a node's own term belongs to, for birth years beside a shared surname. */
  private readonly persons: number[][] = [[]];

  add(keys: string[], hit: Hit): void {
    if (keys.length === 0) return;
    let node = 0;
    for (const key of keys) {
      let next = this.children[node].get(key);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.fail.push(0);
        this.own.push(null);
        this.ownMention.push(null);
        this.replace.push(null);
        this.mention.push(null);
        this.persons.push([]);
        this.children[node].set(key, next);
      }
      node = next;
    }
    if (hit.kind === Kind.Mention) {
      this.ownMention[node] ??= hit;
      return;
    }
    const current = this.own[node];
    // A name outranks a contact; the first person registered keeps a word two persons share.
    if (!current || hit.kind < current.kind) this.own[node] = hit;
    if (!this.persons[node].includes(hit.person)) this.persons[node].push(hit.person);
  }

  build(): void {
    const queue: number[] = [...this.children[0].values()];
    for (const child of queue) {
      this.replace[child] = this.own[child];
      this.mention[child] = this.ownMention[child];
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [key, child] of this.children[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.children[f].has(key)) f = this.fail[f];
        this.fail[child] = this.children[f].get(key) ?? 0;
        this.replace[child] = this.own[child] ?? this.replace[this.fail[child]];
        this.mention[child] = this.ownMention[child] ?? this.mention[this.fail[child]];
        queue.push(child);
      }
    }
  }

  step(node: number, key: string, counter: { steps: number }): number {
    let n = node;
    for (;;) {
      counter.steps++;
      const next = this.children[n].get(key);
      if (next !== undefined) return next;
      if (n === 0) return 0;
      n = this.fail[n];
    }
  }

  replaceAt(node: number): Hit | null {
    return this.replace[node];
  }

  mentionAt(node: number): Hit | null {
    return this.mention[node];
  }

  /** The persons whose name or contact ends at this node. */
  personsAt(node: number): number[] {
    const hit = this.replace[node];
    if (!hit) return [];
    return this.own[node] === hit ? this.persons[node] : [hit.person];
  }

  /** Each node's persons' birth years, computed once (a surname shared by many persons must not cost per person in the text). */
  yearsAt(node: number, yearOf: (string | undefined)[]): ReadonlySet<string> {
    let years = this.yearCache.get(node);
    if (!years) {
      years = new Set(this.personsAt(node).flatMap((p) => (yearOf[p] ? [yearOf[p]] : [])));
      this.yearCache.set(node, years);
    }
    return years;
  }

  private readonly yearCache = new Map<number, Set<string>>();
}

/** Aho–Corasick over decimal digits, for phone numbers whatever their spacing. */
class DigitAutomaton {
  private readonly next: Int32Array[] = [new Int32Array(10).fill(-1)];
  private readonly fail: number[] = [0];
  /** The longest phone number (in digits) ending at a node, 0 for none. */
  private readonly longest: number[] = [0];
  size = 0;

  add(digits: string): void {
    let node = 0;
    for (const d of digits) {
      const c = d.charCodeAt(0) - 48;
      if (this.next[node][c] === -1) {
        this.next[node][c] = this.next.length;
        this.next.push(new Int32Array(10).fill(-1));
        this.fail.push(0);
        this.longest.push(0);
      }
      node = this.next[node][c];
    }
    this.longest[node] = Math.max(this.longest[node], digits.length);
    this.size++;
  }

  /** Turns the trie into a full transition table (ten digits), so each step is one lookup. */
  build(): void {
    const queue: number[] = [];
    for (let c = 0; c < 10; c++) {
      const child = this.next[0][c];
      if (child === -1) this.next[0][c] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      this.longest[node] = Math.max(this.longest[node], this.longest[this.fail[node]]);
      for (let c = 0; c < 10; c++) {
        const child = this.next[node][c];
        if (child === -1) this.next[node][c] = this.next[this.fail[node]][c];
        else {
          this.fail[child] = node === 0 ? 0 : this.next[this.fail[node]][c];
          queue.push(child);
        }
      }
    }
  }

  step(node: number, digit: number): number {
    return this.next[node][digit];
  }

  longestAt(node: number): number {
    return this.longest[node];
  }
}

const PHONE_JOINERS = new Set([' ', '-', '(', ')', '.', '/', '+', '\u00A0', '\u2011', '\u2013']);

export type Redactor = (text: string) => string;

interface Compiled {
  automaton: TokenAutomaton;
  digits: DigitAutomaton;
  stems: Map<string, { person: number; wordLength: number }>;
  endings: Set<string>;
  pseudonyms: string[];
  /** The birth years of the persons, and each person's. */
  years: Set<string>;
  yearOf: (string | undefined)[];
  yearSets: ReadonlySet<string>[];
  yearAnywhere: boolean;
}

const keysOf = (text: string): string[] => tokenize(text.normalize('NFC').trim(), { steps: 0 }).map((t) => t.key);
const endingKeys = new Set([...CYRILLIC_ENDINGS, ...LATIN_ENDINGS].map(wordKey).filter(Boolean));

/** A contact field may hold several: "+7 921 555-12-34, farhod@mail.ru", or one per line. */
function contactParts(contact: string): string[] {
  const parts = contact.normalize('NFC').split(/[,;\n]+|\s+(?=[^\s]*@)|(?<=@[^\s]*)\s+/u);
  return [contact.normalize('NFC'), ...parts].map((p) => p.trim()).filter(Boolean);
}

function compile(subjects: readonly RedactionSubject[], options: RedactionOptions): Compiled {
  const automaton = new TokenAutomaton();
  const digits = new DigitAutomaton();
  const stems = new Map<string, { person: number; wordLength: number }>();
  const years = new Set<string>();
  const yearOf: (string | undefined)[] = [];
  subjects.forEach((s, person) => {
    const name = s.fullName.normalize('NFC').trim();
    if (name) {
      automaton.add(keysOf(name), { kind: Kind.Name, person, length: keysOf(name).length });
      for (const word of nameWords(name)) {
        const keys = keysOf(word);
        automaton.add(keys, { kind: Kind.Name, person, length: keys.length });
        if (keys.length === 1 && /^[a-z]+$/.test(keys[0]) && letterCount(word) >= DECLINED_STEM_LETTERS) {
          const key = keys[0];
          const stem = key.length > DECLINED_STEM_LETTERS && /[aeiou]$/.test(key) ? key.slice(0, -1) : key;
          // Two persons sharing a stem (Назаров, Назарова): the longer word wins, as the longer pattern did before.
          const claimed = stems.get(stem);
          if (!claimed || claimed.wordLength < key.length) stems.set(stem, { person, wordLength: key.length });
        }
      }
    }
    for (const alias of s.aliases ?? []) {
      const keys = keysOf(alias);
      automaton.add(keys, { kind: Kind.Name, person, length: keys.length });
    }
    const pseudonym = s.pseudonym.normalize('NFC').trim();
    if (pseudonym) automaton.add(keysOf(pseudonym), { kind: Kind.Mention, person, length: keysOf(pseudonym).length });
    for (const contact of contactParts(s.contact ?? '')) {
      const keys = keysOf(contact);
      automaton.add(keys, { kind: Kind.Contact, person, length: keys.length });
      const phone = contact.replace(/\D/g, '');
      if (!contact.includes('@') && phone.length >= MIN_PHONE_DIGITS && phone.length <= MAX_PHONE_DIGITS) digits.add(phone);
    }
    if (s.birthYear) {
      yearOf[person] = String(s.birthYear);
      years.add(String(s.birthYear));
    }
  });
  automaton.build();
  digits.build();
  return {
    automaton, digits, stems, endings: endingKeys, years, yearOf,
    yearSets: subjects.map((_, p) => new Set(yearOf[p] ? [yearOf[p]] : [])),
    pseudonyms: subjects.map((s) => s.pseudonym),
    yearAnywhere: (options.personCount ?? subjects.length) === 1,
  };
}

/** A replacement of tokens [start, end] (inclusive); the one starting leftmost, then the longest, wins. */
interface Span {
  end: number;
  text: string;
}

function run(c: Compiled, input: string, counter: { steps: number }): string {
  const text = input.normalize('NFC');
  const tokens = tokenize(text, counter);
  const spans: (Span | undefined)[] = new Array(tokens.length);
  const put = (start: number, end: number, replacement: string) => {
    const current = spans[start];
    if (!current || current.end < end) spans[start] = { end, text: replacement };
  };
  // Persons mentioned (by name, word, contact or pseudonym), by word position, in order: for birth years.
  const mentions: { word: number; years: ReadonlySet<string> }[] = [];
  const wordIndex = new Int32Array(tokens.length);
  let words = 0;

  let node = 0;
  // The current run of digit tokens joined by spaces, dashes, brackets, dots or '+', and where each starts in its digits.
  let digitNode = 0;
  let runTokens: number[] = [];
  let runStarts: number[] = [];
  let runDigits = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 0) words++;
    wordIndex[t] = words - 1;
    node = c.automaton.step(node, token.key, counter);
    const hit = c.automaton.replaceAt(node);
    if (hit) {
      put(t - hit.length + 1, t, hit.kind === Kind.Name ? c.pseudonyms[hit.person] : REDACTED_CONTACT);
      mentions.push({ word: wordIndex[t], years: c.automaton.yearsAt(node, c.yearOf) });
    } else if (token.kind === 0 && c.stems.size) {
      // A declined name word: a stem and an ending of at most four letters.
      const key = token.key;
      for (let cut = 0; cut <= 4 && cut < key.length; cut++) {
        counter.steps++;
        const stem = cut ? key.slice(0, -cut) : key;
        const person = c.stems.get(stem)?.person;
        if (person !== undefined && (cut === 0 || c.endings.has(key.slice(-cut)))) {
          put(t, t, c.pseudonyms[person]);
          mentions.push({ word: wordIndex[t], years: c.yearSets[person] });
          break;
        }
      }
    }
    const mention = c.automaton.mentionAt(node);
    if (mention) mentions.push({ word: wordIndex[t], years: c.yearSets[mention.person] });

    if (c.digits.size) {
      if (token.kind === 0 && /^\d+$/.test(token.key)) {
        runTokens.push(t);
        runStarts.push(runDigits);
        for (const ch of token.key) {
          counter.steps++;
          digitNode = c.digits.step(digitNode, ch.charCodeAt(0) - 48);
          runDigits++;
          const longest = c.digits.longestAt(digitNode);
          if (!longest) continue;
          // The digit tokens the number spans; a phone number has at most MAX_PHONE_DIGITS digits, so this walk is short.
          let first = runTokens.length - 1;
          while (first > 0 && runStarts[first] > runDigits - longest) {
            counter.steps++;
            first--;
          }
          put(runTokens[first], t, REDACTED_CONTACT);
        }
      } else if (!(token.kind === 1 || PHONE_JOINERS.has(token.key))) {
        digitNode = 0;
        runTokens = [];
        runStarts = [];
        runDigits = 0;
      }
    }
  }

  // Birth years: beside a mention of their person (a few words either side), or anywhere when the case has one person.
  // Mentions are in word order and year tokens too, so one pointer walks the mentions once; each year looks at
  // the mentions of at most 2 × BIRTH_YEAR_DISTANCE_WORDS + 3 words, a few per word.
  if (c.years.size) {
    let from = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (token.kind !== 0 || token.key.length !== 4 || !c.years.has(token.key)) continue;
      const w = wordIndex[t];
      while (from < mentions.length && mentions[from].word < w - BIRTH_YEAR_DISTANCE_WORDS - 1) {
        counter.steps++;
        from++;
      }
      let beside = c.yearAnywhere;
      for (let m = from; !beside && m < mentions.length && mentions[m].word <= w + BIRTH_YEAR_DISTANCE_WORDS + 1; m++) {
        counter.steps++;
        beside = mentions[m].years.has(token.key);
      }
      if (beside) put(t, t, REDACTED_YEAR);
    }
  }

  let out = '';
  let copiedTo = 0;
  for (let t = 0; t < tokens.length; t++) {
    const span = spans[t];
    if (!span) continue;
    // Overlapping replacements merge into one: "Ali Karimov Rustam" with "Ali Karimov" and "Karimov Rustam".
    let end = span.end;
    for (let u = t + 1; u <= end; u++) {
      counter.steps++;
      const inner = spans[u];
      if (inner && inner.end > end) end = inner.end;
    }
    out += text.slice(copiedTo, tokens[t].start) + span.text;
    copiedTo = tokens[end].end;
    t = end;
  }
  return out + text.slice(copiedTo);
}

/**
 * A function that replaces, in any casing, script or transliteration, every
 * full name of `subjects` and each of its words of 3+ letters (declined forms
 * too) by that person's pseudonym, each contact (emails case-insensitively,
 * phone numbers by their digits) by `[contact]`, and each birth year beside
 * its person's name or pseudonym (anywhere when the case has one person) by
 * `[year]`. Runs in time linear in the length of the text.
 */
export function buildRedactor(subjects: readonly RedactionSubject[], options: RedactionOptions = {}): Redactor {
  if (subjects.length === 0) return (text) => text.normalize('NFC');
  const compiled = compile(subjects, options);
  return (text) => run(compiled, text, { steps: 0 });
}

/** One-off form of buildRedactor. */
export function redact(text: string, subjects: readonly RedactionSubject[], options: RedactionOptions = {}): string {
  return buildRedactor(subjects, options)(text);
}

/** The number of elementary steps redacting `text` takes: tests show it grows linearly with the text. */
export function redactionSteps(text: string, subjects: readonly RedactionSubject[], options: RedactionOptions = {}): number {
  if (subjects.length === 0) return 0;
  const counter = { steps: 0 };
  run(compile(subjects, options), text, counter);
  return counter.steps;
}
