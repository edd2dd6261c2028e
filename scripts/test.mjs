/**
 * `npm test`: every check, in order, each counted; the last line is a plain
 * "N passed, N failed" over all suites, and the exit code is non-zero on any
 * failure. Steps: typecheck (all, then src/core alone), lint, format, the
 * script-tag build and its size budget, node tests (feed layer, schema, CLI
 * as a process, embedding pages), browser tests in Chromium, Storybook
 * stories as tests.
 * `node scripts/test.mjs browser stories` runs only the named steps.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function record(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

const want = (...names) => !only.length || names.some((name) => only.includes(name));

async function step(name, cmd, args) {
  console.log(`\n── ${name}: ${[cmd, ...args].join(' ')}`);
  const { code } = await run(cmd, args);
  record(name, code === 0);
}

const npx = (bin, args) => ['node', [`node_modules/.bin/${bin}`, ...args]];

if (want('typecheck')) {
  await step('typecheck', ...npx('tsc', ['--noEmit', '-p', 'tsconfig.json']));
  // The core on its own, without DOM or Node types: what it may use is only ES and platform.d.ts.
  await step('typecheck core', ...npx('tsc', ['--noEmit', '-p', 'src/core/tsconfig.json']));
}
if (want('lint')) await step('lint', ...npx('eslint', ['.']));
if (want('format')) await step('format', ...npx('prettier', ['--check', '.']));

// The builds come first: the embedding tests load dist/civic-widgets.js as a partner page would.
if (want('size', 'node')) {
  await step('build', 'npm', ['run', 'build', '--silent']);
  await step('size', 'node', ['scripts/check-size.mjs']);
  await step('publint', ...npx('publint', []));
}

if (want('node')) {
  console.log('\n── node: CLI build, then node:test (feed layer, schema, CLI as a process)');
  if (existsSync('scripts/build-cli.mjs')) {
    const build = await run('node', ['scripts/build-cli.mjs']);
    record('build-cli', build.code === 0);
  }
  const { code, out } = await run(
    'node',
    ['--import', 'tsx', '--test', '--test-reporter=tap', ...listTests('tests/node')],
    { capture: true },
  );
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (fail || code !== 0) failures.push('node tests');
  if (code !== 0 && fail === 0) failed++;
}

if (want('browser')) {
  console.log('\n── browser: Web Test Runner in Chromium');
  const chrome = ensureChromium();
  rmSync('.cache/wtr-summary.json', { force: true });
  const { code } = await run('node', ['node_modules/.bin/web-test-runner'], {
    env: { CHROME_PATH: chrome },
  });
  if (existsSync('.cache/wtr-summary.json')) {
    const summary = JSON.parse(readFileSync('.cache/wtr-summary.json', 'utf8'));
    passed += summary.passed;
    failed += summary.failed;
    if (summary.failed || code !== 0) failures.push('browser tests');
    if (code !== 0 && summary.failed === 0) failed++;
  } else {
    failed++;
    failures.push('browser tests (no summary: the runner did not finish)');
  }
}

/** Node 20's --test takes no globs: list the test files ourselves. */
if (want('stories')) {
  console.log('\n── stories: every Storybook story as a test in Chromium (render, play, axe)');
  const chrome = ensureChromium();
  rmSync('.cache/stories-results.json', { force: true });
  const { code } = await run(
    'node',
    ['node_modules/.bin/vitest', 'run', '--config', 'vitest.config.ts'],
    {
      env: { CHROME_PATH: chrome },
    },
  );
  if (existsSync('.cache/stories-results.json')) {
    const result = JSON.parse(readFileSync('.cache/stories-results.json', 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    if (result.numFailedTests || code !== 0) failures.push('stories');
    if (code !== 0 && result.numFailedTests === 0) failed++;
  } else {
    failed++;
    failures.push('stories (no results: vitest did not finish)');
  }
}

function listTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => `${entry.parentPath}/${entry.name}`)
    .sort();
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
