import fc from 'fast-check';
import { csvSafeCell, startsFormula } from './spreadsheet-cell';

describe('csvSafeCell', () => {
  it('puts a quote before a cell that would start a formula, and changes nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvSafeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvSafeCell('=HYPERLINK("http://evil.example","x")')).toBe('\'=HYPERLINK("http://evil.example","x")');
    for (const plain of ['', 'Raid', ' =1', "'=1", '2013-02-08', '1016']) expect(csvSafeCell(plain)).toBe(plain);
  });

  it('never writes a cell that starts a formula, and keeps what follows the quote', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvSafeCell(value);
        expect(startsFormula(cell)).toBe(false);
        expect(cell === value || cell === `'${value}`).toBe(true);
      }),
    );
  });
});
