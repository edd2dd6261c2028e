/**
 * The size check run by `npm test` after the script-tag build. It prints the
 * gzip and brotli sizes of both script-tag builds and reports them against the
 * issue's budget (24 KB gzip, goal 16 KB).
 *
 * The 24 KB budget is not met today (about 41 KB: Lit 6.6 KB, the UI strings
 * of eleven languages about 8 KB, the validator 4.8 KB, the four widgets the
 * rest; see the README). So that the check still catches growth, it fails
 * above REGRESSION_LIMIT, the measured size plus a small margin; lower it as
 * the bundle shrinks.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = 24 * 1024;
export const GOAL = 16 * 1024;
// 44: the locale controller, error states by cause and the pause control (a11y, +2.6 KB).
export const REGRESSION_LIMIT = 44 * 1024;

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
    if (file !== 'dist/civic-widgets.js') continue;
    console.log(
      s.gzip <= BUDGET
        ? `  budget ${kb(BUDGET)}: met (goal ${kb(GOAL)})`
        : `  budget ${kb(BUDGET)}: MISSED by ${kb(s.gzip - BUDGET)} (see the README)`,
    );
    if (s.gzip > REGRESSION_LIMIT) {
      console.error(`  grew past the regression limit of ${kb(REGRESSION_LIMIT)}`);
      ok = false;
    }
  }
  process.exit(ok ? 0 : 1);
}
