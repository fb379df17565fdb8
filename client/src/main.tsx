import './core/zod-jitless';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { ApolloProvider } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createApolloClient } from './core/apollo-client';
import { initI18n } from './core/i18n';
import { SessionProvider } from './core/session';

initI18n();
const client = createApolloClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <MantineProvider defaultColorScheme="light">
      <Notifications />
      <ApolloProvider client={client}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
