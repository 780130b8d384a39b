import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker, requirePasswordChange } from './core/auth-checker.js';
import { AccountResolver } from './modules/accounts/account.resolver.js';
import { ApiClientResolver } from './modules/api-clients/api-client.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import {
  HouseholdMemberResolver,
  HouseholdResolver,
} from './modules/households/household.resolver.js';
import { UnitResolver } from './modules/units/unit.resolver.js';

/** Every resolver; a new module adds its resolvers here. */
export const resolvers = [
  AuthResolver,
  UnitResolver,
  AccountResolver,
  ApiClientResolver,
  AuditResolver,
  HouseholdResolver,
  HouseholdMemberResolver,
] as const;

/** Builds the executable schema from the decorated resolvers and types. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [requirePasswordChange],
    validate: true,
  });
}

/** The schema as committed in `server/schema.graphql`: sorted, so diffs show real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
