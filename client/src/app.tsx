import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { setSessionExpiredHandler } from './core/session-expiry';
import { useSession } from './core/session';
import { LoginPage } from './features/auth/login-page';
import { PageLoader } from './layout/page-loader';
import { RequireAuth } from './layout/require-auth';
import { ShellFrame } from './layout/shell-frame';
import { firstPaint, isSignedInPath } from './route-prefetch';

// Every page but sign-in is its own chunk, so the first load stays small.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const ApolloBoundary = lazy(() =>
  firstPaint.then(() => import('./core/apollo-boundary')).then((module) => ({
    default: module.ApolloBoundary as ComponentType<{ children: ReactNode }>,
  })),
);
// The signed-in shell (navigation, menus) is not needed to sign in.
const AppLayout = page(() => import('./layout/app-layout'), 'AppLayout');
const DashboardPage = page(() => import('./features/dashboard/dashboard-page'), 'DashboardPage');
const CaseListPage = page(() => import('./features/cases/case-list-page'), 'CaseListPage');
const CaseNewPage = page(() => import('./features/cases/case-new-page'), 'CaseNewPage');
const CaseDetailPage = page(() => import('./features/cases/case-detail-page'), 'CaseDetailPage');
const CaseEditPage = page(() => import('./features/cases/case-edit-page'), 'CaseEditPage');
const ReferralsInboxPage = page(() => import('./features/referrals/referrals-inbox-page'), 'ReferralsInboxPage');
const ImportPage = page(() => import('./features/import/import-page'), 'ImportPage');
const StatementListPage = page(() => import('./features/statements/statement-list-page'), 'StatementListPage');
const StatementNewPage = page(() => import('./features/statements/statement-new-page'), 'StatementNewPage');
const StatementDetailPage = page(() => import('./features/statements/statement-detail-page'), 'StatementDetailPage');
const PublicStatementPage = page(() => import('./features/public/public-statement-page'), 'PublicStatementPage');
const BriefingListPage = page(() => import('./features/briefings/briefing-list-page'), 'BriefingListPage');
const BriefingDetailPage = page(() => import('./features/briefings/briefing-detail-page'), 'BriefingDetailPage');
const MembersPage = page(() => import('./features/admin/members-page'), 'MembersPage');
const OrganisationsPage = page(() => import('./features/admin/organisations-page'), 'OrganisationsPage');
const InviteAcceptPage = page(() => import('./features/admin/invite-accept-page'), 'InviteAcceptPage');
const AccountPage = page(() => import('./features/account/account-page'), 'AccountPage');
const NotificationsPage = page(() => import('./features/notifications/notifications-page'), 'NotificationsPage');
const ForgotPasswordPage = page(() => import('./features/auth/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./features/auth/reset-password-page'), 'ResetPasswordPage');
const AuditPage = page(() => import('./features/audit/audit-page'), 'AuditPage');
const SearchPage = page(() => import('./features/search/search-page'), 'SearchPage');

/** When the server says the session is gone, go to sign-in and come back here; forms keep their drafts. */
function SessionExpiryRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  useEffect(() => {
    setSessionExpiredHandler(() => {
      // Late answers of the page just left must not replace the way back with /login itself.
      if (location.pathname.startsWith('/login')) return;
      const next = `${location.pathname}${location.search}`;
      void session.refresh().then(() => navigate(`/login?expired=1&next=${encodeURIComponent(next)}`, { replace: true }));
    });
  }, [navigate, location, session]);
  return null;
}

/** While a page's chunks load: a signed-in page's frame (heading included where known), else the loader. */
function RouteFallback() {
  const { pathname } = useLocation();
  return isSignedInPath(pathname) ? <ShellFrame pathname={pathname} /> : <PageLoader />;
}

export function App() {
  return (
    <BrowserRouter>
      <SessionExpiryRedirect />
      <Suspense fallback={<RouteFallback />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <ApolloBoundary>
                <Outlet />
              </ApolloBoundary>
            }
          >
            <Route path="/p/:slug" element={<PublicStatementPage />} />
            <Route path="/invite/:token" element={<InviteAcceptPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              <Route path="/" element={<Navigate to="/dashboard" replace />} />
              <Route path="/dashboard" element={<DashboardPage />} />
              <Route path="/cases" element={<CaseListPage />} />
              <Route path="/cases/new" element={<CaseNewPage />} />
              <Route path="/cases/:id" element={<CaseDetailPage />} />
              <Route path="/cases/:id/edit" element={<CaseEditPage />} />
              <Route path="/referrals" element={<ReferralsInboxPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/statements" element={<StatementListPage />} />
              <Route path="/statements/new" element={<StatementNewPage />} />
              <Route path="/statements/:id" element={<StatementDetailPage />} />
              <Route path="/briefings" element={<BriefingListPage />} />
              <Route path="/briefings/:id" element={<BriefingDetailPage />} />
              <Route path="/admin/members" element={<MembersPage />} />
              <Route path="/admin/organisations" element={<OrganisationsPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="/notifications" element={<NotificationsPage />} />
              <Route path="/audit" element={<AuditPage />} />
              <Route path="/search" element={<SearchPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}

function NotFound() {
  return <Navigate to="/dashboard" replace />;
}
