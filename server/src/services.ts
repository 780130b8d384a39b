import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { AccountService } from './modules/accounts/account.service.js';
import { ApiClientService } from './modules/api-clients/api-client.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { HouseholdCommands } from './modules/households/household-commands.js';
import { HouseholdService } from './modules/households/household.service.js';
import { UnitService } from './modules/units/unit.service.js';

/** Every service, built once per app and reached by resolvers through the context. */
export type Services = {
  config: Config;
  dataSource: DataSource;
  audit: AuditService;
  auth: AuthService;
  units: UnitService;
  accounts: AccountService;
  apiClients: ApiClientService;
  households: HouseholdService;
  householdCommands: HouseholdCommands;
};

export function createServices(config: Config, dataSource: DataSource): Services {
  const audit = new AuditService(dataSource);
  return {
    config,
    dataSource,
    audit,
    auth: new AuthService(dataSource, audit, {
      sessionIdleMinutes: config.sessionIdleMinutes,
      passwordMaxAgeDays: config.passwordMaxAgeDays,
    }),
    units: new UnitService(dataSource, audit),
    accounts: new AccountService(dataSource, audit),
    apiClients: new ApiClientService(dataSource, audit),
    households: new HouseholdService(dataSource, audit),
    householdCommands: new HouseholdCommands(dataSource, audit),
  };
}
