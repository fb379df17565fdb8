import { useMutation } from '@apollo/client';
import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useSession } from '../core/session';
import { SearchBox } from '../features/search/search-box';
import { LanguageSwitch } from './language-switch';
import { PageLoader } from './page-loader';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

interface NavItem {
  to: string;
  label: string;
  show: boolean;
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT);
  const member = (session.me?.memberships.length ?? 0) > 0;
  const admin = session.orgsWithRole('ADMIN').length > 0;

  // A liaison sees only what a liaison may read, and nothing that suggests more.
  const items: NavItem[] = [
    { to: '/dashboard', label: t('nav.dashboard'), show: true },
    { to: '/cases', label: t('nav.cases'), show: member || session.isCoordinator },
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

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Link to="/dashboard" style={{ color: 'inherit', textDecoration: 'none' }}>
              <Title order={3}>{t('app.name')}</Title>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchBox />
            <LanguageSwitch />
            <Text size="sm" visibleFrom="md" data-testid="current-user">
              {session.me?.displayName}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => void signOut()}>
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
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
