import '@mantine/notifications/styles.css';
import { ApolloProvider } from '@apollo/client';
import { Notifications } from '@mantine/notifications';
import { useEffect, type ReactNode } from 'react';
import { createApolloClient } from './apollo-client';
import { setStoreReset } from './session';

const client = createApolloClient();

/** Apollo and notifications for every page but sign-in; loaded with the first of them (app.tsx). */
export function ApolloBoundary({ children }: { children: ReactNode }) {
  useEffect(() => {
    setStoreReset(() => client.resetStore());
    return () => setStoreReset(null);
  }, []);
  return (
    <ApolloProvider client={client}>
      <Notifications />
      {children}
    </ApolloProvider>
  );
}
