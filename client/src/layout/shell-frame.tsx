import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DASHBOARD } from '../route-prefetch';
import { PageLoader } from './page-loader';

/**
 * The heading of a signed-in page that is known before the page's chunk is in: the dashboard's, whose strings
 * boot.tsx loads before the first render. Other pages show theirs when they render.
 */
function usePendingHeading(pathname: string): string | null {
  const { t, i18n } = useTranslation();
  return DASHBOARD.test(pathname) && i18n.hasLoadedNamespace('dashboard') ? t('dashboard:title') : null;
}

/** A page whose chunk, strings or session are still loading: its heading where known, and the loader. */
export function PendingPage({ pathname }: { pathname: string }) {
  const heading = usePendingHeading(pathname);
  return (
    <Stack gap="md" aria-busy="true">
      {/* Where the page's own heading (PageTitle) will be; not focusable, the page's own takes focus. */}
      {heading ? (
        <Title order={1} size="h2">
          {heading}
        </Title>
      ) : null}
      <PageLoader />
    </Stack>
  );
}

/**
 * The signed-in shell's frame, drawn with the first render (boot.tsx) and while the session, Apollo, the shell
 * and the page load (in the sign-in page's chunk, a few hundred bytes): the app bar and the page's heading where the
 * finished page puts them (layout.css gives it AppShell's measures), instead of a blank screen and a spinner
 * until ~40 requests are in.
 */
export function ShellFrame({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="shell-frame-header">
        <Text fw={700} fz={{ base: 'lg', sm: 'xl' }} component="span">
          {t('app.name')}
        </Text>
      </div>
      <div className="shell-frame-nav" />
      <div className="shell-frame-main">
        <PendingPage pathname={pathname} />
      </div>
    </>
  );
}
