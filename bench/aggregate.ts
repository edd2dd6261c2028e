/**
 * Scale check for `civic-feed aggregate`: 500 city feeds of 1,000 records
 * each, served over HTTP from a local node:http server, aggregated by the
 * BUILT CLI in a child process. Measures wall time and peak memory (RSS) of
 * that child, twice: a cold run (every source 200) and a warm run (every
 * source 304, bodies from the cache). Fails if peak RSS reaches 1 GB.
 *
 * Run: node scripts/build-cli.mjs && node --import tsx bench/aggregate.ts
 * Options (env): BENCH_CITIES (500), BENCH_RECORDS (1000), BENCH_KEEP=1 keeps the temp folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/civic-feed.js');
const CITIES = Number(process.env.BENCH_CITIES ?? 500);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 1000);
const LIMIT_MB = 1024;

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run "node scripts/build-cli.mjs" first`);
  process.exit(2);
}

/** One city's feed: the city, then events and activities (about 2:1), realistic field sizes. */
function cityFeed(n: number): string {
  const city = `city-${String(n).padStart(3, '0')}`;
  const events: unknown[] = [];
  const activities: unknown[] = [];
  for (let i = 0; i < RECORDS - 1; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    if (i % 3 === 2) {
      activities.push({
        id: `${city}/news-${i}`,
        title: `Council news item ${i} for ${city}`,
        published: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00Z`,
        type: 'news',
        summary: `A short summary of news item ${i}: what changed, who it affects and where to find out more.`,
        url: `https://www.${city}.example.eu/news/${i}`,
        city,
        network: 'unic',
        tags: ['council', i % 2 ? 'mobility' : 'culture'],
      });
    } else {
      events.push({
        id: `${city}/event-${i}`,
        title: `Public meeting ${i} in ${city}`,
        start: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T18:00`,
        end: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T20:00`,
        summary: 'Residents are welcome; the agenda is published a week before.',
        description: `Meeting ${i}.\n\nAccessible venue, sign language on request.`,
        url: `https://www.${city}.example.eu/events/${i}`,
        location: { name: 'Town Hall', address: `Main Square ${i % 50}, ${city}` },
        status: i % 40 === 0 ? 'cancelled' : 'scheduled',
        city,
        network: 'unic',
      });
    }
  }
  return JSON.stringify({
    version: 1,
    title: city,
    language: 'en',
    updated: '2026-11-30T12:00:00Z',
    cities: [
      {
        id: city,
        name: `City ${n}`,
        country: 'NL',
        timeZone: 'Europe/Amsterdam',
        networks: ['unic'],
      },
    ],
    networks: n === 0 ? [{ id: 'unic', name: 'UNIC', lead: city }] : [],
    events,
    activities,
  });
}

interface RunMeasure {
  label: string;
  exitCode: number | null;
  wallSeconds: number;
  /** Peak RSS of the CLI process, from process.resourceUsage() at exit. */
  peakRssMB: number;
  /** The same, as /usr/bin/time -v saw it (when available). */
  timeMaxRssMB?: number;
  statuses: Record<string, number>;
  records: number;
}

async function runCli(label: string, configPath: string, workDir: string): Promise<RunMeasure> {
  // A preload module records the child's own peak RSS when it exits.
  const rssFile = join(workDir, `rss-${label}.json`);
  const preload = join(workDir, 'measure-rss.mjs');
  await writeFile(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));\n`,
  );
  const useTime = existsSync('/usr/bin/time');
  const nodeArgs = ['--import', preload, CLI, 'aggregate', '--config', configPath, '--json'];
  const [cmd, args] = useTime
    ? ['/usr/bin/time', ['-v', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const started = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  if (exitCode !== 0)
    throw new Error(`aggregate (${label}) exited ${exitCode}\n${stderr.slice(-2000)}`);
  const summary = JSON.parse(stdout) as { records: number; sources: { status: string }[] };
  const statuses: Record<string, number> = {};
  for (const s of summary.sources) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const { maxRSS } = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRSS: number };
  const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  return {
    label,
    exitCode,
    wallSeconds: Math.round(wallSeconds * 100) / 100,
    peakRssMB: Math.round(maxRSS / 1024),
    timeMaxRssMB: timeKb ? Math.round(Number(timeKb) / 1024) : undefined,
    statuses,
    records: summary.records,
  };
}

async function main() {
  const workDir = await mkdtemp(join(tmpdir(), 'civic-bench-'));
  const feedsDir = join(workDir, 'feeds');
  await mkdir(feedsDir);
  console.log(`Generating ${CITIES} feeds × ${RECORDS} records in ${workDir} …`);
  const etags: string[] = [];
  let bytes = 0;
  for (let n = 0; n < CITIES; n++) {
    const text = cityFeed(n);
    bytes += Buffer.byteLength(text);
    etags[n] = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
    await writeFile(join(feedsDir, `${n}.json`), text);
  }
  console.log(`  ${(bytes / 1024 / 1024).toFixed(0)} MB of JSON`);

  // Streams files from disk with ETags, answering If-None-Match with 304 like a static web server.
  const server = createServer((req, res) => {
    const m = /^\/feeds\/(\d+)\.json$/.exec(req.url ?? '');
    const n = m ? Number(m[1]) : -1;
    if (n < 0 || n >= CITIES) {
      res.writeHead(404).end();
      return;
    }
    if (req.headers['if-none-match'] === etags[n]) {
      res.writeHead(304, { etag: etags[n] }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: etags[n] });
    createReadStream(join(feedsDir, `${n}.json`)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const output = join(workDir, 'hub.json');
  const configPath = join(workDir, 'hub.config.json');
  await writeFile(
    configPath,
    JSON.stringify({
      sources: Array.from({ length: CITIES }, (_, n) => `${base}/feeds/${n}.json`),
      output,
      cacheDir: join(workDir, 'cache'),
      concurrency: 8,
      timeout: 30,
      title: 'Bench hub',
    }),
  );

  try {
    const cold = await runCli('cold', configPath, workDir);
    const hubMB = (await stat(output)).size / 1024 / 1024;
    const warm = await runCli('warm', configPath, workDir);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
      },
      cities: CITIES,
      recordsPerFeed: RECORDS,
      inputMB: Math.round((bytes / 1024 / 1024) * 10) / 10,
      hubMB: Math.round(hubMB * 10) / 10,
      concurrency: 8,
      limitMB: LIMIT_MB,
      runs: [cold, warm],
      pass: [cold, warm].every((r) => r.peakRssMB < LIMIT_MB && (r.timeMaxRssMB ?? 0) < LIMIT_MB),
    };
    for (const r of results.runs) {
      console.log(
        `${r.label.padEnd(5)} wall ${r.wallSeconds.toFixed(1)} s, peak RSS ${r.peakRssMB} MB` +
          `${r.timeMaxRssMB !== undefined ? ` (/usr/bin/time: ${r.timeMaxRssMB} MB)` : ''}, ` +
          `${r.records.toLocaleString('en')} records, ${JSON.stringify(r.statuses)}`,
      );
    }
    console.log(`hub ${results.hubMB} MB; limit ${LIMIT_MB} MB: ${results.pass ? 'PASS' : 'FAIL'}`);
    await writeFile(
      join(ROOT, 'bench/results-aggregate.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log('written bench/results-aggregate.json');
    if (!results.pass) process.exitCode = 1;
  } finally {
    server.closeAllConnections();
    server.close();
    if (process.env.BENCH_KEEP !== '1') await rm(workDir, { recursive: true, force: true });
  }
}

await main();
