#!/usr/bin/env node
// The civic-feed command. In the published package it runs the bundle in
// dist/cli; in a clone of the repository (sources present, tsx installed by
// `npm install`) it runs the sources, so `npx civic-feed` needs no build and
// never runs a stale one.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const built = new URL('../dist/cli/civic-feed.js', import.meta.url);
let tsx;
if (existsSync(source)) tsx = await import('tsx/esm/api').catch(() => undefined);
if (tsx) {
  tsx.register();
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('civic-feed: not built; run "npm install" and "npm run build" first\n');
  process.exit(2);
}
