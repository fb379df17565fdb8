import { filterFromParams, paramsWithFilter, toCaseFilter } from './dashboard-filter-params';

describe('dashboard filters in the URL', () => {
  it('reads every filter and writes it back unchanged', () => {
    const params = new URLSearchParams(
      'from=2013-01-01&to=2013-03-31&country=tj&category=RAID&category=deportation&crossBorder=true&lang=ru',
    );
    const filter = filterFromParams(params);
    expect(filter).toEqual({
      from: '2013-01-01',
      to: '2013-03-31',
      country: 'TJ',
      categories: ['RAID', 'DEPORTATION'],
      crossBorder: true,
    });
    const written = paramsWithFilter(new URLSearchParams('lang=ru'), filter);
    expect(written.toString()).toBe(
      'lang=ru&from=2013-01-01&to=2013-03-31&country=TJ&category=RAID&category=DEPORTATION&crossBorder=true',
    );
    expect(filterFromParams(written)).toEqual(filter);
  });

  it('ignores malformed values from a hand-edited link instead of sending them', () => {
    const filter = filterFromParams(new URLSearchParams('from=yesterday&country=Russia&category=NOPE&crossBorder=maybe'));
    expect(filter).toEqual({ from: null, to: null, country: null, categories: [], crossBorder: null });
    expect(toCaseFilter(filter)).toEqual({});
  });

  it('maps to the GraphQL CaseFilter, keeping crossBorder=false', () => {
    const filter = filterFromParams(new URLSearchParams('crossBorder=false&category=RAID'));
    expect(toCaseFilter(filter)).toEqual({ crossBorder: false, categories: ['RAID'] });
  });
});
