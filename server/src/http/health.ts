import type { Express } from 'express';
import type { DataSource } from 'typeorm';

/** `/healthz`: 200 when the database answers within two seconds, 503 otherwise. */
export function mountHealth(app: Express, dataSource: DataSource) {
  app.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const started = Date.now();
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(200).json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
}
