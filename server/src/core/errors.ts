import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger.js';

/** Stable error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export type AppErrorExtensions = {
  /** Path of the offending input field, e.g. `input.members.0.idNumber`. */
  field?: string;
  /** Machine-readable reason, e.g. `CHECKSUM`, `REQUIRED`, `TOO_LONG`. */
  reason?: string;
  [key: string]: unknown;
};

/** An error meant for the client: its message and extensions are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: AppErrorExtensions = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = 'Not signed in') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string, extensions: AppErrorExtensions = {}) =>
  new AppError('CONFLICT', message, extensions);
export const badInput = (field: string, reason: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, { field, reason });

/** Codes produced by graphql-js and Apollo for malformed requests; safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js reports bad variables only in prose; clients get the field and reason as data. */
function variableProblem(message: string): AppErrorExtensions {
  const variable = /^Variable "\$([\w]+)"/.exec(message)?.[1];
  if (!variable) return {};
  const path = /at "\w+\.([\w.[\]]+)"/.exec(message)?.[1];
  const field = path ? `${variable}.${path}` : variable;
  if (/was not provided|must not be null/.test(message)) return { field, reason: 'REQUIRED' };
  return { field, reason: 'INVALID_VALUE' };
}

/**
 * Apollo `formatError`: client errors pass through without stack traces; anything else is logged
 * in full and replaced by a generic message so no SQL, stack or file path reaches the client.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { ...original.extensions },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors?.[0];
      const constraint = first?.constraints ? Object.entries(first.constraints)[0] : undefined;
      return {
        message: constraint?.[1] ?? 'Invalid input',
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          field: first?.property,
          reason: constraint?.[0]?.toUpperCase() ?? 'INVALID',
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
        Object.assign(extensions, variableProblem(formatted.message));
      }
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error in GraphQL request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
