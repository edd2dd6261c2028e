/**
 * civic-feed import through the core readers, as a process: output that does
 * not depend on the machine's zone, a failed import that leaves the last good
 * file alone, and the times on crafted inputs at 1x and 10x (logged, never
 * asserted: speed goes to `npm run bench`).
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useNodePlatform } from '../../src/cli/import-platform.js';
import { readSource } from '../../src/core/readers/index.js';
import { run, tempDir } from './fixtures/cli/helpers.js';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;

describe('civic-feed import (core readers)', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  before(async () => (tmp = await tempDir()));
  after(() => tmp.cleanup());

  it('zone-less dates give byte-identical output whatever the machine TZ', async () => {
    for (const file of ['rss-zoneless-dates.xml', 'jsonfeed-11.json', 'apple-floating.ics']) {
      const outputs: string[] = [];
      for (const TZ of ['Pacific/Auckland', 'America/Los_Angeles']) {
        const out = join(tmp.dir, `${TZ.replace('/', '-')}-${file}.json`);
        const args = ['import', 'auto', join(CORPUS, file), '--time-zone', 'Europe/Rome'];
        const r = await run([...args, '--from', '2027-01-01', '-o', out], { env: { TZ } });
        assert.equal(r.code, 0, r.stderr);
        outputs.push(await readFile(out, 'utf8'));
      }
      assert.equal(outputs[0], outputs[1], file);
    }
  });

  it('an import that finds nothing valid leaves the existing -o file alone and exits non-zero', async () => {
    const out = join(tmp.dir, 'last-good.json');
    await writeFile(out, '{"version":1,"title":"last good"}\n');
    const bad = join(tmp.dir, 'all-bad.xml');
    await writeFile(
      bad,
      '<rss version="2.0"><channel><title>x</title><item><title>a</title><pubDate>10/06/2027</pubDate></item></channel></rss>',
    );
    const empty = await run(['import', 'rss', bad, '-o', out]);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /nothing valid to import; no file was written/);
    const notIcs = await run(['import', 'ics', join(CORPUS, 'not-a-calendar.ics'), '-o', out]);
    assert.equal(notIcs.code, 2);
    assert.doesNotMatch(notIcs.stderr, /Cannot read properties|at .*\.(js|ts):\d+/);
    assert.equal(await readFile(out, 'utf8'), '{"version":1,"title":"last good"}\n');
  });

  it('logs the time of crafted inputs at 1x and 10x (EXDATE lists, namespaces, svg/script, duplicate ids, patterns)', async () => {
    useNodePlatform();
    const crafted: Record<string, (n: number) => string> = {
      'long EXDATE list': (n) =>
        `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:20270101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=300\r\nEXDATE:${Array.from({ length: 100 * n }, (_, i) => `2027${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}T100000Z`).join(',')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      'RSS with many namespaces': (n) =>
        `<rss version="2.0" ${Array.from({ length: 100 * n }, (_, i) => `xmlns:n${i}="urn:x:${i}"`).join(' ')}><channel><title>t</title>${'<item><title>a</title><pubDate>Tue, 08 Jun 2027 10:00:00 GMT</pubDate></item>'.repeat(20 * n)}</channel></rss>`,
      'many <svg>/<script>': (n) =>
        `<rss version="2.0"><channel><title>t</title><item><title>a</title><pubDate>Tue, 08 Jun 2027 10:00:00 GMT</pubDate><description>${'&lt;svg&gt;&lt;script&gt;x&lt;/script&gt;'.repeat(500 * n)}</description></item></channel></rss>`,
      'duplicate ids': (n) =>
        `<rss version="2.0"><channel><title>t</title>${'<item><guid>same</guid><title>a</title><pubDate>Tue, 08 Jun 2027 10:00:00 GMT</pubDate></item>'.repeat(200 * n)}</channel></rss>`,
      'HTML detection and zone-name patterns': (n) =>
        `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:${'<p'.repeat(2000 * n)}\r\nDTSTART;TZID=${'a/'.repeat(2000 * n)}:20270101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
    };
    for (const [name, make] of Object.entries(crafted)) {
      const times: string[] = [];
      for (const n of [1, 10]) {
        const bytes = new TextEncoder().encode(make(n));
        // The reader's module is loaded before the clock starts.
        await readSource(new Uint8Array(), { kind: bytes[0] === 0x3c ? 'rss' : 'ics' });
        const t = performance.now();
        await readSource(bytes, { from: '2027-01-01', to: '2027-12-31' });
        times.push(
          `${(bytes.length / 1024).toFixed(0)} KB in ${(performance.now() - t).toFixed(0)} ms`,
        );
      }
      console.log(`readers timing: ${name}: 1x ${times[0]}, 10x ${times[1]}`);
    }
  });
});
