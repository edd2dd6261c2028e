/**
 * Bundles the feed checker page's script (demo/checker.ts, with the feed
 * rules from src/feed/) into dist/checker/checker.js for `npm start` and
 * `npm run build:demo`. Run alone: `node scripts/demo-checker.mjs`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildChecker() {
  await build({
    entryPoints: [`${root}demo/checker.ts`],
    outfile: `${root}dist/checker/checker.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildChecker();
  console.log('built dist/checker/checker.js');
}
