/**
 * civic-feed aggregate against a real HTTP server: merging, conditional GET
 * (ETag and Last-Modified), a 500 falling back to the cached copy, a source
 * that hangs past --timeout, broken JSON, the concurrency bound, and the
 * atomic write of the hub.
 */
import assert from 'node:assert/strict';
import { link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { FIXTURES, run, serve, tempDir, type TestServer } from './fixtures/cli/helpers.js';

interface Summary {
  exitCode: number;
  written: boolean;
  records: number;
  sources: {
    source: string;
    status: string;
    records: number;
    problems: number;
    ms: number;
    error?: string;
  }[];
}

const LAST_MODIFIED = 'Wed, 18 Nov 2026 09:00:00 GMT';

describe('civic-feed aggregate', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let server: TestServer;
  let stoke: string;
  let aveiro: string;
  /** /flaky.json answers 200 until this is set, then 500. */
  let flakyFails = false;

  before(async () => {
    tmp = await tempDir();
    stoke = await readFile(join(FIXTURES, 'stoke.json'), 'utf8');
    aveiro = await readFile(join(FIXTURES, 'aveiro.json'), 'utf8');
    const flaky = JSON.stringify({ version: 1, cities: [{ id: 'flakytown', name: 'Flakytown' }] });
    server = await serve((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path === '/stoke.json') {
        if (req.headers['if-none-match'] === '"stoke-v1"') {
          res.writeHead(304, { etag: '"stoke-v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', etag: '"stoke-v1"' });
        res.end(stoke);
      } else if (path === '/aveiro.json') {
        if (req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'last-modified': LAST_MODIFIED });
        res.end(aveiro);
      } else if (path === '/flaky.json') {
        if (flakyFails) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('database on fire');
        } else {
          res.writeHead(200, { 'content-type': 'application/json', etag: '"flaky-1"' });
          res.end(flaky);
        }
      } else if (path === '/hang.json') {
        // Sends nothing, ever: only the client's timeout ends this.
      } else if (path === '/broken.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"version": 1, "events": [');
      } else if (path.startsWith('/slow/')) {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ version: 1, cities: [{ id: path.slice(6, -5), name: 'Slow' }] }),
          );
        }, 150);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  after(async () => {
    await server.close();
    await tmp.cleanup();
  });

  const hubPath = () => join(tmp.dir, 'public', 'hub.json');
  const cacheDir = () => join(tmp.dir, 'cache');
  const aggregateAll = () =>
    run([
      'aggregate',
      `${server.url}/stoke.json`,
      `${server.url}/aveiro.json`,
      `${server.url}/flaky.json`,
      `${server.url}/broken.json`,
      `${server.url}/hang.json`,
      '-o',
      hubPath(),
      '--cache-dir',
      cacheDir(),
      '--timeout',
      '1',
      '--title',
      'UNIC hub',
      '--json',
    ]);

  // The two runs share the cache, so they run in order within this test.
  it('first run fetches and merges; second run uses 304s and the cached copy of a failing source', async () => {
    const first = await aggregateAll();
    assert.equal(first.code, 0, first.stderr);
    const one = JSON.parse(first.stdout) as Summary;
    const status1 = Object.fromEntries(
      one.sources.map((s) => [s.source.replace(server.url, ''), s]),
    );
    assert.equal(status1['/stoke.json'].status, 'fresh');
    assert.equal(status1['/stoke.json'].records, 7);
    assert.equal(status1['/aveiro.json'].status, 'fresh');
    assert.equal(status1['/flaky.json'].status, 'fresh');
    assert.equal(status1['/broken.json'].status, 'failed');
    assert.match(status1['/broken.json'].error!, /not valid JSON/);
    assert.equal(status1['/hang.json'].status, 'failed');
    assert.equal(status1['/hang.json'].error, 'no answer within 1 s (timed out)');
    assert.ok(
      status1['/hang.json'].ms >= 900 && status1['/hang.json'].ms < 5000,
      `timed out after ${status1['/hang.json'].ms} ms`,
    );

    const hub1 = parseFeed(JSON.parse(await readFile(hubPath(), 'utf8')));
    assert.deepEqual(hub1.problems, []);
    assert.equal(hub1.feed!.title, 'UNIC hub');
    assert.deepEqual(
      hub1.feed!.cities.map((c) => c.id),
      ['stoke', 'aveiro', 'flakytown'],
    );
    assert.deepEqual(hub1.feed!.events.map((e) => e.id).sort(), [
      'aveiro/ria',
      'stoke/festival',
      'stoke/heritage-days',
      'stoke/lights',
      'stoke/webinar',
    ]);
    assert.equal(one.records, 10);

    flakyFails = true;
    const seen = server.requests.length;
    const second = await aggregateAll();
    assert.equal(second.code, 0, second.stderr);
    const two = JSON.parse(second.stdout) as Summary;
    const status2 = Object.fromEntries(
      two.sources.map((s) => [s.source.replace(server.url, ''), s]),
    );
    assert.equal(status2['/stoke.json'].status, 'not-modified');
    assert.equal(status2['/stoke.json'].records, 7, 'the cached body is used for a 304');
    assert.equal(status2['/aveiro.json'].status, 'not-modified');
    assert.equal(status2['/flaky.json'].status, 'cached-after-error');
    assert.equal(status2['/flaky.json'].error, 'HTTP 500 Internal Server Error');
    assert.equal(status2['/broken.json'].status, 'failed', 'never had a good copy');

    // What the server saw on the second run: conditional requests.
    const secondRun = server.requests.slice(seen);
    const stokeReq = secondRun.find((r) => r.path === '/stoke.json')!;
    assert.equal(stokeReq.headers['if-none-match'], '"stoke-v1"');
    const aveiroReq = secondRun.find((r) => r.path === '/aveiro.json')!;
    assert.equal(aveiroReq.headers['if-modified-since'], LAST_MODIFIED);
    assert.equal(
      secondRun.find((r) => r.path === '/flaky.json')!.headers['if-none-match'],
      '"flaky-1"',
    );
    assert.equal(
      secondRun.find((r) => r.path === '/broken.json')!.headers['if-none-match'],
      undefined,
    );

    const hub2 = JSON.parse(await readFile(hubPath(), 'utf8')) as Feed;
    assert.deepEqual(
      hub2.cities.map((c) => c.id),
      ['stoke', 'aveiro', 'flakytown'],
      'flakytown survives its 500',
    );
    assert.equal(two.records, 10);
  });

  it('writes atomically: a new file is renamed over the old one, no temp file left', async () => {
    const dir = join(tmp.dir, 'atomic');
    const out = join(dir, 'hub.json');
    await run([
      'aggregate',
      join(FIXTURES, 'aveiro.json'),
      '-o',
      out,
      '--cache-dir',
      join(dir, 'cache'),
    ]);
    // A hard link to the current file: an in-place rewrite would change what it shows, a rename does not.
    const before = await readFile(out, 'utf8');
    await link(out, join(dir, 'previous.json'));
    const r = await run([
      'aggregate',
      join(FIXTURES, 'stoke.json'),
      join(FIXTURES, 'aveiro.json'),
      '-o',
      out,
      '--cache-dir',
      join(dir, 'cache'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await readFile(join(dir, 'previous.json'), 'utf8'), before);
    const after = JSON.parse(await readFile(out, 'utf8')) as Feed;
    assert.deepEqual(
      after.cities.map((c) => c.id),
      ['stoke', 'aveiro'],
    );
    assert.deepEqual((await readdir(dir)).sort(), ['cache', 'hub.json', 'previous.json']);
    assert.ok((await readdir(join(dir, 'cache'))).every((name) => !name.endsWith('.tmp')));
  });

  it('exit 1 and the old hub left alone when no source can be read', async () => {
    const out = join(tmp.dir, 'none.json');
    await writeFile(out, '{"version": 1}');
    const r = await run([
      'aggregate',
      `${server.url}/broken.json`,
      join(tmp.dir, 'missing.json'),
      '-o',
      out,
      '--cache-dir',
      join(tmp.dir, 'cache-none'),
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /No source could be read; .*none\.json was not written\./);
    assert.match(r.stdout, /failed: .*missing\.json: no such file/);
    assert.equal(await readFile(out, 'utf8'), '{"version": 1}');
  });

  it('never runs more than --concurrency fetches at once', async () => {
    const before = server.requests.length;
    server.maxInFlight = 0;
    const sources = Array.from({ length: 6 }, (_, i) => `${server.url}/slow/c${i}.json`);
    const r = await run([
      'aggregate',
      ...sources,
      '-o',
      join(tmp.dir, 'slow.json'),
      '--concurrency',
      '2',
      '--cache-dir',
      join(tmp.dir, 'cache-slow'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(server.requests.length - before, 6);
    assert.equal(server.maxInFlight, 2);
    const hub = JSON.parse(await readFile(join(tmp.dir, 'slow.json'), 'utf8')) as Feed;
    // Merged in the order the sources were given, not the order they arrived in.
    assert.deepEqual(
      hub.cities.map((c) => c.id),
      ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'],
    );
  });

  it('--config: sources, output, cache folder and title, relative to the config file', async () => {
    const dir = join(tmp.dir, 'configured');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'stoke.json'), stoke);
    await writeFile(
      join(dir, 'hub.config.json'),
      JSON.stringify({
        sources: ['stoke.json', `${server.url}/aveiro.json`],
        output: 'out/hub.json',
        cacheDir: 'cache',
        title: 'Configured hub',
        concurrency: 4,
        timeout: 5,
      }),
    );
    const r = await run(['aggregate', '--config', join(dir, 'hub.config.json')], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    // The human summary: a table with one row per source.
    assert.match(r.stdout, /^source\s+status\s+records\s+problems\s+time$/m);
    assert.match(r.stdout, /stoke\.json\s+fresh\s+7\s+0\s+\d+\.\d\d s/);
    assert.match(r.stdout, /Wrote .*out\/hub\.json: 9 records from 2 of 2 sources/);
    const hub = JSON.parse(await readFile(join(dir, 'out', 'hub.json'), 'utf8')) as Feed;
    assert.equal(hub.title, 'Configured hub');
    assert.ok((await readdir(join(dir, 'cache'))).length >= 2);
  });

  it('needs -o (or an output in the config): exit 2', async () => {
    const r = await run(['aggregate', join(FIXTURES, 'stoke.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /aggregate needs -o FILE/);
  });
});
