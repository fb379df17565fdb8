import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Case ADC-2013-001 · Coalition": what a tab, the history and a screen reader's window list show. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

/**
 * The page's one <h1>. The shell moves focus here after each navigation (app-layout.tsx), so a screen
 * reader announces the new page; tabIndex -1 makes it focusable without adding a tab stop.
 */
export function PageTitle({ children, documentTitle, ...props }: TitleProps & { documentTitle?: string | null }) {
  useDocumentTitle(documentTitle ?? (typeof children === 'string' ? children : null));
  return (
    <Title order={1} size="h2" tabIndex={-1} data-page-heading="" {...props}>
      {children}
    </Title>
  );
}
