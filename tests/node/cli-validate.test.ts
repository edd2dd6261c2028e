/** civic-feed validate: reports, exit codes 0/1/2, --json, cross-feed reference warnings. */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, run, serve, tempDir, type TestServer } from './fixtures/cli/helpers.js';

const stoke = join(FIXTURES, 'stoke.json');
const aveiro = join(FIXTURES, 'aveiro.json');
const broken = join(FIXTURES, 'broken.json');

interface JsonReport {
  exitCode: number;
  sources: {
    source: string;
    status: string;
    error?: string;
    counts: Record<string, { kept: number; dropped: number }>;
    errors: number;
    warnings: number;
    problems: { path: string; message: string; severity: string; source: string }[];
  }[];
  summary: Record<string, number>;
}

describe('civic-feed validate', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let server: TestServer;
  before(async () => {
    tmp = await tempDir();
    server = await serve((req, res) => {
      if (req.url === '/stoke.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ version: 1, cities: [{ id: 'stoke', name: 'Stoke-on-Trent' }] }));
      } else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
      }
    });
  });
  after(async () => {
    await server.close();
    await tmp.cleanup();
  });

  it('valid feeds: exit 0 and a "valid" verdict for each', async () => {
    const r = await run(['validate', stoke, aveiro]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /stoke\.json: valid\n {2}1 city; 1 network; 1 activity; 4 events/);
    assert.match(r.stdout, /2 feeds: 2 valid; 0 problems, 0 warnings\./);
    assert.ok(!r.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  it('a broken feed: exit 1, each problem with its path, kept and dropped counted', async () => {
    const r = await run(['validate', broken]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /3 events kept, 1 dropped/);
    assert.match(
      r.stdout,
      /event 2, start \(events\[1\]\.start\): "next Tuesday" is not a date \(write 2026-12-03/,
    );
    assert.match(
      r.stdout,
      /event 3, url \(events\[2\]\.url\): "javascript:alert\(1\)" is not an absolute https:/,
    );
    assert.match(r.stdout, /1 feed: 0 valid, 1 with problems; 2 problems, 1 warning\./);
  });

  it('a missing file: exit 2 and "no such file"', async () => {
    const r = await run(['validate', join(tmp.dir, 'missing.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /missing\.json: could not read: no such file/);
  });

  it('unreadable beats problems: one missing and one broken feed exit 2', async () => {
    const r = await run(['validate', broken, join(tmp.dir, 'missing.json')]);
    assert.equal(r.code, 2);
  });

  it('not JSON and an unsupported version are "could not read" (exit 2)', async () => {
    const notJson = join(tmp.dir, 'page.json');
    const v2 = join(tmp.dir, 'v2.json');
    await writeFile(notJson, '<!doctype html><html></html>');
    await writeFile(v2, '{"version": 2, "events": []}');
    const r = await run(['validate', '--json', notJson, v2]);
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.sources.map((s) => s.status),
      ['unreadable', 'unreadable'],
    );
    assert.match(report.sources[0].error!, /not valid JSON \(it looks like an HTML page/);
    assert.match(
      report.sources[1].error!,
      /version: is 2, but this version of civic-widgets reads feed version 1 only/,
    );
  });

  it('a feed with a byte order mark is read (Windows editors write one)', async () => {
    const bom = join(tmp.dir, 'bom.json');
    await writeFile(bom, '\uFEFF{"version": 1, "cities": [{"id": "x", "name": "X"}]}');
    const r = await run(['validate', bom]);
    assert.equal(r.code, 0, r.stdout);
  });

  it('--json: the machine-readable report', async () => {
    const r = await run(['validate', '--json', broken]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.exitCode, 1);
    assert.deepEqual(report.summary, {
      sources: 1,
      valid: 0,
      withProblems: 1,
      unreadable: 0,
      errors: 2,
      warnings: 1,
    });
    const [source] = report.sources;
    assert.equal(source.source, broken);
    assert.equal(source.status, 'problems');
    assert.deepEqual(source.counts, {
      cities: { kept: 1, dropped: 0 },
      events: { kept: 3, dropped: 1 },
    });
    assert.deepEqual(
      source.problems.map((p) => [p.path, p.severity]),
      [
        ['events[1].start', 'error'],
        ['events[2].url', 'error'],
        // Index 3 in the file, although it is the third event kept: warnings point at the file.
        ['events[3].city', 'warning'],
      ],
    );
    assert.ok(source.problems.every((p) => p.source === broken));
  });

  it('a dangling reference is a warning (exit 0), resolved when the defining feed is given too', async () => {
    // aveiro.json refers to the network "unic", which only stoke.json defines.
    const alone = JSON.parse((await run(['validate', '--json', aveiro])).stdout) as JsonReport;
    assert.equal(alone.exitCode, 0);
    assert.deepEqual(
      alone.sources[0].problems.map((p) => [p.path, p.severity]),
      [
        ['cities[0].networks[0]', 'warning'],
        ['events[0].network', 'warning'],
      ],
    );
    assert.match(alone.sources[0].problems[1].message, /^"unic" is not the id of any network/);
    const together = await run(['validate', '--json', aveiro, stoke]);
    assert.equal(together.code, 0);
    assert.equal((JSON.parse(together.stdout) as JsonReport).summary.warnings, 0);
  });

  it('reads URLs: 200 is validated, 404 is "could not read"', async () => {
    const ok = await run(['validate', `${server.url}/stoke.json`]);
    assert.equal(ok.code, 0, ok.stdout);
    const missing = await run(['validate', '--json', `${server.url}/gone.json`]);
    assert.equal(missing.code, 2);
    assert.equal(
      (JSON.parse(missing.stdout) as JsonReport).sources[0].error,
      'could not read: HTTP 404 Not Found',
    );
  });

  it('reads standard input as "-"', async () => {
    const r = await run(['validate', '-'], {
      input: '{"version": 1, "events": [{"id": "a", "title": "A", "start": "2026-13-01"}]}',
    });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /event 1, start \(events\[0\]\.start\): "2026-13-01" is not a real date/,
    );
  });
});
