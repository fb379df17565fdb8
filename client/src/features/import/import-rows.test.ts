import { IMPORT_COLUMNS } from '@coalition/shared';
import { batchSizeFor, detectFormat, parseImport, splitCsvRecords, templateCsv } from './import-rows';

describe('import file handling', () => {
  it('detects the format from the name, else from the content', () => {
    expect(detectFormat('cases.JSON', 'title')).toBe('JSON');
    expect(detectFormat('cases.csv', '[')).toBe('CSV');
    expect(detectFormat(null, '\uFEFF  [{"title":"x"}]')).toBe('JSON');
    expect(detectFormat(null, 'title,countryCode\n')).toBe('CSV');
    expect(detectFormat(null, '   ')).toBeNull();
  });

  it('counts CSV records as the server does: quoted line breaks stay in the field, empty lines are skipped', () => {
    const text = '\uFEFFtitle,summary,countryCode\r\nA,"two\r\nlines",RU\r\n\r\nB,"say ""hi""",TJ\nC,,GE';
    const records = splitCsvRecords(text);
    expect(records).toEqual([
      { text: 'title,summary,countryCode', line: 1 },
      { text: 'A,"two\r\nlines",RU', line: 2 },
      { text: 'B,"say ""hi""",TJ', line: 5 },
      { text: 'C,,GE', line: 6 },
    ]);
    const parsed = parseImport('CSV', text)!;
    expect(parsed.rows).toBe(3);
    expect(parsed.lineOfRow(2)).toBe(5);
    expect(parsed.lineOfRow(4)).toBeNull();
  });

  it('cuts CSV into batches that each carry the header, with row offsets', () => {
    const text = 'title,countryCode\nA,RU\nB,RU\nC,TJ\n';
    const batches = parseImport('CSV', text)!.batches(2);
    expect(batches).toEqual([
      { data: 'title,countryCode\nA,RU\nB,RU\n', offset: 0, rows: 2 },
      { data: 'title,countryCode\nC,TJ\n', offset: 2, rows: 1 },
    ]);
  });

  it('cuts a JSON array into batches and gives up on JSON that does not parse', () => {
    const parsed = parseImport('JSON', JSON.stringify([{ title: 'A' }, { title: 'B' }, { title: 'C' }]))!;
    expect(parsed.rows).toBe(3);
    expect(parsed.batches(2).map((b) => [JSON.parse(b.data), b.offset])).toEqual([
      [[{ title: 'A' }, { title: 'B' }], 0],
      [[{ title: 'C' }], 2],
    ]);
    expect(parseImport('JSON', '[{"title":')).toBeNull();
    // Rows point at the line where their object starts, whatever the strings hold.
    const pretty = '[\n  {\n    "title": "A, [or] \\"B\\"\\n"\n  },\n  {"title": "C"}, 7,\n\n  [1, 2]\n]';
    const lines = parseImport('JSON', pretty)!;
    expect(lines.rows).toBe(4);
    expect([1, 2, 3, 4].map(lines.lineOfRow)).toEqual([2, 5, 5, 7]);
    expect(parseImport('JSON', '{"title":"A"}')).toBeNull();
  });

  it('sizes batches for a visible progress without thousands of calls', () => {
    expect(batchSizeFor(3)).toBe(1);
    expect(batchSizeFor(100)).toBe(5);
    expect(batchSizeFor(10_000)).toBe(500);
  });

  it('offers a template with exactly the columns the server accepts', () => {
    expect(templateCsv()).toBe(`${IMPORT_COLUMNS.join(',')}\n`);
  });
});
