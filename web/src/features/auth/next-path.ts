export const LOGIN_PATH = '/login';

/** The login URL that brings the user back to `path` (pathname + search) afterwards. */
export function loginPathFor(path: string): string {
  if (path === '/' || path === '') return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(path)}`;
}

/**
 * Where to go after signing in. Only same-site absolute paths are accepted, so a crafted link
 * (`?next=//evil.example` or `?next=https://…`) cannot send the user to another site.
 */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return '/';
  return next;
}
