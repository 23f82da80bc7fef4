import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Request, type RequestHandler, type Response } from 'express';

/** Vite's content-hashed files: a changed file gets a new name, so a browser may keep each one for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `index.html` names the current hashed files: always revalidate it (cheap, thanks to its ETag). */
export const REVALIDATE = 'no-cache';
/** Any other file of the build (none today besides index.html; e.g. a favicon later): a short while. */
export const SHORT = 'public, max-age=600';

/**
 * gzip or brotli (as the client accepts; brotli first) for every compressible response above 1 KB: the SPA's
 * scripts and styles, `/graphql` answers. Not for the exports (`/export…`): they stream page after page and
 * XLSX is zipped already; a compressor in between would hold their rows back.
 */
export function compressResponses(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) => !req.path.startsWith('/export') && compression.filter(req, res),
  });
}

/** The built SPA: hashed assets cached for a year, `index.html` for every other GET (client-side routes). */
export function serveSpa(app: express.Express, distDir: string): void {
  const indexHtml = path.join(distDir, 'index.html');
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
    // A hashed file that is not there (an old tab after a deploy) is 404, never index.html as a script.
    (_req: Request, res: Response) => {
      res.status(404).setHeader('Cache-Control', 'no-store').type('text/plain').send('Not found.');
    },
  );
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res, file) =>
        res.setHeader('Cache-Control', path.basename(file) === 'index.html' ? REVALIDATE : SHORT),
    }),
  );
  app.get('/{*path}', (_req, res) => {
    if (existsSync(indexHtml)) {
      res.sendFile(indexHtml, { headers: { 'Cache-Control': REVALIDATE } });
    } else {
      res.status(503).type('text/plain').send('The web app is not built yet: run `pnpm run build:web`.');
    }
  });
}
