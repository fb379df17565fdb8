import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../core/session';
import { ShellFrame } from './shell-frame';

/** Signed-out users go to /login and come back to where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  // The shell's frame, not a blank page, while the session is asked for.
  if (loading) return <ShellFrame pathname={location.pathname} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
