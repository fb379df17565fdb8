import { useApolloClient, useQuery } from '@apollo/client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      displayName
      locale
      totpEnabled
      coalitionRoles
      memberships {
        roles
        organisation {
          id
          name
          names {
            language
            name
          }
          slug
          city
          countryCode
        }
      }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;
export type OrgRoleName = Me['memberships'][number]['roles'][number];

export interface Session {
  me: Me | null;
  loading: boolean;
  refresh: () => Promise<void>;
  /** The user is a liaison and nothing else: the interface shows only what liaisons may read. */
  isLiaisonOnly: boolean;
  isCoordinator: boolean;
  /** Organisations where the user holds one of the roles. */
  orgsWithRole: (...roles: OrgRoleName[]) => Me['memberships'][number]['organisation'][];
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(ME_QUERY, { fetchPolicy: 'network-only' });
  const me = data?.me ?? null;
  const value = useMemo<Session>(() => {
    const coalitionRoles = me?.coalitionRoles ?? [];
    return {
      me,
      loading: loading && !data,
      refresh: async () => {
        await client.resetStore().catch(() => undefined);
        await refetch();
      },
      isLiaisonOnly: coalitionRoles.includes('LIAISON') && !coalitionRoles.includes('COORDINATOR') && (me?.memberships.length ?? 0) === 0,
      isCoordinator: coalitionRoles.includes('COORDINATOR'),
      orgsWithRole: (...roles) =>
        (me?.memberships ?? []).filter((m) => m.roles.some((r) => roles.includes(r))).map((m) => m.organisation),
    };
  }, [me, loading, data, client, refetch]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
