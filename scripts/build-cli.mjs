// Bundles the civic-feed CLI (src/cli/main.ts) into one ESM file for Node 20.
// No runtime dependency stays external: the CLI needs none of them.
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/cli/civic-feed.js`;
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  external: [],
  define: { __CIVIC_FEED_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
console.log(`built ${outfile.slice(root.length)}`);
