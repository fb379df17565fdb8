import fc from 'fast-check';
import { diffWords, sideOf, tokenize } from './text-diff';

describe('diffWords', () => {
  it('returns one unchanged part for equal texts and nothing for two empty ones', () => {
    expect(diffWords('We ask the services.', 'We ask the services.')).toEqual([{ kind: 'same', text: 'We ask the services.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('marks an inserted word and keeps the spacing', () => {
    expect(diffWords('never deport a parent', 'never deport a single parent')).toEqual([
      { kind: 'same', text: 'never deport a ' },
      { kind: 'insert', text: 'single ' },
      { kind: 'same', text: 'parent' },
    ]);
  });

  it('marks a replaced word as a deletion followed by an insertion', () => {
    expect(diffWords('130 migrant workers were detained', '107 migrant workers were detained')).toEqual([
      { kind: 'delete', text: '130' },
      { kind: 'insert', text: '107' },
      { kind: 'same', text: ' migrant workers were detained' },
    ]);
  });

  it('treats a paragraph added at the end as one insertion', () => {
    const before = 'Reunite the families.';
    const after = 'Reunite the families.\n\nGive children documents.';
    expect(diffWords(before, after)).toEqual([
      { kind: 'same', text: 'Reunite the families.' },
      { kind: 'insert', text: '\n\nGive children documents.' },
    ]);
  });

  it('handles Cyrillic words and a deleted ending', () => {
    expect(diffWords('Мы просим миграционные службы России', 'Мы просим службы')).toEqual([
      { kind: 'same', text: 'Мы просим ' },
      { kind: 'delete', text: 'миграционные ' },
      { kind: 'same', text: 'службы' },
      { kind: 'delete', text: ' России' },
    ]);
  });

  it('everything is new when the old text is empty, and deleted when the new one is', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'insert', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'delete', text: 'old text' }]);
  });

  it('never merges two parts of the same kind next to each other', () => {
    const parts = diffWords('a b c d e f', 'a x c y e z');
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
  });

  it('keeps the longest common run of words unchanged', () => {
    const parts = diffWords('the raid in the mosque on Friday', 'on Friday the raid in the mosque');
    const same = parts
      .filter((p) => p.kind === 'same')
      .map((p) => p.text)
      .join('');
    expect(tokenize(same).filter((t) => t.trim())).toEqual(['the', 'raid', 'in', 'the', 'mosque']);
  });

  it('rebuilds both texts exactly from its parts (property)', () => {
    const word = fc.constantFrom('a', 'b', 'raid', 'семья', ' ', '  ', '\n', '\n\n', '.', 'ქ');
    const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(sideOf(parts, 'before')).toBe(before);
        expect(sideOf(parts, 'after')).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
