import fc from 'fast-check';
import { pseudonymFor } from './case.schema';
import { buildRedactor, MIN_REDACTED_WORD_LETTERS, nameWords, redact, redactionSteps, wordKey, type RedactionSubject } from './redaction';

const LATIN = 'abcdefghijklmnopqrstuvwxyzéñçöü';
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяғӣқӯҳҷ';

const word = (alphabet: string, min: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: 10 }).map((letters) => letters.join(''));
const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A name of 1-3 words in one script, sometimes with a short word ("Ali", "ibn", "Ли"). */
const fullName = fc
  .constantFrom(LATIN, CYRILLIC)
  .chain((alphabet) => fc.array(word(alphabet, 1), { minLength: 1, maxLength: 3 }))
  .map((words) => words.map(titleCase).join(' '));

/** Upper, lower, title or random casing, as people type names. */
const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.split(' ').map(titleCase).join(' '),
  (s) => [...s].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase())).join(''),
);

const filler = fc.constantFrom('', ' ', '. ', ', ', ' — ', '\n', ' (', ') ', ' «', '» ', ' the ', ' и ', ' 2013 ', '"', ': ');
const pseudonyms = ['Person A', 'Person B', 'Person C'];

/** Whole-word occurrences of `w` in `text`, in any casing. */
const survives = (text: string, w: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}\\p{N}])`, 'iu').test(text);

describe('redaction', () => {
  it('replaces full names and their words by the pseudonym, longest first', () => {
    const subjects = [
      { fullName: 'Farhod Nazarov', pseudonym: 'Person A' },
      { fullName: 'Sukhrob Nazarov', pseudonym: 'Person B' },
    ];
    expect(redact('Farhod Nazarov and his son Sukhrob Nazarov were detained. NAZAROV complained.', subjects)).toBe(
      'Person A and his son Person B were detained. Person A complained.',
    );
    expect(redact('Фарход Назаров — ФАРХОД', [{ fullName: 'Фарход Назаров', pseudonym: 'Лицо А' }])).toBe('Лицо А — Лицо А');
  });

  it('leaves short name words, other words and words that merely contain a name alone', () => {
    const subjects = [{ fullName: 'Li Ivan', pseudonym: 'Person A' }];
    expect(redact('Li met Ivanhoe, not Ivan.', subjects)).toBe('Li met Ivanhoe, not Person A.');
    expect(redact('Li Ivan left.', subjects)).toBe('Person A left.');
  });

  it('catches declined Russian forms of a name', () => {
    const subjects = [{ fullName: 'Мария Назарова', pseudonym: 'Лицо Б' }];
    expect(redact('У Марии Назаровой отняли детей; Марию вызвали.', subjects)).toBe('У Лицо Б Лицо Б отняли детей; Лицо Б вызвали.');
  });

  it('treats hyphenated parts as words and escapes regex characters', () => {
    const subjects = [{ fullName: 'Abdul-Rahim (Jr.) O.K.', pseudonym: 'Person C' }];
    expect(nameWords('Abdul-Rahim (Jr.) O.K.')).toEqual(['Abdul-Rahim', 'Abdul', 'Rahim']);
    expect(redact('Rahim, abdul and ABDUL-RAHIM (Jr.) O.K. spoke.', subjects)).toBe('Person C, Person C and Person C spoke.');
  });

  it('replaces an alias as a whole phrase only, with or without a name', () => {
    const withheld = { fullName: 'Farhod Nazarov', pseudonym: 'a person who did not consent', aliases: ['Person A'] };
    const other = { fullName: 'Sukhrob Nazarov', pseudonym: 'Person AB' };
    expect(redact('Person A, Farhod and Person AB; a Person of note.', [withheld, other])).toBe(
      'a person who did not consent, a person who did not consent and Person AB; a Person of note.',
    );
    expect(redact('PERSON A met Person B.', [{ fullName: '', pseudonym: 'a person who did not consent', aliases: ['Person A'] }])).toBe(
      'a person who did not consent met Person B.',
    );
  });

  it('is the identity without subjects', () => {
    expect(buildRedactor([])('Farhod Nazarov')).toBe('Farhod Nazarov');
  });

  it('leaves no name word of three letters or more, in any casing, in any script', () => {
    fc.assert(
      fc.property(
        fc.array(fullName, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), casing, filler, fc.boolean()), { minLength: 1, maxLength: 12 }),
        (names, pieces) => {
          const subjects: RedactionSubject[] = names.map((name, i) => ({ fullName: name, pseudonym: pseudonyms[i] }));
          // A name word that is part of a pseudonym cannot be told apart from the pseudonym itself.
          const words = subjects.flatMap((s) => nameWords(s.fullName)).filter((w) => !/person/iu.test(w));
          expect(words.every((w) => (w.match(/\p{L}/gu) ?? []).length >= MIN_REDACTED_WORD_LETTERS)).toBe(true);
          const text = pieces
            .map(([who, which, cased, sep, whole]) => {
              const name = names[who % names.length];
              const parts = name.split(' ');
              return cased(whole ? name : parts[which % parts.length]) + sep;
            })
            .join('');
          const out = redact(text, subjects);
          for (const w of words) {
            if (survives(out, w)) throw new Error(`"${w}" survived in ${JSON.stringify(out)} (from ${JSON.stringify(text)})`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never changes a text that mentions no name', () => {
    fc.assert(
      fc.property(fc.array(fullName, { minLength: 1, maxLength: 3 }), fc.string(), (names, text) => {
        const subjects = names.map((name, i) => ({ fullName: name, pseudonym: pseudonyms[i] }));
        // Every word of the names, short ones too: the full name itself is redacted whatever its words' length.
        const words = subjects.flatMap((s) => [...nameWords(s.fullName), ...s.fullName.split(' ')]);
        // "Mentions" as redaction reads names: in any spelling (Ü and U, Фарход and Farhod share a key).
        const textKeys = text.split(/[^\p{L}\p{M}\p{N}]+/u).map(wordKey).join(' ');
        fc.pre(words.every((w) => !text.toLowerCase().includes(w.toLowerCase().slice(0, 3)) && !textKeys.includes(wordKey(w).slice(0, 3))));
        expect(redact(text, subjects)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------- second round: transliterations, contacts, birth years, linear time

/** Units with a Cyrillic and a Latin spelling, as names are written in Russian and Tajik passports and newspapers. */
const UNITS: [string, string][] = [
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['е', 'e'], ['ж', 'zh'], ['з', 'z'], ['и', 'i'], ['к', 'k'],
  ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'],
  ['х', 'kh'], ['ц', 'ts'], ['ч', 'ch'], ['ш', 'sh'], ['ю', 'yu'], ['я', 'ya'], ['ы', 'y'], ['э', 'e'],
  ['ғ', 'gh'], ['ӣ', 'i'], ['қ', 'q'], ['ӯ', 'u'], ['ҳ', 'h'], ['ҷ', 'j'],
];
/** A name word of 3-8 units that starts with a consonant, in both scripts. */
const bilingualWord = fc.array(fc.constantFrom(...UNITS), { minLength: 3, maxLength: 8 }).map((units) => ({
  cyrillic: titleCase(units.map(([c]) => c).join('')),
  latin: titleCase(units.map(([, l]) => l).join('')),
}));
const bilingualName = fc.array(bilingualWord, { minLength: 1, maxLength: 3 }).map((words) => ({
  cyrillic: words.map((w) => w.cyrillic).join(' '),
  latin: words.map((w) => w.latin).join(' '),
  words,
}));

describe('redaction of transliterations, contacts and birth years', () => {
  it('replaces a name in its Latin and Cyrillic transliterations, both ways', () => {
    const latin = [{ fullName: 'Farhod Nazarov', pseudonym: 'Person A' }, { fullName: 'Sukhrob', pseudonym: 'Person B' }];
    expect(redact('Фарход Назаров и его сын Сухроб; НАЗАРОВ', latin)).toBe('Person A и его сын Person B; Person A');
    const cyrillic = [{ fullName: 'Фарход Назаров', pseudonym: 'Лицо А' }, { fullName: 'Сухроб', pseudonym: 'Лицо Б' }];
    expect(redact('Farhod Nazarov and his son Sukhrob (SUKHROB, Suhrob).', cyrillic)).toBe('Лицо А and his son Лицо Б (Лицо Б, Лицо Б).');
    expect(redact('Ҷамшед Қодиров, Jamshed Qodirov, Джамшед Кодиров', [{ fullName: 'Jamshed Qodirov', pseudonym: 'P' }])).toBe('P, P, P');
  });

  it('replaces a contact written with other spacing, punctuation, + or casing', () => {
    const subjects = [{ fullName: 'Farhod Nazarov', pseudonym: 'Person A', contact: '+7 (921) 555-12-34, Farhod.N@Mail.ru' }];
    expect(redact('Call 79215551234, +7 921 555 12 34 or 7-921-555-1234; write to FARHOD.N@MAIL.RU.', subjects)).toBe(
      'Call [contact], +[contact] or [contact]; write to [contact].',
    );
    expect(redact('Tel. 8 921 555 12 34', [{ fullName: 'X Y', pseudonym: 'P', contact: '9215551234' }])).toBe('Tel. 8 [contact]');
    // Other numbers stay: only the person's digits are replaced.
    expect(redact('Room 12-34, tel 555-99-00', subjects)).toBe('Room 12-34, tel 555-99-00');
  });

  it('replaces a birth year beside the name or pseudonym, or anywhere when the case has one person', () => {
    const two = [
      { fullName: 'Farhod Nazarov', pseudonym: 'Person A', birthYear: 1985 },
      { fullName: 'Rustam Karimov', pseudonym: 'Person B', birthYear: 1990 },
    ];
    expect(redact('Farhod Nazarov (born 1985) and Person B, 1990 г.р., in 1985 and 1990 met in 2013.', two)).toBe(
      'Person A (born [year]) and Person B, [year] г.р., in 1985 and 1990 met in 2013.',
    );
    expect(redact('In 1985 he came to Moscow; in 2013 he was detained.', [two[0]])).toBe('In [year] he came to Moscow; in 2013 he was detained.');
    // The same person alone in the text, but the case has another person: only beside the name.
    expect(redact('In 1985 he came to Moscow.', [two[0]], { personCount: 2 })).toBe('In 1985 he came to Moscow.');
  });

  it('leaves no word of a name in any transliteration, no contact and no birth year beside the name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bilingualName, fc.integer({ min: 1930, max: 2010 }), fc.boolean()), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cyrillic', 'latin'), casing, fc.constantFrom('name', 'word', 'year', 'phone', 'email'), filler)),
        fc.constantFrom('+7 (921) 555-12-', '992 93 ', '+44 20 7946 '),
        (people, pieces, prefix) => {
          const subjects: RedactionSubject[] = people.map(([name, year, latinRecord], i) => ({
            fullName: latinRecord ? name.latin : name.cyrillic,
            pseudonym: pseudonyms[i],
            birthYear: year,
            contact: i % 2 ? `${prefix}${String(10 + i).padStart(2, '0')}-${i}${i}` : `Case.${i}@Example.org`,
          }));
          const digitsOf = (i: number) => subjects[i].contact!.replace(/\D/g, '');
          const text = pieces
            .map(([who, which, script, cased, what, sep]) => {
              const i = who % people.length;
              const [name, year] = people[i];
              const words = name.words.map((w) => w[script]);
              const word = words[which % words.length];
              if (what === 'name') return cased(name[script]) + sep;
              if (what === 'word') return cased(word) + sep;
              if (what === 'year') return `${cased(word)} ${year}${sep}`;
              if (what === 'phone') return i % 2 ? `tel ${digitsOf(i).split('').join(which % 2 ? ' ' : '-')}${sep}` : sep;
              return `mail ${subjects[i].contact!.toUpperCase()}${sep}`;
            })
            .join(' ');
          const out = redact(text, subjects, { personCount: subjects.length + 1 });
          for (const [i, [name, year]] of people.entries()) {
            for (const w of name.words) {
              for (const spelt of [w.cyrillic, w.latin]) {
                if (survives(out, spelt)) throw new Error(`"${spelt}" survived in ${JSON.stringify(out)} (from ${JSON.stringify(text)})`);
              }
            }
            if (new RegExp(`Person [ABC] ${year}`).test(out)) throw new Error(`year ${year} survived beside a name in ${out}`);
            if (i % 2 && out.replace(/\D/g, '').includes(digitsOf(i))) throw new Error(`phone of ${i} survived in ${out}`);
            if (!(i % 2) && out.toLowerCase().includes(subjects[i].contact!.toLowerCase())) throw new Error(`email of ${i} survived in ${out}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never changes a text that mentions no name, contact or birth year', () => {
    fc.assert(
      fc.property(fc.array(bilingualName, { minLength: 1, maxLength: 3 }), fc.string({ unit: 'grapheme' }), (names, text) => {
        const subjects = names.map((name, i) => ({ fullName: name.latin, pseudonym: pseudonyms[i], birthYear: 1985, contact: `+7 921 555 12 3${i}` }));
        const keys = names.flatMap((n) => n.words.flatMap((w) => [w.latin, w.cyrillic])).map((w) => wordKey(w).slice(0, 3));
        fc.pre(keys.every((k) => !wordKey(text).includes(k)) && !/\d/.test(text));
        expect(redact(text, subjects)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  it('takes steps linear in the length of the text, for adversarial subjects and texts', () => {
    const many = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));
    const families: { subjects: RedactionSubject[]; unit: string }[] = [
      // 200 persons sharing long prefixes; the text repeats almost-names.
      { subjects: many(200, (i) => `Nazarov${'a'.repeat(i % 7)} Farhod${i}`).map((fullName, i) => ({ fullName, pseudonym: pseudonymFor(i), birthYear: 1980 + (i % 20) })), unit: 'Nazarov Nazarova Farhod 1985 ' },
      // One name of many one-letter words; the text breaks off one word before its end, over and over.
      { subjects: [{ fullName: many(99, () => 'a').join(' '), pseudonym: 'P' }], unit: `${many(98, () => 'a').join(' ')} b ` },
      // Phone numbers that are prefixes of each other; a text of digits separated by spaces.
      { subjects: many(200, (i) => ({ fullName: `X${i} Y`, pseudonym: pseudonymFor(i), contact: '1'.repeat(5 + (i % 11)) })), unit: '1 1 1 1 1 1 1 1 1 2 ' },
      // Every person born the same year, the text full of years and pseudonyms.
      { subjects: many(200, (i) => ({ fullName: `Name${i} Surname`, pseudonym: pseudonymFor(i), birthYear: 1985 })), unit: 'Person A 1985 Person B 1985 ' },
    ];
    for (const { subjects, unit } of families) {
      const short = unit.repeat(Math.ceil(20_000 / unit.length));
      const long = unit.repeat(Math.ceil(80_000 / unit.length));
      const ratio = redactionSteps(long, subjects) / redactionSteps(short, subjects);
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(4.5);
      // And a small constant per character, whatever the subjects.
      expect(redactionSteps(long, subjects) / long.length).toBeLessThan(10);
    }
  });
});
