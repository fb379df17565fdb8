import fc from 'fast-check';
import { buildRedactor, MIN_REDACTED_WORD_LETTERS, nameWords, redact, type RedactionSubject } from './redaction';

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
        fc.pre(words.every((w) => !text.toLowerCase().includes(w.toLowerCase().slice(0, 3))));
        expect(redact(text, subjects)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 200 },
    );
  });
});
