import { ApolloClient, ApolloProvider, HttpLink, InMemoryCache } from '@apollo/client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { CaseDetailQuery } from '../../gql/graphql';
import { newReadersOnVisibility, widens } from './case-access';
import { CaseAccessPanel } from './case-access-panel';
import { ORGANISATIONS_QUERY } from './case-operations';
import { CaseSharesPanel } from './case-shares-panel';

type CaseData = NonNullable<CaseDetailQuery['case']>;

const org = (id: string, name: string) => ({ __typename: 'Organisation' as const, id, name, names: [], slug: id });
const owner = org('o1', 'Memorial Support');
const reader = org('o2', 'Civic Assistance');
const other = org('o3', 'Tbilisi Rights Centre');

function caseOf(overrides: Partial<CaseData> = {}): CaseData {
  return {
    id: 'c1',
    visibility: 'SHARED',
    ownerOrganisation: owner,
    myAccess: { canEdit: true, canShare: true, canSeePersonalData: true },
    persons: [
      { id: 'p1', pseudonym: 'Person A', fullName: 'Farhod Nazarov' },
      { id: 'p2', pseudonym: 'Person B', fullName: 'Jamshed Rahimov' },
    ],
    shares: [{ access: 'READ', personalData: false, grantedAt: '2026-01-01T00:00:00Z', organisation: reader }],
    readers: [
      { canChange: true, personsWithNames: ['p1', 'p2'], organisation: owner },
      { canChange: false, personsWithNames: [], organisation: reader },
    ],
    ...overrides,
  } as unknown as CaseData;
}

// A real Apollo client; its transport records what would go to the server.
function withApollo(fetch: jest.Mock) {
  const client = new ApolloClient({ link: new HttpLink({ uri: 'http://server.invalid/graphql', fetch }), cache: new InMemoryCache() });
  client.writeQuery({ query: ORGANISATIONS_QUERY, data: { organisations: [owner, reader, other] } });
  return function Wrapper({ children }: { children: ReactNode }) {
    return <ApolloProvider client={client}>{children}</ApolloProvider>;
  };
}

describe('who sees what', () => {
  it('names the readers a wider visibility adds', () => {
    const kase = caseOf({ visibility: 'RESTRICTED', readers: [{ canChange: true, personsWithNames: [], organisation: owner }] } as Partial<CaseData>);
    expect(widens('RESTRICTED', 'SHARED')).toBe(true);
    expect(widens('COALITION', 'SHARED')).toBe(false);
    expect(newReadersOnVisibility(kase, 'SHARED', [owner, reader, other]).map((o) => o.id)).toEqual(['o2']);
    expect(newReadersOnVisibility(kase, 'COALITION', [owner, reader, other]).map((o) => o.id)).toEqual(['o2', 'o3']);
    expect(newReadersOnVisibility(caseOf(), 'COALITION', [owner, reader, other]).map((o) => o.id)).toEqual(['o3']);
  });

  it('lists every reader, what it changes and whose real names it reads', async () => {
    renderWithProviders(<CaseAccessPanel kase={caseOf()} />);
    const list = await screen.findByRole('list', { name: 'Organisations that read this case' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Memorial Support');
    expect(items[0]).toHaveTextContent('Reads and changes');
    expect(items[0]).toHaveTextContent('Real names: Person A (Farhod Nazarov), Person B (Jamshed Rahimov)');
    expect(items[1]).toHaveTextContent('Civic Assistance');
    expect(items[1]).toHaveTextContent('Reads only');
    expect(items[1]).toHaveTextContent('Pseudonyms only');
  });

  it('asks before a share with personal data, naming the organisation, and sends nothing on cancel', async () => {
    const user = userEvent.setup();
    const fetch = jest.fn(() => new Promise<never>(() => undefined));
    const Apollo = withApollo(fetch);
    renderWithProviders(
      <Apollo>
        <CaseSharesPanel kase={caseOf()} onChanged={() => undefined} />
      </Apollo>,
    );
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Organisation' }), 'o3');
    await user.click(screen.getByRole('switch'));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this case?' });
    expect(dialog).toHaveTextContent('Tbilisi Rights Centre will read the case');
    expect(dialog).toHaveTextContent('real names and contacts of every person whose consent to share covers Tbilisi Rights Centre');
    await user.click(within(dialog).getByText('Cancel')); // the button, not the close icon
    expect(fetch).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Share this case?' })).getByRole('button', { name: 'Confirm' }));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [, init] = fetch.mock.calls[0] as unknown as [string, { body: string }];
    expect(JSON.parse(init.body)).toMatchObject({ variables: { caseId: 'c1', organisationId: 'o3', access: 'READ', personalData: true } });
  });
});
