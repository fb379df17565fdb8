import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Vite names every built asset under assets/ by its content's hash: a new build gives new names. */
const HASHED = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page, the service worker and anything unhashed: always asked again (a 304 when unchanged). */
const REVALIDATE = 'no-cache';
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/** The build writes `file.br` and `file.gz` beside each asset (client/vite.config.ts): pick what the browser accepts. */
function encodings(acceptEncoding: string | undefined): Array<{ suffix: string; name: string }> {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(?:\.0*)?$/.test(q.trim()))
    .map(([token]) => token!.trim().toLowerCase());
  const found: Array<{ suffix: string; name: string }> = [];
  if (accepted.includes('br')) found.push({ suffix: '.br', name: 'br' });
  if (accepted.includes('gzip')) found.push({ suffix: '.gz', name: 'gzip' });
  return found;
}

function sendBuilt(req: Request, res: Response, next: NextFunction, file: string, urlPath: string): void {
  res.setHeader('Cache-Control', HASHED.test(urlPath) ? IMMUTABLE : REVALIDATE);
  if (COMPRESSIBLE.test(file)) {
    res.setHeader('Vary', 'Accept-Encoding');
    for (const encoding of encodings(req.headers['accept-encoding'])) {
      const compressed = file + encoding.suffix;
      if (!fs.existsSync(compressed)) continue;
      // send() keeps a Content-Type already set, so the .br file goes out as the type of what it holds.
      res.type(path.extname(file));
      res.setHeader('Content-Encoding', encoding.name);
      res.sendFile(compressed, { cacheControl: false, dotfiles: 'deny' }, (error) => error && next(error));
      return;
    }
  }
  res.sendFile(file, { cacheControl: false, dotfiles: 'deny' }, (error) => error && next(error));
}

/**
 * The built client: each file as Brotli or gzip when the browser takes it (precompressed at build, so no CPU
 * per request), hashed assets cached for a year, everything else revalidated. `fallback` serves index.html.
 */
export function staticClient(root: string): { assets: express.RequestHandler; page: express.RequestHandler } {
  const base = path.resolve(root);
  const indexHtml = path.join(base, 'index.html');
  // Named as express.static's handler, which the non-interference harness counts as 'static files'.
  const assets: express.RequestHandler = function serveStatic(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (urlPath === '/' || urlPath === '/index.html' || urlPath.includes('\0')) return next();
    const file = path.join(base, path.normalize(urlPath));
    if (!file.startsWith(base + path.sep) || /(?:^|[/\\])\./.test(path.relative(base, file))) return next();
    if (/\.(?:br|gz)$/.test(file)) return next();
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) return next();
      sendBuilt(req, res, next, file, urlPath);
    });
  };
  const page: express.RequestHandler = (req, res, next) => {
    if (fs.existsSync(indexHtml)) sendBuilt(req, res, next, indexHtml, '/index.html');
    else res.status(404).type('text/plain').send('The client is not built: run `npm run build`.');
  };
  return { assets, page };
}
