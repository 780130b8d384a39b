import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one database transaction: it commits whole or rolls back whole. A service
 * method that writes wraps all of its writes (and, later, its audit entry) in one call.
 */
export function withTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}
