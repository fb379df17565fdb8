import './core/zod-jitless';
import '@mantine/core/styles.css';
import './layout/layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AppThemeProvider } from './core/app-theme';
import { initI18n } from './core/i18n';
import { registerServiceWorker } from './core/service-worker';
import { SessionProvider } from './core/session';
import { OfflineBanner } from './layout/offline-banner';

registerServiceWorker();

void initI18n().then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <AppThemeProvider>
        <OfflineBanner />
        <SessionProvider>
          <App />
        </SessionProvider>
      </AppThemeProvider>
    </StrictMode>,
  ),
);
