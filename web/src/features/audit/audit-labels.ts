import { isEnumValue } from '@nuanxin/shared';

/** Actions the server records (server/src/modules/*), with a Chinese label each. */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'account.create',
  'account.update',
  'account.disable',
  'account.enable',
  'account.reset_password',
  'account.change_password',
  'unit.create',
  'unit.update',
  'unit.move',
  'unit.deactivate',
  'unit.reactivate',
  'apiClient.create',
  'apiClient.revoke',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export const KNOWN_ENTITY_TYPES = ['Account', 'Unit', 'ApiClient'] as const;
export type KnownEntityType = (typeof KNOWN_ENTITY_TYPES)[number];

export const KNOWN_ACTOR_KINDS = ['account', 'apiClient', 'system', 'anonymous'] as const;
export type KnownActorKind = (typeof KNOWN_ACTOR_KINDS)[number];

/** Record fields that appear in `changes`, with a label each. */
export const KNOWN_FIELDS = [
  'name',
  'code',
  'kind',
  'parentId',
  'sortOrder',
  'isActive',
  'username',
  'displayName',
  'phone',
  'unitId',
  'roles',
  'mustChangePassword',
  'scope',
  'revokedAt',
] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

/** Keys of `details` worth a label. */
export const KNOWN_DETAILS = [
  'username',
  'reason',
  'failures',
  'fromParentId',
  'toParentId',
] as const;
export type KnownDetail = (typeof KNOWN_DETAILS)[number];

/** Why a sign-in failed (`details.reason` of auth.login_failed). */
export const KNOWN_FAILURE_REASONS = [
  'WRONG_PASSWORD',
  'LOCKED',
  'DISABLED',
  'UNKNOWN_USER',
] as const;
export type KnownFailureReason = (typeof KNOWN_FAILURE_REASONS)[number];

export const isKnownAction = (value: unknown): value is KnownAction =>
  isEnumValue(KNOWN_ACTIONS, value);
export const isKnownEntityType = (value: unknown): value is KnownEntityType =>
  isEnumValue(KNOWN_ENTITY_TYPES, value);
export const isKnownActorKind = (value: unknown): value is KnownActorKind =>
  isEnumValue(KNOWN_ACTOR_KINDS, value);
export const isKnownField = (value: unknown): value is KnownField =>
  isEnumValue(KNOWN_FIELDS, value);
export const isKnownDetail = (value: unknown): value is KnownDetail =>
  isEnumValue(KNOWN_DETAILS, value);
export const isKnownFailureReason = (value: unknown): value is KnownFailureReason =>
  isEnumValue(KNOWN_FAILURE_REASONS, value);
