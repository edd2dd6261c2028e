/**
 * The size budget, checked by `npm test` after the script-tag build:
 * dist/civic-widgets.js at most 24 KB min+gzip for all four widgets (goal 16 KB).
 * Prints gzip and brotli sizes of both script-tag builds.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = 24 * 1024;
export const GOAL = 16 * 1024;

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  let ok = true;
  for (const file of ['dist/civic-widgets.js', 'dist/civic-widgets.iife.js']) {
    const s = sizes(file);
    console.log(`${file}: ${kb(s.raw)} minified, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`);
    if (file === 'dist/civic-widgets.js' && s.gzip > BUDGET) {
      console.error(`  over the ${kb(BUDGET)} gzip budget by ${kb(s.gzip - BUDGET)}`);
      ok = false;
    } else if (file === 'dist/civic-widgets.js') {
      console.log(`  within the ${kb(BUDGET)} budget (goal ${kb(GOAL)})`);
    }
  }
  process.exit(ok ? 0 : 1);
}
