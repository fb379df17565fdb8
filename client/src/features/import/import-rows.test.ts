import { IMPORT_COLUMNS } from '@coalition/shared';
// The server's parser (csv-parse's Node build, as case-import.service.ts uses it) is the reference.
import { parse } from 'csv-parse/sync';
import { batchSizeFor, detectFormat, parseImport, readCsvRecords, templateCsv } from './import-rows';

describe('import file handling', () => {
  it('detects the format from the name, else from the content', () => {
    expect(detectFormat('cases.JSON', 'title')).toBe('JSON');
    expect(detectFormat('cases.csv', '[')).toBe('CSV');
    expect(detectFormat(null, '\uFEFF  [{"title":"x"}]')).toBe('JSON');
    expect(detectFormat(null, 'title,countryCode\n')).toBe('CSV');
    expect(detectFormat(null, '   ')).toBeNull();
  });

  it('reads CSV records as the server does: quoted line breaks stay in the field, empty lines are skipped', () => {
    const text = '\uFEFFtitle,summary,countryCode\r\nA,"two\r\nlines",RU\r\n\r\nB,"say ""hi""",TJ\r\nC,,GE';
    expect(readCsvRecords(text)).toEqual([
      { fields: ['title', 'summary', 'countryCode'], line: 1 },
      { fields: ['A', 'two\r\nlines', 'RU'], line: 2 },
      { fields: ['B', 'say "hi"', 'TJ'], line: 5 },
      { fields: ['C', '', 'GE'], line: 6 },
    ]);
    const parsed = parseImport('CSV', text)!;
    expect(parsed.rows).toBe(3);
    expect(parsed.lineOfRow(2)).toBe(5);
    expect(parsed.lineOfRow(4)).toBeNull();
    expect(readCsvRecords('title\n"unclosed')).toBeNull();
  });

  it.each([
    ['mixed line endings: the first line sets the delimiter', 'title,countryCode\r\nA,RU\nB,TJ\r\nC,GE\r\n'],
    ['a lone CR inside a field', 'title,summary\nA,"x\ry"\nB,z\n'],
    ['blank lines and a quoted empty record', 'title\n\n""\n\nA\n'],
    ['Cyrillic text before a quoted break', 'title,summary\nРейд,"два\nряда"\nB,c\n'],
  ])('counts the rows the server counts, and batches it reads back the same: %s', (_name, text) => {
    const server = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    const parsed = parseImport('CSV', text)!;
    expect(parsed.rows).toBe(server.length - 1);
    const rebuilt = parsed.batches(1).flatMap((b) => (parse(b.data, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][]).slice(1));
    expect(rebuilt).toEqual(server.slice(1));
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
