/**
 * `npm start`: builds the one-script-tag bundle (dist/civic-widgets.js) and
 * serves demo/ with it at a printed localhost URL, under the strict
 * Content-Security-Policy a careful council would set (docs/embedding.md).
 *
 *   PORT=9000 npm start      choose the port (default 8080, or the next free one)
 *   npm start -- --no-build  serve the existing dist/ as it is
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // civic-widgets-xml: reading RSS and Atom sources (src/feed/sources.ts).
  'trusted-types lit-html civic-widgets-xml',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/feeds/', join(root, 'demo', 'feeds')],
];

/** Maps a URL path to a file: /dist/ and /feeds/ from the project, the rest from the page folder. */
function fileFor(pathname, demoDir) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const mount = MOUNTS.find(([prefix]) => clean.startsWith(prefix));
  const base = mount ? mount[1] : demoDir;
  const rel = mount ? clean.slice(mount[0].length - 1) : clean;
  let file = join(base, rel);
  if (!file.startsWith(base)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/**
 * The demo server. `csp` replaces the page policy (tests use this to serve a
 * page under another policy); `demoDir` serves another folder of pages.
 */
export function createDemoServer({ demoDir = join(root, 'demo'), csp = DEMO_CSP } = {}) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      // No icon, and no 404 in every page's console.
      res.writeHead(204);
      res.end();
      return;
    }
    const file = fileFor(url.pathname, demoDir);
    // The checker and the builder read the editor's own feed, wherever it is published.
    const pageCsp =
      csp === DEMO_CSP && /(checker|builder)\.html$/.test(file ?? '')
        ? csp.replace("connect-src 'self'", "connect-src 'self' https:")
        : csp;
    const headers = {
      ...(pageCsp ? { 'content-security-policy': pageCsp } : {}),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    };
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
}

export function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < 65535 && port !== 0) {
        resolvePort(listen(server, port + 1));
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolvePort(server.address().port));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) {
    const { build } = await import('vite');
    console.log('Building dist/civic-widgets.js …');
    await build({ mode: 'standalone', logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
  }
  await (await import('./demo-checker.mjs')).buildChecker();
  const port = await listen(createDemoServer(), Number(process.env.PORT ?? 8080));
  console.log(`\ncivic-widgets demo: http://localhost:${port}/\n`);
  console.log(`  Council page        http://localhost:${port}/`);
  console.log(`  UNIC hub            http://localhost:${port}/hub.html`);
  console.log(`  Feed checker        http://localhost:${port}/checker.html`);
  console.log(`  Embed-code builder  http://localhost:${port}/builder.html`);
  console.log(`  Every state         http://localhost:${port}/states.html`);
  console.log('\nPress Ctrl+C to stop.');
}
