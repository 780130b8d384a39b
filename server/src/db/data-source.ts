import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrations } from '../migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

export type DataSourceOptions = {
  url: string;
  logger?: Logger;
  /** Called with every SQL statement; tests use it to count statements per request. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
  applicationName?: string;
  /**
   * Run as the restricted `nuanxin_app` role (row-level security, append-only audit log).
   * Everything but migrations does; migrations need the owner.
   */
  restricted?: boolean;
};

/** The role the application works as; see the Access migration. */
export const APP_ROLE = 'nuanxin_app';

class PinoTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: Logger | undefined,
    private readonly onQuery?: (sql: string) => void,
  ) {}
  logQuery(query: string) {
    this.onQuery?.(query);
    this.logger?.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    this.logger?.debug({ err: error, sql: query }, 'sql error');
  }
  logQuerySlow(time: number, query: string) {
    this.logger?.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.logger?.debug(message);
  }
  logMigration(message: string) {
    this.logger?.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.logger?.warn({ message }, 'typeorm');
    else this.logger?.debug({ message }, 'typeorm');
  }
}

/** The application's TypeORM data source. Migrations are explicit; never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: true,
    logger: new PinoTypeOrmLogger(options.logger, options.onQuery),
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName ?? 'nuanxin',
    extra: {
      max: options.poolSize ?? 10,
      // Every session works in the Asia/Shanghai calendar for `current_date` and friends.
      options: `-c timezone=Asia/Shanghai${options.restricted === false ? '' : ` -c role=${APP_ROLE}`}`,
    },
  });
}

/** Runs pending migrations as the database owner; returns the names of those applied. */
export async function migrate(url: string, logger?: Logger): Promise<string[]> {
  const owner = createDataSource({ url, logger, restricted: false, poolSize: 1 });
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}
