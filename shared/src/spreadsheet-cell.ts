// A cell of a CSV the product writes: spreadsheet programs (Excel, LibreOffice,
// Google Sheets) run a cell that begins with one of these characters as a
// formula, so `=HYPERLINK(...)` typed into a case title would become a live
// link in an embassy's spreadsheet. The contract's rule: such a cell is
// written with a leading `'`, which every one of them shows as plain text.

const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text of a CSV cell as it is written: a leading `'` when it would otherwise start a formula. */
export function csvSafeCell(value: string): string {
  return value.length > 0 && FORMULA_STARTS.has(value[0]) ? `'${value}` : value;
}

/** Whether a written CSV cell could start a formula (for tests and checks). */
export function startsFormula(value: string): boolean {
  return value.length > 0 && FORMULA_STARTS.has(value[0]);
}
