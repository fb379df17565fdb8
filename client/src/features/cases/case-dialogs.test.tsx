import { ApolloClient, ApolloProvider, HttpLink, InMemoryCache } from '@apollo/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { CaseConflictPanel } from './case-conflict-panel';
import { diffConflict, emptyCaseFormValues, type CaseFormValues } from './case-form-values';
import { EventDialog } from './event-dialog';
import { PersonDialog } from './person-dialog';
import { hiddenReason } from './person-visibility';

// A real Apollo client whose transport records what would go to the server: invalid input must never get there.
function withApollo(fetch: jest.Mock) {
  const client = new ApolloClient({ link: new HttpLink({ uri: 'http://server.invalid/graphql', fetch }), cache: new InMemoryCache() });
  return function Wrapper({ children }: { children: ReactNode }) {
    return <ApolloProvider client={client}>{children}</ApolloProvider>;
  };
}

beforeEach(() => sessionStorage.clear());

describe('PersonDialog', () => {
  it('shows the shared schema’s errors next to the fields and sends nothing', async () => {
    const user = userEvent.setup();
    const fetch = jest.fn();
    const Apollo = withApollo(fetch);
    renderWithProviders(
      <Apollo>
        <PersonDialog caseId="c1" draftKey="u1.c1" opened onClose={() => undefined} onAdded={() => undefined} />
      </Apollo>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.type(screen.getByLabelText(/^Birth year/), '1850');
    await user.type(screen.getByRole('textbox', { name: /^Citizenship/ }), 'Tajik');
    expect(await screen.findByRole('option', { name: 'Tajikistan', hidden: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByLabelText(/^Full name/)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^Birth year/)).toHaveAccessibleDescription('Must be 1900 or later');
    expect(dialog).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('EventDialog', () => {
  it('requires a real date and a title, in Russian too', async () => {
    const user = userEvent.setup();
    const fetch = jest.fn();
    const Apollo = withApollo(fetch);
    renderWithProviders(
      <Apollo>
        <EventDialog caseId="c1" draftKey="u1.c1" opened onClose={() => undefined} onAdded={() => undefined} />
      </Apollo>,
      { lng: 'ru' },
    );
    await screen.findByRole('dialog', { name: 'Добавить событие' });
    await user.click(screen.getByRole('button', { name: 'Добавить событие' }));
    expect(screen.getByLabelText(/^Дата/)).toHaveAccessibleDescription('Введите существующую дату');
    expect(screen.getByLabelText(/^Название/)).toHaveAccessibleDescription('Обязательное поле');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('why personal data is hidden', () => {
  it('tells a missing personal-data share from a missing consent', () => {
    expect(hiddenReason({ fullName: 'Zarina Khodjaeva', consentToShare: true }, true)).toBeNull();
    expect(hiddenReason({ fullName: null, consentToShare: true }, false)).toBe('notShared');
    expect(hiddenReason({ fullName: null, consentToShare: false }, false)).toBe('notShared');
    expect(hiddenReason({ fullName: null, consentToShare: false }, true)).toBe('noConsent');
    // The owner reads every person it holds: a null name there was erased.
    expect(hiddenReason({ fullName: null, consentToShare: true }, true, true)).toBe('erased');
    expect(hiddenReason({ fullName: 'Zarina Khodjaeva', consentToShare: true }, true, true)).toBeNull();
  });
});

describe('CaseConflictPanel', () => {
  it('shows each field changed on the server with its value and the user’s, translated', async () => {
    const user = userEvent.setup();
    const base: CaseFormValues = { ...emptyCaseFormValues('o'), title: 'Raid', countryCode: 'RU', status: 'OPEN' };
    const theirs: CaseFormValues = { ...base, status: 'MONITORING', countryCode: 'TJ' };
    const mine: CaseFormValues = { ...base, status: 'CLOSED' };
    const keep = jest.fn();
    renderWithProviders(<CaseConflictPanel rows={diffConflict(base, theirs, mine)} serverVersion={4} onKeepMine={keep} onTakeTheirs={() => undefined} />);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'FieldNow on the serverIn your form',
      'StatusMonitoringClosed',
      "CountryTajikistan (TJ)Russia (RU)You did not change this: the server's value will be kept",
    ]);
    expect(screen.getByText(/now at version 4/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep my edits on the new version' }));
    expect(keep).toHaveBeenCalledTimes(1);
  });
});
