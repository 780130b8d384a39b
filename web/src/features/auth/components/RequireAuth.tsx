import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../../../app/FullPageSpin';
import { useSession } from '../hooks/useSession';
import {
  CHANGE_PASSWORD_PATH,
  changePasswordPathFor,
  LOGIN_PATH,
  loginPathFor,
} from '../next-path';

/**
 * Route guard: renders the child routes only for a signed-in account, and only the
 * change-password page while an administrator-set password has not been changed (the server
 * refuses everything else until then).
 */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();

  if (state.status === 'signed-in') {
    if (state.account.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
      return <Navigate to={changePasswordPathFor(location.pathname + location.search)} replace />;
    }
    return <Outlet />;
  }
  if (state.status === 'loading') return <FullPageSpin />;
  // After "sign out" the user starts afresh; otherwise bring them back here after signing in.
  if (state.status === 'signed-out' && state.reason === 'logout') {
    return <Navigate to={LOGIN_PATH} replace />;
  }
  return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
}
