import { findSecrets } from '../../server/test/support/no-personal-data';

// The one check that personal data is absent from a text (files, audit rows, notifications, emails): it must
// find a secret wherever a reader would, and never in what is random. Two CI runs failed on a birth year spelled
// by an audit row's hash ("…2919810f0a" holds 1981) and by a UUID of a JSON file.
describe('findSecrets', () => {
  const auditRow = JSON.stringify({
    entity_id: '5bdb0ed7-ec12-4208-a765-01a95d18e5f2',
    details: { caseId: 'dc5c7d3a-21a2-4481-bc35-6de32dc89e54', formsRemoved: 1 },
    hash: 'd3b6308e14ed2f7ec2b5919c7be36eeafa3ae4b4d28c07f69c1bbb2919810f0a',
    cursor: 'MjAwNy0xOTgx',
  });

  it('reads no secret into ids, hashes and cursors, even one of digits they happen to spell', () => {
    expect(findSecrets(auditRow, ['1981', 'Farhod', '123-45-67'])).toEqual([]);
    // A hash a PDF wrapped across lines is no longer whole: its digits still belong to a longer word.
    expect(findSecrets('d3b6308e14ed2f7ec2b5919c7be3\n6eeafa3ae4b4d28c07f69c1bbb2919810f0a', ['1981'])).toEqual([]);
  });

  it('finds a birth year standing as a number, a name and a contact wherever they are', () => {
    const leak = `${auditRow} Farhod Nazarov (1981), +7 900 123-45-67; born:1981.`;
    expect(findSecrets(leak, ['1981', 'Farhod', 'Nazarov', '123-45-67', 'Umed'])).toEqual(['1981', 'Farhod', 'Nazarov', '123-45-67']);
    expect(findSecrets('{"birthYear":1981}', ['1981'])).toEqual(['1981']);
    expect(findSecrets('2026-12-04,1981,VICTIM', ['1981'])).toEqual(['1981']);
  });

  it('compares letters without case only when asked', () => {
    expect(findSecrets('FARHOD NAZAROV', ['Farhod'])).toEqual([]);
    expect(findSecrets('FARHOD NAZAROV', ['Farhod', 'назаров'], { ignoreCase: true })).toEqual(['Farhod']);
    expect(findSecrets('НАЗАРОВ', ['назаров'], { ignoreCase: true })).toEqual(['назаров']);
  });
});
