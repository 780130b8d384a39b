export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/account/password';

/** The login URL that brings the user back to `path` (pathname + search) afterwards. */
export function loginPathFor(path: string): string {
  if (path === '/' || path === '') return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(path)}`;
}

/** The change-password page that brings the user back to `path` afterwards. */
export function changePasswordPathFor(path: string): string {
  if (path === '/' || path === '') return CHANGE_PASSWORD_PATH;
  return `${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(path)}`;
}

/**
 * Where to go after signing in or after a forced password change. Only same-site absolute
 * paths are accepted, so a crafted link (`?next=//evil.example` or `?next=https://…`) cannot
 * send the user to another site; nor back to the login or password page itself.
 */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  for (const own of [LOGIN_PATH, CHANGE_PASSWORD_PATH]) {
    if (next === own || next.startsWith(`${own}?`)) return '/';
  }
  return next;
}
