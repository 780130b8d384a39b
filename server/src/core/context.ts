import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { Role } from '@nuanxin/shared';
import type { Logger } from '../logger.js';
import { unauthenticated } from './errors.js';
import type { Services } from '../services.js';

/** A person signed in with a session (cookie or bearer token). */
export type AccountActor = {
  kind: 'account';
  accountId: string;
  /** Display name, for the audit log. */
  name: string;
  unitId: string;
  /** Materialized path of the unit: the actor's scope. */
  unitPath: string;
  mustChangePassword: boolean;
  roles: Role[];
  sessionId: string;
};

/** A third-party system calling with an API client's credentials. */
export type ApiClientActor = {
  kind: 'apiClient';
  clientId: string;
  name: string;
  unitId: string;
  unitPath: string;
  scope: 'read' | 'read_write';
};

/** Who is calling. Every rule about what they may see starts from `unitId`. */
export type Actor = AccountActor | ApiClientActor;

/** A stable key for per-caller limits and logs: `account:<id>` or `apiClient:<id>`. */
export const actorKey = (actor: Actor) =>
  actor.kind === 'account' ? `account:${actor.accountId}` : `apiClient:${actor.clientId}`;

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
  /** Per-request DataLoaders, so nested fields cost one query per level, not one per row. */
  loaders: Map<string, DataLoader<string, unknown>>;
};

/** The request's DataLoader for `key`, created on first use. */
export function loaderOf<V>(
  ctx: Context,
  key: string,
  batch: (ids: readonly string[]) => Promise<(V | Error)[]>,
): DataLoader<string, V> {
  let loader = ctx.loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    ctx.loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** An authenticated caller with where the call came from: what services take. */
export type Caller = { actor: Actor; meta: RequestMeta };

/** The caller of a request, or UNAUTHENTICATED. */
export function callerOf(ctx: Context): Caller {
  if (!ctx.actor) throw unauthenticated();
  return { actor: ctx.actor, meta: ctx.meta };
}
