import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render-with-providers';
import { parseImport } from './import-rows';
import { rowProblems } from './import-row-problems';
import { CheckedPanel } from './import-stage-panels';
import type { RowError } from './use-import-run';

const csv = [
  'reference,title,countryCode,incidentDate,status,detained',
  'ADC-1,,RU,2024-01-01,OPEN,1',
  'ADC-2,Raid,RU,14/03/2013,SOMETIMES,many',
  'ADC-1,Raid again,TJ,,,',
].join('\n');

describe('import row problems', () => {
  const parsed = parseImport('CSV', csv)!;

  it('finds each problem of a row again as a code and a column, from the shared schema', () => {
    expect(rowProblems(parsed.rowValue(1), 'title: Too small')).toEqual([{ column: 'title', code: 'required', params: {} }]);
    const second = rowProblems(parsed.rowValue(2), 'whatever')!;
    expect(second.map((p) => `${p.column}:${p.code}`)).toEqual(['status:invalid_value', 'incidentDate:invalidDate', 'detained:invalid_type']);
    expect(rowProblems(parsed.rowValue(3), 'reference: "ADC-1" repeats row 1')).toEqual([{ column: 'reference', code: 'referenceRepeats', params: { row: 1 } }]);
    expect(rowProblems(parsed.rowValue(3), 'reference: "ADC-1" is already used')).toEqual([{ column: 'reference', code: 'referenceTaken', params: {} }]);
    expect(rowProblems(parsed.rowValue(3), 'something new')).toBeNull();
    expect(rowProblems({ title: 'Raid', countryCode: 'XX' }, '')).toEqual([{ column: 'countryCode', code: 'invalidCountry', params: {} }]);
    expect(rowProblems(JSON.parse('[1]')[0], 'must be an object')).toEqual([{ column: null, code: 'notObject', params: {} }]);
  });

  function errorsFor(messages: string[]): RowError[] {
    return messages.map((message, i) => ({ row: i + 1, line: i + 2, message, problems: rowProblems(parsed.rowValue(i + 1), message) }));
  }

  it('lists them row by row in Russian, not in the server’s English', () => {
    const errors = errorsFor(['title: Too small', 'status: Invalid option', 'reference: "ADC-1" repeats row 1']);
    renderWithProviders(
      <MemoryRouter>
        <CheckedPanel stage={{ kind: 'checked', rows: 3, errors }} organisationName="ADC" onImport={() => undefined} />
      </MemoryRouter>,
      { lng: 'ru' },
    );
    const rows = within(screen.getByTestId('import-row-errors')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('title: обязательно, но пусто');
    expect(rows[1]).toHaveTextContent('status: не из допустимых значений: Открыто (OPEN), Наблюдение (MONITORING), Решено (RESOLVED), Закрыто (CLOSED)');
    expect(rows[1]).toHaveTextContent('incidentDate: не дата в виде ГГГГ-ММ-ДД');
    expect(rows[2]).toHaveTextContent('reference: тот же номер, что в строке 1');
    expect(screen.getByTestId('import-row-errors')).not.toHaveTextContent('Too small');
  });

  it('names countries, statuses and categories in Russian rather than by their codes', async () => {
    const named = parseImport(
      'CSV',
      ['title,countryCode,status,categories', 'Raid,Tajikistan,SOMETIMES,RAID;SWEEP', 'Raid,таджикистан,,'].join('\n'),
    )!;
    const errors: RowError[] = [1, 2].map((row) => ({ row, line: row + 1, message: 'x', problems: rowProblems(named.rowValue(row), 'x') }));
    expect(errors[0]!.problems!.find((p) => p.column === 'countryCode')).toEqual({ column: 'countryCode', code: 'countryByName', params: { country: 'TJ' } });
    renderWithProviders(
      <MemoryRouter>
        <CheckedPanel stage={{ kind: 'checked', rows: 2, errors }} organisationName="ADC" onImport={() => undefined} />
      </MemoryRouter>,
      { lng: 'ru' },
    );
    const table = await screen.findByTestId('import-row-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('countryCode: название страны (Таджикистан), а не её код: напишите TJ');
    expect(rows[0]).toHaveTextContent('status: не из допустимых значений: Открыто (OPEN), Наблюдение (MONITORING), Решено (RESOLVED), Закрыто (CLOSED)');
    expect(rows[0]).toHaveTextContent('categories: не из допустимых значений: Рейд (RAID), Произвольное задержание (ARBITRARY_DETENTION)');
    expect(rows[1]).toHaveTextContent('countryCode: название страны (Таджикистан)');
  });
});
