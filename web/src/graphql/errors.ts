import type { TFunction } from 'i18next';
import type { GraphQLError } from 'graphql';
import type { CombinedError } from 'urql';

/** Codes the server puts in `extensions.code` (server/src/core/errors.ts). */
const SERVER_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ServerErrorCode = (typeof SERVER_CODES)[number];

/** What went wrong, as far as the UI cares. */
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

const KNOWN_REASONS = ['REQUIRED', 'TOO_LONG', 'TOO_SHORT', 'CHECKSUM', 'INVALID'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

// The server passes class-validator constraint names through upper-cased (isNotEmpty →
// ISNOTEMPTY); these read the same to a user as our own reasons.
const REASON_ALIASES: Record<string, KnownReason> = {
  ISNOTEMPTY: 'REQUIRED',
  ISDEFINED: 'REQUIRED',
  MAXLENGTH: 'TOO_LONG',
  MINLENGTH: 'TOO_SHORT',
};

function isServerCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && (SERVER_CODES as readonly string[]).includes(value);
}

function firstCodedError(error: CombinedError): GraphQLError | undefined {
  return error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string');
}

/** Classifies a failed operation; transport failures count as NETWORK. */
export function errorCode(error: CombinedError): ErrorCode {
  const code = firstCodedError(error)?.extensions.code;
  if (isServerCode(code)) return code;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  // Parse or validation errors mean this client and the server disagree: nothing the user can fix.
  return 'UNKNOWN';
}

export type BadInputDetail = {
  /** Path of the offending input, e.g. `input.members.0.idNumber`. */
  field?: string;
  /** Machine-readable reason, normalised to one of ours when we know it. */
  reason?: string;
  /** The server's own message (not localised). */
  message?: string;
};

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The details of a BAD_USER_INPUT error, for forms that want to mark the field. */
export function badInputDetail(error: CombinedError): BadInputDetail | undefined {
  const graphQLError = error.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (!graphQLError) return undefined;
  const { field, reason, message } = graphQLError.extensions;
  const rawReason = asString(reason)?.toUpperCase();
  return {
    field: asString(field),
    reason: rawReason ? (REASON_ALIASES[rawReason] ?? rawReason) : undefined,
    message: asString(message) ?? asString(graphQLError.message),
  };
}

function isKnownReason(reason: string | undefined): reason is KnownReason {
  return reason !== undefined && (KNOWN_REASONS as readonly string[]).includes(reason);
}

export type DescribeErrorOptions = {
  /** Screen-specific text for a code, e.g. "wrong username or password" for UNAUTHENTICATED on login. */
  overrides?: Partial<Record<ErrorCode, string>>;
  /** The screen's label for an input path, so BAD_USER_INPUT can name the field. */
  fieldLabel?: (field: string) => string | undefined;
};

/** A localised, user-facing sentence for a failed operation. */
export function describeError(
  error: CombinedError,
  t: TFunction,
  options: DescribeErrorOptions = {},
): string {
  const code = errorCode(error);
  const override = options.overrides?.[code];
  if (override) return override;
  if (code !== 'BAD_USER_INPUT') return t(`errors.${code}`);

  const detail = badInputDetail(error);
  const label = detail?.field ? options.fieldLabel?.(detail.field) : undefined;
  if (label && isKnownReason(detail?.reason)) {
    return t('errors.badInputField', {
      field: label,
      reason: t(`errors.reason.${detail.reason}`),
    });
  }
  if (detail?.message) return t('errors.badInputDetail', { detail: detail.message });
  return t('errors.BAD_USER_INPUT');
}
