import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { BucketCard } from './bucket-card';
import { DashboardFilters } from './dashboard-filters';
import type { DashboardFilter } from './dashboard-filter-params';
import { FlowCard } from './flow-card';

// jsdom has no layout: charts measure their box with ResizeObserver, and Mantine's combobox scrolls options into view.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => undefined;
});

const rows = [
  { key: 'RU', label: 'Russia', count: 12, suppressed: false },
  { key: 'TJ', label: 'Tajikistan', count: null, suppressed: true },
  { key: 'UZ', label: 'Uzbekistan', count: null, suppressed: true },
];

describe('BucketCard', () => {
  it('lists suppressed buckets as "fewer than 5" in words and in the table, never as 0', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BucketCard title="Cases by country involved" rows={rows} threshold={5} horizontalBars />);
    const card = screen.getByRole('region', { name: 'Cases by country involved' });
    expect(within(card).getByTestId('suppressed-list')).toHaveTextContent(/^Not drawn, fewer than 5:\s*Tajikistan, Uzbekistan$/);
    await user.click(within(card).getByText('Show the numbers'));
    const cells = within(card)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['Russia', '12', 'Tajikistan', 'fewer than 5', 'Uzbekistan', 'fewer than 5']);
    expect(cells).not.toContain('0');
  });

  it('reads in Russian', () => {
    renderWithProviders(<BucketCard title="Дела по странам" rows={rows} threshold={5} />, { lng: 'ru' });
    expect(screen.getByTestId('suppressed-list')).toHaveTextContent(
      /^Не показаны на графике, меньше 5:\s*Tajikistan, Uzbekistan$/,
    );
  });

  it('says so when nothing matches', () => {
    renderWithProviders(<BucketCard title="Cases by status" rows={[]} threshold={0} />);
    expect(screen.getByText('No cases match these filters.')).toBeInTheDocument();
  });
});

describe('FlowCard', () => {
  it('shows suppressed flows only as table rows reading "fewer than 5"', () => {
    renderWithProviders(
      <FlowCard flows={[{ fromCountryCode: 'RU', toCountryCode: 'TJ', count: null, suppressed: true }]} threshold={5} />,
    );
    expect(screen.getByText('Every flow is fewer than 5 cases, so none is drawn.')).toBeInTheDocument();
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['Russia', 'Tajikistan', 'fewer than 5']);
  });

  it('lists exact flows, largest first', () => {
    renderWithProviders(
      <FlowCard
        flows={[
          { fromCountryCode: 'RU', toCountryCode: 'UZ', count: 2, suppressed: false },
          { fromCountryCode: 'RU', toCountryCode: 'TJ', count: 7, suppressed: false },
        ]}
        threshold={0}
      />,
    );
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Russia',
      'Tajikistan',
      '7',
      'Russia',
      'Uzbekistan',
      '2',
    ]);
  });
});

describe('DashboardFilters', () => {
  const none: DashboardFilter = { from: null, to: null, country: null, categories: [], crossBorder: null };

  it('reports each change as a whole filter, and clears them all', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const { rerender } = renderWithProviders(<DashboardFilters filter={none} countryCodes={['TJ', 'RU']} onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();

    await user.click(screen.getByRole('textbox', { name: 'Cross-border' }));
    await user.click(await screen.findByRole('option', { name: 'Only cross-border', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith({ ...none, crossBorder: true });

    await user.click(screen.getByRole('textbox', { name: 'Country' }));
    await screen.findByRole('option', { name: 'Tajikistan', hidden: true });
    const countryList = screen.getByRole('listbox', { name: 'Country', hidden: true });
    const options = within(countryList)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent);
    expect(options).toEqual(['Russia', 'Tajikistan']);
    await user.click(screen.getByRole('option', { name: 'Tajikistan', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith({ ...none, country: 'TJ' });

    rerender(
      <DashboardFilters
        filter={{ ...none, country: 'TJ', from: '2013-01-01' }}
        countryCodes={['TJ', 'RU']}
        onChange={onChange}
      />,
    );
    expect(screen.getByLabelText('Incidents from')).toHaveValue('2013-01-01');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith(none);
  });
});
