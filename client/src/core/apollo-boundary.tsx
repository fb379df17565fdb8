import { ApolloProvider } from '@apollo/client';
import { useEffect, type ReactNode } from 'react';
import { createApolloClient } from './apollo-client';
import { setStoreReset } from './session';

const client = createApolloClient();

/** Apollo for every page but sign-in; loaded with the first of them (app.tsx). */
export function ApolloBoundary({ children }: { children: ReactNode }) {
  useEffect(() => {
    setStoreReset(() => client.resetStore());
    return () => setStoreReset(null);
  }, []);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
