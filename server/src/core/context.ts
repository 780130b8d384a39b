import type { Request, Response } from 'express';
import type { Role } from '@nuanxin/shared';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';

/** Who is calling: a signed-in account (API clients join with the accounts issue). */
export type Actor = {
  kind: 'account';
  accountId: string;
  unitId: string;
  roles: Role[];
  sessionId: string;
};

/** Where a request came from, for sessions and the audit trail. */
export type RequestMeta = {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
};

/** The GraphQL context: built once per request, read by resolvers, never mutated by them. */
export type Context = {
  meta: RequestMeta;
  actor: Actor | null;
  services: Services;
  logger: Logger;
  req: Request;
  res: Response;
};
