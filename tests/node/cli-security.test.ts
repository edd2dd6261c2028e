/**
 * The hub CLI against hostile servers and feeds (issue 15, items 3, 4, 5, 6 and 8), each with
 * its reproducer: compression bombs and endless bodies, internal addresses, terminal escapes in
 * status lines and parse errors, secrets in source URLs, and validate's report on 180 KB of junk.
 * civic-feed runs as a process against real HTTP servers on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { FeedError } from '../../src/feed/errors.js';
import { fetchFeedBytes } from '../../src/feed/fetch-guarded.js';
import { checkPublicUrl, isInternalAddress, redactUrl } from '../../src/cli/io.js';
import { clean } from '../../src/cli/term.js';
import { run, serve, tempDir, type TestServer } from './fixtures/cli/helpers.js';

const FEED = JSON.stringify({
  version: 1,
  title: 'Partner',
  events: [{ id: 'e1', title: 'Open day', start: '2027-05-01' }],
});
/** A valid feed followed by 16 MB of spaces: tiny once compressed, three times the cap unpacked. */
const BOMB_PLAIN = Buffer.concat([Buffer.from(FEED), Buffer.alloc(16 * 1024 * 1024, 0x20)]);
const BOMBS = {
  br: brotliCompressSync(BOMB_PLAIN, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: gzipSync(BOMB_PLAIN),
  deflate: deflateSync(BOMB_PLAIN),
};
const SIZE_LIMIT = /larger than the 5,242,880-byte limit \(counted after decompression\)/;

/** Any control character a terminal would obey (tab and newline are fine). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const OSC52 = '\x1b]52;c;cm0gLXJmIH4K\x07';

/** A server that writes its answers by hand: node:http refuses control characters in them. */
async function rawServer(answer: string): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => socket.end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

let server: TestServer;

before(async () => {
  server = await serve((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const encoding = /^\/bomb\.(br|gzip|deflate)$/.exec(path)?.[1] as keyof typeof BOMBS;
    if (encoding) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      res.end(BOMBS[encoding]);
    } else if (path === '/endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write('{"version": 1, "title": "');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    } else if (path === '/latin1.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=ISO-8859-1' });
      res.end(Buffer.from(FEED.replace('Open day', 'Journée portes ouvertes'), 'latin1'));
    } else if (path === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(FEED);
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/feed.json' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
});

after(() => server.close());

describe('CLI downloads: a size cap after decompression (--max-bytes)', () => {
  it('validate refuses a brotli body that unpacks past 5 MB, and --max-bytes raises the cap', async () => {
    assert.ok(BOMBS.br.length < 100_000, `the bomb is ${BOMBS.br.length} bytes on the wire`);
    const r = await run(['validate', `${server.url}/bomb.br`]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stdout, SIZE_LIMIT);
    const raised = await run(['validate', `${server.url}/bomb.br`, '--max-bytes', '20000000']);
    assert.equal(raised.code, 0, raised.stdout);
  });

  it('import refuses a gzip body that unpacks past the cap', async () => {
    const r = await run(['import', 'jsonfeed', `${server.url}/bomb.gzip`]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, SIZE_LIMIT);
  });

  it('export refuses a deflate body that unpacks past the cap', async () => {
    const r = await run(['export', 'ics', `${server.url}/bomb.deflate`]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, SIZE_LIMIT);
    assert.equal(r.stdout, '');
  });

  it('aggregate cuts an endless body off at the cap, not at the time limit', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const out = join(dir, 'hub.json');
      const r = await run(
        [
          'aggregate',
          `${server.url}/endless`,
          `${server.url}/feed.json`,
          '-o',
          out,
          '--timeout',
          '120',
          '--cache-dir',
          join(dir, 'cache'),
          '--json',
        ],
        { timeoutMs: 30_000 },
      );
      assert.equal(r.code, 0, r.stderr);
      const result = JSON.parse(r.stdout) as { sources: { status: string; error?: string }[] };
      assert.equal(result.sources[0].status, 'failed');
      assert.match(result.sources[0].error ?? '', SIZE_LIMIT);
      assert.equal(result.sources[1].status, 'fresh');
    } finally {
      await cleanup();
    }
  });

  it('the HTTP charset is honoured', async () => {
    const r = await run(['export', 'jsonld', `${server.url}/latin1.json`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Journée portes ouvertes/);
  });

  it('a --max-bytes that is not a whole number is a usage error', async () => {
    const r = await run(['validate', `${server.url}/feed.json`, '--max-bytes', '5MB']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--max-bytes must be a whole number/);
  });
});

describe('CLI downloads: internal addresses refused unless --allow-private', () => {
  const strict = { CIVIC_FEED_ALLOW_PRIVATE: undefined };

  it('validate refuses loopback, private, link-local, unspecified and metadata addresses without asking them', async () => {
    const port = new URL(server.url).port;
    const before = server.requests.length;
    const targets = [
      `http://127.0.0.1:${port}/feed.json`,
      `http://localhost:${port}/feed.json`,
      `http://[::1]:${port}/feed.json`,
      `http://[::ffff:127.0.0.1]:${port}/feed.json`,
      `http://0.0.0.0:${port}/feed.json`,
      'http://10.20.30.40/feed.json',
      'http://172.16.0.1/feed.json',
      'http://192.168.1.1/feed.json',
      'http://100.64.0.1/feed.json',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://metadata.google.internal/computeMetadata/v1/',
    ];
    const r = await run(['validate', '--json', '--timeout', '3', ...targets], {
      env: strict,
      timeoutMs: 30_000,
    });
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as { sources: { source: string; error?: string }[] };
    for (const s of report.sources) {
      assert.match(s.error ?? '', /refused .*unless --allow-private is given/, s.source);
    }
    assert.equal(server.requests.length, before, 'no request reached the local server');
  });

  it('--allow-private fetches from the local server, redirects included', async () => {
    const r = await run(['validate', `${server.url}/hop/3`, '--allow-private'], { env: strict });
    assert.equal(r.code, 0, r.stdout);
  });

  it('import, aggregate and export refuse them too', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const url = `${server.url}/feed.json`;
      const imp = await run(['import', 'jsonfeed', url], { env: strict });
      assert.equal(imp.code, 2);
      assert.match(imp.stderr, /refused/);
      const exp = await run(['export', 'ics', url], { env: strict });
      assert.equal(exp.code, 2);
      assert.match(exp.stderr, /refused/);
      const agg = await run(
        ['aggregate', url, '-o', join(dir, 'hub.json'), '--cache-dir', join(dir, 'c'), '--json'],
        { env: strict },
      );
      assert.equal(agg.code, 1);
      assert.match(agg.stdout, /refused/);
    } finally {
      await cleanup();
    }
  });

  it('more than 5 redirects are refused', async () => {
    const r = await run(['validate', `${server.url}/hop/6`]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /more than 5 redirects/);
  });

  it('the check runs before every redirect is followed (src/feed/fetch.ts with the CLI policy)', async () => {
    // "localhost" stands in for a public host here; every later address gets the real check.
    const port = new URL(server.url).port;
    const asked: string[] = [];
    const check = async (url: URL) => {
      if (url.hostname !== 'localhost') await checkPublicUrl(url, asked.at(-1));
      asked.push(url.href);
    };
    const options = { timeout: 5000, maxBytes: 1 << 20, retries: 0, retryDelay: 0 };
    const ok = await fetchFeedBytes(
      `http://localhost:${port}/hop/2`,
      options,
      new AbortController().signal,
      { checkUrl: check },
    );
    assert.equal(new TextDecoder().decode(ok.bytes), FEED);
    assert.deepEqual(asked, [
      `http://localhost:${port}/hop/2`,
      `http://localhost:${port}/hop/1`,
      `http://localhost:${port}/feed.json`,
    ]);
    const redirector = await serve((_req, res) => {
      res.writeHead(302, { location: `${server.url}/feed.json` });
      res.end();
    });
    try {
      const before = server.requests.length;
      const port2 = new URL(redirector.url).port;
      await assert.rejects(
        fetchFeedBytes(`http://localhost:${port2}/`, options, new AbortController().signal, {
          checkUrl: check,
        }),
        (error: unknown) =>
          error instanceof FeedError &&
          error.kind === 'blocked' &&
          /refused http:\/\/127\.0\.0\.1:\d+\/feed\.json \(a redirect from http:\/\/localhost:\d+\/ led there\)/.test(
            error.detail,
          ),
      );
      assert.equal(server.requests.length, before, 'the internal address was never asked');
    } finally {
      await redirector.close();
    }
  });

  it('classifies addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '127.255.0.9',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '100.127.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '::',
      '::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      'fe80::1',
      'fc00::1',
      'fd00:ec2::254',
    ]) {
      assert.equal(isInternalAddress(ip), true, ip);
    }
    for (const ip of ['93.184.216.34', '172.32.0.1', '100.128.0.1', '2a00:1450:4001::1']) {
      assert.equal(isInternalAddress(ip), false, ip);
    }
  });
});

