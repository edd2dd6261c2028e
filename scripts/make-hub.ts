/**
 * Regenerates demo/feeds/unic/hub.json, the UNIC network hub, by merging the
 * network feed and the nine city feeds the way a hub would. Every feed must
 * parse without a single problem: the demo should show data, not work around
 * errors.
 *
 * Run: node --import tsx scripts/make-hub.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeFeeds } from '../src/feed/merge.js';
import { parseFeedText } from '../src/feed/parse.js';
import { formatProblem } from '../src/feed/types.js';
import type { Feed, Problem } from '../src/feed/types.js';

const dir = fileURLToPath(new URL('../demo/feeds/unic/', import.meta.url));
/** Network first, then the cities with the lead partner first, as the network lists them. */
const sources = [
  'network',
  'limoges',
  'aveiro',
  'delft',
  'pecs',
  'castellon',
  'stoke-on-trent',
  'faenza',
  'cluj-napoca',
  'seville',
].map((name) => `${name}.json`);

const feeds: Feed[] = [];
const problems: Problem[] = [];
// The city feeds name their images relative to themselves ("images/delft.svg"), as the hub,
// in the same folder, does: read them against a stand-in address, then write them back relative.
const HERE = 'https://hub.invalid/feeds/unic/';
for (const source of sources) {
  const result = parseFeedText(readFileSync(dir + source, 'utf8'), { base: HERE + source });
  const relative = (p: Problem) => p.severity === 'warning' && /relative address/.test(p.message);
  problems.push(...result.problems.filter((p) => !relative(p)).map((p) => ({ ...p, source })));
  if (result.feed) feeds.push(result.feed);
}

if (problems.length === 0) {
  const merged = mergeFeeds(feeds);
  // Header fields first, so the file reads like any hand-written feed.
  const hub: Feed = {
    version: 1,
    title: 'UNIC network hub',
    ...(merged.url === undefined ? {} : { url: merged.url }),
    ...(merged.updated === undefined ? {} : { updated: merged.updated }),
    ...(merged.language === undefined ? {} : { language: merged.language }),
    cities: merged.cities,
    networks: merged.networks,
    practices: merged.practices,
    activities: merged.activities,
    events: merged.events,
  };
  const text = JSON.stringify(hub, null, 2).replaceAll(HERE, '');
  writeFileSync(`${dir}hub.json`, `${text}\n`);
  const counts = (['cities', 'networks', 'practices', 'activities', 'events'] as const)
    .map((kind) => `${hub[kind].length} ${kind}`)
    .join(', ');
  console.log(`wrote demo/feeds/unic/hub.json: ${counts}`);
} else {
  console.error(`hub.json not written: ${problems.length} problem(s) in the UNIC feeds`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
