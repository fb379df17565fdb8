import { useMutation } from '@apollo/client';
import { AppShell, Burger, Button, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { LANGUAGE_NAMES, LANGUAGES, setLanguage } from '../core/i18n';
import { useSession } from '../core/session';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useAccountLanguage } from '../features/notifications/use-account-language';
import { SearchBox } from '../features/search/search-box';
import { LanguageSwitch } from './language-switch';
import { PendingPage } from './shell-frame';
import { useFocusHeadingOnNavigation, useTableCellLabels } from './use-page-focus';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * The account's language (features/notifications/use-account-language.ts) in a part of its own: the answer
 * of its query re-renders this, not the whole app bar and navigation.
 */
function AccountLanguage({ userId, signedInHere }: { userId: string | undefined; signedInHere: boolean }) {
  useAccountLanguage(userId, signedInHere);
  return null;
}

interface NavItem {
  to: string;
  label: string;
  show: boolean;
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT);
  const main = useRef<HTMLElement>(null);
  const member = (session.me?.memberships.length ?? 0) > 0;
  const admin = session.orgsWithRole('ADMIN').length > 0;
  useFocusHeadingOnNavigation(main, location.pathname);
  useTableCellLabels(main);

  // Each role sees only what it can use: a coordinator or liaison without a membership reads no case
  // list (only statistics), so no "Cases" entry that could only ever be empty.
  const items: NavItem[] = [
    { to: '/dashboard', label: t('nav.dashboard'), show: true },
    { to: '/cases', label: t('nav.cases'), show: member },
    { to: '/referrals', label: t('nav.referrals'), show: member },
    { to: '/import', label: t('nav.import'), show: session.orgsWithRole('ADMIN', 'CASEWORKER').length > 0 },
    { to: '/statements', label: t('nav.statements'), show: true },
    { to: '/briefings', label: t('nav.briefings'), show: true },
    { to: '/admin/members', label: t('nav.members'), show: admin || session.isCoordinator },
    { to: '/admin/organisations', label: t('nav.organisations'), show: session.isCoordinator },
    { to: '/audit', label: t('nav.audit'), show: admin || session.isCoordinator },
    { to: '/account', label: t('nav.account'), show: true },
  ];

  const signOut = async () => {
    await logout().catch(() => undefined);
    await session.refresh();
    navigate('/login');
  };
  const name = session.me?.displayName ?? '';

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AccountLanguage userId={session.me?.id} signedInHere={session.signedInHere} />
      <a className="skip-link" href="#main-content">
        {t('shell:skipLink')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={opened} />
            <Link to="/dashboard" style={{ color: 'inherit', textDecoration: 'none' }}>
              <Text fw={700} fz={{ base: 'lg', sm: 'xl' }} component="span">
                {t('app.name')}
              </Text>
            </Link>
          </Group>
          {/* On a phone the account's name gives way (truncated) so that every control stays on the screen. */}
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <SearchBox />
            {session.me ? <NotificationBell /> : null}
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <LanguageSwitch />
            </Group>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('shell:signedInAs', { name })} aria-haspopup="menu" data-testid="account-menu" style={{ minHeight: 44, maxWidth: '40vw', minWidth: 0, overflow: 'hidden' }}>
                  <Text size="sm" truncate data-testid="current-user">
                    {name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('shell:signedInAs', { name })}</Menu.Label>
                <Menu.Item component={Link} to="/account">
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Label>{t('language.label')}</Menu.Label>
                {LANGUAGES.map((lang) => (
                  <Menu.Item key={lang} lang={lang} onClick={() => void setLanguage(lang)} aria-current={i18n.language === lang ? 'true' : undefined}>
                    {LANGUAGE_NAMES[lang]}
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item onClick={() => void signOut()}>{t('auth.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button variant="subtle" size="xs" onClick={() => void signOut()} visibleFrom="sm">
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {items
          .filter((item) => item.show)
          .map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
              aria-current={location.pathname === item.to ? 'page' : undefined}
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" ref={main} tabIndex={-1}>
        <Suspense fallback={<PendingPage pathname={location.pathname} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
