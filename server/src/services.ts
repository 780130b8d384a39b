import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { AuthService } from './modules/auth/auth.service.js';

/** Every service, built once per app and reached by resolvers through the context. */
export type Services = {
  config: Config;
  dataSource: DataSource;
  auth: AuthService;
};

export function createServices(config: Config, dataSource: DataSource): Services {
  return {
    config,
    dataSource,
    auth: new AuthService(dataSource, { sessionIdleMinutes: config.sessionIdleMinutes }),
  };
}
