/**
 * `npm run build:demo`: the demo as static files in dist-demo/, ready for any
 * web server's root: the pages, /dist/civic-widgets(.iife).js with the chunks
 * the module loads (/dist/chunks/) and /feeds/.
 * (Set the server's Content-Security-Policy as in scripts/serve-demo.mjs.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { buildChecker } from './demo-checker.mjs';

if (!existsSync('dist/civic-widgets.js'))
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
rmSync('dist-demo', { recursive: true, force: true });
mkdirSync('dist-demo/dist', { recursive: true });
cpSync('demo', 'dist-demo', {
  recursive: true,
  filter: (source) => !source.startsWith('demo/feeds') && !source.endsWith('.ts'),
});
cpSync('demo/feeds', 'dist-demo/feeds', { recursive: true });
for (const file of ['civic-widgets.js', 'civic-widgets.iife.js', 'chunks']) {
  cpSync(`dist/${file}`, `dist-demo/dist/${file}`, { recursive: true });
}
await buildChecker();
cpSync('dist/checker', 'dist-demo/dist/checker', { recursive: true });
console.log('wrote dist-demo/ (serve it from a web server root)');
