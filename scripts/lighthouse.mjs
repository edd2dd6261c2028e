/**
 * `npm run lighthouse`: Lighthouse 12 on the demo's council page, offline,
 * with the system Chromium. Builds dist/ when it is missing, serves the demo
 * (under its strict CSP), prints the scores and writes lighthouse/results.json.
 * Other pages: `npm run lighthouse -- /hub.html`.
 * Targets (issue 4): performance ≥ 0.95, accessibility 1, best practices 1, CLS ≤ 0.02.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { createDemoServer, listen } from './serve-demo.mjs';

if (!existsSync('dist/civic-widgets.js'))
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const server = createDemoServer();
const port = await listen(server, 0);
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const targets = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const results = [];
let ok = true;
try {
  for (const path of pages) {
    const url = `http://localhost:${port}${path}`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    const scores = Object.fromEntries(
      Object.keys(targets).map((id) => [id, lhr.categories[id].score]),
    );
    const cls = lhr.audits['cumulative-layout-shift'].numericValue;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    results.push({
      page: path,
      ...scores,
      cls,
      lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
      failing,
    });
    const pass =
      Object.entries(targets).every(([id, min]) => (scores[id] ?? 0) >= min) && cls <= 0.02;
    if (!pass) ok = false;
    console.log(
      `${path}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, CLS ${cls.toFixed(3)}, LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms ${pass ? 'PASS' : 'MISS'}${failing.length ? `\n  failing audits: ${failing.join(', ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}
mkdirSync('lighthouse', { recursive: true });
writeFileSync(
  'lighthouse/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), lighthouse: '12.8.2', results }, null, 2)}\n`,
);
process.exit(ok ? 0 : 1);