describe('CLI output: control characters from feeds and servers never reach the terminal', () => {
  it('an HTTP status line with a clipboard write (OSC 52) and a screen clear', async () => {
    const evil = await rawServer(
      `HTTP/1.1 500 Oops${OSC52}\x1b[2J\x9b6n\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
    );
    const { dir, cleanup } = await tempDir();
    try {
      const v = await run(['validate', `${evil.url}/feed.json`]);
      assert.equal(v.code, 2);
      assert.match(v.stdout, /HTTP 500 Oops/);
      assert.doesNotMatch(v.stdout + v.stderr, CONTROL);
      const i = await run(['import', 'rss', `${evil.url}/news.rss`]);
      assert.equal(i.code, 2);
      assert.match(i.stderr, /HTTP 500 Oops/);
      assert.doesNotMatch(i.stdout + i.stderr, CONTROL);
      const a = await run([
        'aggregate',
        `${evil.url}/feed.json`,
        `${server.url}/feed.json`,
        '-o',
        join(dir, 'hub.json'),
        '--cache-dir',
        join(dir, 'c'),
      ]);
      assert.equal(a.code, 0);
      assert.match(a.stdout, /HTTP 500 Oops/);
      assert.doesNotMatch(a.stdout + a.stderr, CONTROL);
    } finally {
      await evil.close();
      await cleanup();
    }
  });

  it('problems quoting the feed, in validate, export, aggregate and import', async () => {
    // JSON.stringify escapes C0 but not C1: an 8-bit OSC 52 survives the quoting of values.
    const c1 = '\u009d52;c;cm0gLXJmIH4K\u009c';
    const { dir, cleanup } = await tempDir();
    try {
      const file = join(dir, 'evil.json');
      await writeFile(
        file,
        JSON.stringify({ version: 1, events: [{ id: 'a', title: 'A', start: `2027${c1}` }] }),
      );
      const v = await run(['validate', file]);
      assert.equal(v.code, 1);
      assert.match(v.stdout, /events\[0\]\.start\)?: "2027/);
      assert.doesNotMatch(v.stdout + v.stderr, CONTROL);
      const e = await run(['export', 'ics', file]);
      assert.equal(e.code, 0);
      assert.match(e.stderr, /warning: .*events\[0\]\.start/);
      assert.doesNotMatch(e.stderr, CONTROL);
      const wrongVersion = join(dir, 'version.json');
      await writeFile(wrongVersion, JSON.stringify({ version: `1${c1}` }));
      const a = await run([
        'aggregate',
        wrongVersion,
        '-o',
        join(dir, 'hub.json'),
        '--cache-dir',
        dir,
      ]);
      assert.equal(a.code, 1);
      assert.match(a.stdout, /not a supported version/);
      assert.doesNotMatch(a.stdout + a.stderr, CONTROL);
      const rss = join(dir, 'news.rss');
      await writeFile(
        rss,
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><item><title>Item${c1}</title><pubDate>someday</pubDate></item></channel></rss>`,
      );
      const i = await run(['import', 'rss', rss]);
      assert.match(i.stderr, /Item/);
      assert.doesNotMatch(i.stderr, CONTROL);
    } finally {
      await cleanup();
    }
  });

  it('clean() removes CSI, OSC, C1 and lone controls and keeps text, tabs and newlines', () => {
    assert.equal(
      clean(`a${OSC52}b\x1b[31mc\x1b[0m\td\ne\x9b2Jf\x1b]0;t\x1b\\g\r\x07h`),
      'a\uFFFDb\uFFFDc\uFFFD\td\ne\uFFFDf\uFFFDg\uFFFD\uFFFDh',
    );
    assert.equal(clean('Città di Palermo — 日本 🎉'), 'Città di Palermo — 日本 🎉');
  });
});

