import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../../../app/FullPageSpin';
import { useSession } from '../hooks/useSession';
import { LOGIN_PATH, loginPathFor } from '../next-path';

/** Route guard: renders the child routes only for a signed-in account. */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();

  if (state.status === 'signed-in') return <Outlet />;
  if (state.status === 'loading') return <FullPageSpin />;
  // After "sign out" the user starts afresh; otherwise bring them back here after signing in.
  if (state.status === 'signed-out' && state.reason === 'logout') {
    return <Navigate to={LOGIN_PATH} replace />;
  }
  return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
}
