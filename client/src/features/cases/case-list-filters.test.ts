import { dateRange } from './case-list-page';

describe('dateRange', () => {
  it('applies a valid range', () => {
    expect(dateRange(new URLSearchParams('from=2024-01-01&to=2024-02-01'))).toEqual({
      from: { value: '2024-01-01', problem: null },
      to: { value: '2024-02-01', problem: null },
    });
  });

  it('reports a malformed or impossible date and does not apply it', () => {
    expect(dateRange(new URLSearchParams('from=2024-13-45&to=yesterday'))).toEqual({
      from: { value: '', problem: 'invalidDate' },
      to: { value: '', problem: 'invalidDate' },
    });
  });

  it('reports an end before the start and applies only the start', () => {
    expect(dateRange(new URLSearchParams('from=2024-03-01&to=2024-02-01'))).toEqual({
      from: { value: '2024-03-01', problem: null },
      to: { value: '', problem: 'toBeforeFrom' },
    });
  });
});
