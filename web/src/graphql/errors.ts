import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CHARACTER_CLASSES,
  PASSWORD_MIN_LENGTH,
  type PasswordRule,
} from '@nuanxin/shared';
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

const KNOWN_REASONS = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'LENGTH',
  'CHECKSUM',
  'INVALID',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

// The server passes class-validator constraint names through upper-cased (isNotEmpty →
// ISNOTEMPTY); these read the same to a user as our own reasons.
const REASON_ALIASES: Record<string, KnownReason> = {
  ISNOTEMPTY: 'REQUIRED',
  ISDEFINED: 'REQUIRED',
  ARRAYMINSIZE: 'REQUIRED',
  MAXLENGTH: 'TOO_LONG',
  MINLENGTH: 'TOO_SHORT',
  ISLENGTH: 'LENGTH',
  MATCHES: 'INVALID',
  ISINT: 'INVALID',
  MIN: 'INVALID',
  MAX: 'INVALID',
};

export const PASSWORD_RULES = [
  'MIN_LENGTH',
  'MAX_LENGTH',
  'CHARACTER_CLASSES',
  'CONTAINS_USERNAME',
] as const satisfies readonly PasswordRule[];

/** The limits the password texts interpolate, from the policy the server enforces too. */
export const PASSWORD_LIMITS = {
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
  classes: PASSWORD_MIN_CHARACTER_CLASSES,
};

/**
 * Reasons (`extensions.reason`) specific enough to have a sentence of their own, whatever the
 * code they come with: CONFLICT STALE_VERSION, BAD_USER_INPUT WRONG_PASSWORD, and so on.
 */
const SPECIFIC_REASONS = [
  ...PASSWORD_RULES,
  'WRONG_PASSWORD',
  'SAME_AS_CURRENT',
  'PASSWORD_CHANGE_REQUIRED',
  'STALE_VERSION',
  'DUPLICATE_CODE',
  'DUPLICATE_USERNAME',
  'HAS_ACTIVE_ACCOUNTS',
  'PARENT_INACTIVE',
  'NOT_ALLOWED_UNDER_PARENT',
  'INSIDE_OWN_SUBTREE',
  'OWN_UNIT',
  'UNIT_INACTIVE',
] as const;
export type SpecificReason = (typeof SPECIFIC_REASONS)[number];

function isSpecificReason(reason: unknown): reason is SpecificReason {
  return typeof reason === 'string' && (SPECIFIC_REASONS as readonly string[]).includes(reason);
}

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

export type ErrorDetail = {
  code: ErrorCode;
  /** Path of the input the error is about, whatever the code (CONFLICT DUPLICATE_USERNAME has one). */
  field?: string;
  /** `extensions.reason` as the server sent it. */
  reason?: string;
  extensions: Record<string, unknown>;
};

/** Code, field, reason and all extensions of the first coded error. */
export function errorDetail(error: CombinedError): ErrorDetail {
  const extensions = (firstCodedError(error)?.extensions ?? {}) as Record<string, unknown>;
  return {
    code: errorCode(error),
    field: asString(extensions.field),
    reason: asString(extensions.reason),
    extensions,
  };
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
  const { reason, extensions } = errorDetail(error);
  if (isSpecificReason(reason)) {
    if (reason === 'HAS_ACTIVE_ACCOUNTS' && typeof extensions.count === 'number') {
      return t('errors.byReason.HAS_ACTIVE_ACCOUNTS_COUNT', { n: extensions.count });
    }
    return t(`errors.byReason.${reason}`, PASSWORD_LIMITS);
  }
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
