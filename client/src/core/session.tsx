import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fetchMe, takeEarlyMe, type Me } from './me-query';

type StoreReset = () => Promise<unknown>;
let resetStore: StoreReset | null = null;

/** The Apollo client, once loaded (apollo-boundary.tsx), forgets a previous user's data on each refresh. */
export function setStoreReset(reset: StoreReset | null): void {
  resetStore = reset;
}

export type { Me } from './me-query';
export type OrgRoleName = Me['memberships'][number]['roles'][number];

export interface Session {
  me: Me | null;
  loading: boolean;
  refresh: () => Promise<void>;
  /** The user is a liaison and nothing else: the interface shows only what liaisons may read. */
  isLiaisonOnly: boolean;
  isCoordinator: boolean;
  /** The user signed in on this page (it saw nobody signed in before), not a session resumed by a reload. */
  signedInHere: boolean;
  /** Organisations where the user holds one of the roles. */
  orgsWithRole: (...roles: OrgRoleName[]) => Me['memberships'][number]['organisation'][];
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [signedInHere, setSignedInHere] = useState(false);
  const sawNobody = useRef(false);
  const load = useCallback(async (first = false) => {
    // The first answer was asked for by the entry (main.tsx) while React was still downloading.
    const user = await (first ? takeEarlyMe() : fetchMe());
    if (!user) sawNobody.current = true;
    const apply = () => {
      setSignedInHere(sawNobody.current && user !== null);
      setMe(user);
      setLoading(false);
    };
    // The first answer renders the whole signed-in page: as a transition React builds it in slices (and
    // keeps the loader until the page's chunks are in) rather than in one long task. Later refreshes
    // (sign-in, sign-out) apply at once, before the caller navigates.
    if (first) startTransition(apply);
    else apply();
  }, []);
  useEffect(() => {
    void load(true);
  }, [load]);
  const value = useMemo<Session>(() => {
    const coalitionRoles = me?.coalitionRoles ?? [];
    return {
      me,
      loading,
      refresh: async () => {
        await resetStore?.().catch(() => undefined);
        await load();
      },
      isLiaisonOnly:
        coalitionRoles.includes('LIAISON') && !coalitionRoles.includes('COORDINATOR') && (me?.memberships.length ?? 0) === 0,
      isCoordinator: coalitionRoles.includes('COORDINATOR'),
      signedInHere,
      orgsWithRole: (...roles) =>
        (me?.memberships ?? []).filter((m) => m.roles.some((r) => roles.includes(r))).map((m) => m.organisation),
    };
  }, [me, loading, load, signedInHere]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
