// node bench/floor.mjs: the gzip -9 bytes of what every widget page must run, bundled and minified as the script-tag build does (esbuild, then Terser). See docs/decisions/embed-weight.md, "What the budgets leave".
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const groups = {
  'Lit (lit-html, reactive-element, lit-element) + @lit/task': `export * from 'lit'; export * from '@lit/task';`,
  'the feed check (parse, schema, value, zone and URL rules)': `export * from './src/feed/parse.ts';`,
  'Lit + @lit/task + the check': `export * from 'lit'; export * from '@lit/task'; export * from './src/feed/parse.ts';`,
  'everything the card page runs but the card (shared chunk)': `export * from './src/shared/civic-element.ts'; export * from './src/shared/styles.ts';`,
};
for (const [name, contents] of Object.entries(groups)) {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [
      {
        name: 'dyn',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (a) =>
            a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const min = (
    await minify(r.outputFiles[0].text, { module: true, ecma: 2020, compress: { passes: 2 } })
  ).code;
  console.log(`${name}: ${(gzipSync(min, { level: 9 }).length / 1024).toFixed(1)} KB`);
}
