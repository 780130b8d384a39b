import { createHash, randomBytes } from 'node:crypto';

/** Session tokens (`nx_…`) and API client secrets (`nxk_…`): 256 random bits each. */
export const SESSION_TOKEN_PREFIX = 'nx_';
export const API_CLIENT_SECRET_PREFIX = 'nxk_';

export const newToken = (prefix: string) => prefix + randomBytes(32).toString('base64url');

/**
 * Only digests are stored. A plain SHA-256 suffices (no argon2) because the tokens are random
 * 256-bit values, not passwords a person chose, and it keeps each request's lookup cheap.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
