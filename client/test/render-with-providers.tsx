import fs from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import { createInstance, type i18n as I18n } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

const LOCALES = path.join(__dirname, '../src/locales');

/**
 * The app's real translation files, read from disk: core/i18n.ts loads them with import.meta.glob,
 * which only Vite understands.
 */
export function createTestI18n(lng: 'en' | 'ru' = 'en'): I18n {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const lang of fs.readdirSync(LOCALES)) {
    resources[lang] = {};
    for (const file of fs.readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
      resources[lang][file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(LOCALES, lang, file), 'utf8')) as Record<string, unknown>;
    }
  }
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}

/** Renders with Mantine and the real translations; components that need Apollo or a router add their own. */
export function renderWithProviders(ui: ReactElement, options: { lng?: 'en' | 'ru' } & Omit<RenderOptions, 'wrapper'> = {}): RenderResult {
  const { lng = 'en', ...rest } = options;
  const i18n = createTestI18n(lng);
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MantineProvider>{children}</MantineProvider>
    </I18nextProvider>
  );
  return render(ui, { wrapper: Wrapper, ...rest });
}
