import { Account } from '../modules/accounts/account.entity.js';
import { ApiClient } from '../modules/api-clients/api-client.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import {
  Assessment,
  Household,
  HouseholdCategoryChange,
  HouseholdContact,
  HouseholdMember,
} from '../modules/households/household.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Every TypeORM entity; a new module adds its entities here. */
export const entities = [
  Unit,
  Account,
  Session,
  AuditEntry,
  ApiClient,
  Household,
  HouseholdMember,
  HouseholdContact,
  Assessment,
  HouseholdCategoryChange,
];