describe('CLI output: credentials in source URLs are shown and stored as ***', () => {
  const SECRETS = ['s3cretPass', 'TOKVAL', 'KEYVAL', 'ACCESSVAL', 'SIGVAL'];
  const secretUrl = (path: string) =>
    server.url.replace('http://', 'http://hub:s3cretPass@') +
    `${path}?city=lim&token=TOKVAL&api_key=KEYVAL&access_token=ACCESSVAL&sig=SIGVAL`;
  const noSecret = (text: string) => {
    for (const s of SECRETS) assert.ok(!text.includes(s), `"${s}" in:\n${text}`);
  };

  it('validate: the report (text and JSON) and its errors', async () => {
    const ok = await run(['validate', secretUrl('/feed.json')]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /http:\/\/\*\*\*@127\.0\.0\.1:\d+\/feed\.json\?city=lim&token=\*\*\*/);
    noSecret(ok.stdout + ok.stderr);
    const missing = await run(['validate', '--json', secretUrl('/gone.json')]);
    assert.equal(missing.code, 2);
    noSecret(missing.stdout + missing.stderr);
  });

  it('the user name and password are sent as HTTP Basic authentication', async () => {
    const before = server.requests.length;
    await run(['validate', secretUrl('/feed.json')]);
    const sent = server.requests.slice(before).map((r) => r.headers.authorization);
    assert.deepEqual(sent, [`Basic ${Buffer.from('hub:s3cretPass').toString('base64')}`]);
  });

  it('aggregate: the summary, its JSON and the cache folder, on a fresh and a cached run', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const args = [
        'aggregate',
        secretUrl('/feed.json'),
        secretUrl('/gone.json'),
        '-o',
        join(dir, 'hub.json'),
        '--cache-dir',
        join(dir, 'cache'),
      ];
      const first = await run(args);
      assert.equal(first.code, 0, first.stderr);
      noSecret(first.stdout + first.stderr);
      const second = await run([...args, '--json']);
      noSecret(second.stdout + second.stderr);
      const files = await readdir(join(dir, 'cache'));
      assert.ok(files.length >= 2);
      for (const f of files) noSecret(await readFile(join(dir, 'cache', f), 'utf8'));
    } finally {
      await cleanup();
    }
  });

  it('import and export errors', async () => {
    const i = await run(['import', 'rss', secretUrl('/gone.rss')]);
    assert.equal(i.code, 2);
    noSecret(i.stderr);
    const e = await run(['export', 'jsonld', secretUrl('/gone.json')]);
    assert.equal(e.code, 2);
    noSecret(e.stderr);
  });

  it('redactUrl keeps what is not secret', () => {
    assert.equal(
      redactUrl('https://u:p@example.org/a?X-Amz-Signature=abc&page=2&key=k#top'),
      'https://***@example.org/a?X-Amz-Signature=***&page=2&key=***#top',
    );
    assert.equal(redactUrl('feeds/partner.json'), 'feeds/partner.json');
  });
});

