import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * Serves the built SPA: hashed assets are cached for a year, everything else is revalidated,
 * and unknown paths that ask for HTML get `index.html` so client-side routes survive a reload.
 */
export function serveSpa(app: Express, webDist: string) {
  const indexFile = path.join(webDist, 'index.html');
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders(res, filePath) {
        const hashed = filePath.startsWith(path.join(webDist, 'assets') + path.sep);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A missing asset must be a 404, not the HTML page, or a stale bundle fails confusingly.
    if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