describe("validate's text report: linear in its input, capped per kind", () => {
  const junk = (records: number) =>
    `{"version": 1, "events": [${Array(records).fill('{}').join(',')}]}`;

  it('180 KB of 60,000 junk records: a short report, every problem in --json, times logged for 1x and 10x', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const one = join(dir, 'junk-1x.json');
      const ten = join(dir, 'junk-10x.json');
      await writeFile(one, junk(60_000));
      await writeFile(ten, junk(600_000));
      const r1 = await run(['validate', one], { timeoutMs: 120_000 });
      assert.equal(r1.code, 1);
      assert.ok(r1.stdout.split('\n').length < 70, `${r1.stdout.split('\n').length} lines`);
      assert.match(r1.stdout, /… and 179,950 more like these \(--json lists them all\)/);
      assert.match(r1.stdout, /180,000 problems/);
      const json = await run(['validate', '--json', one], { timeoutMs: 120_000 });
      const report = JSON.parse(json.stdout) as { sources: { problems: unknown[] }[] };
      assert.equal(report.sources[0].problems.length, 180_000);
      const r10 = await run(['validate', ten], { timeoutMs: 240_000 });
      assert.equal(r10.code, 1);
      assert.match(r10.stdout, /1,800,000 problems/);
      console.log(
        `# validate text report: 1x (${(60_000 * 3 + 24).toLocaleString('en')} B) ${Math.round(r1.ms)} ms, ` +
          `10x ${Math.round(r10.ms)} ms (ratio ${(r10.ms / r1.ms).toFixed(1)})`,
      );
    } finally {
      await cleanup();
    }
  });

  it('130,000 reference warnings: reported, no crash', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = join(dir, 'refs.json');
      const events = Array.from({ length: 130_000 }, (_, i) => ({
        id: `e${i}`,
        title: 'Open day',
        start: '2027-05-01',
        city: 'nowhere',
      }));
      await writeFile(file, JSON.stringify({ version: 1, events }));
      const r = await run(['validate', file], { timeoutMs: 120_000 });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /valid, 130,000 warnings/);
      assert.match(r.stdout, /… and 129,950 more like these/);
    } finally {
      await cleanup();
    }
  });
});
