/** civic-feed import rss|atom|jsonfeed: items become activities with plain-text fields. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import type { Activity, Feed } from '../../src/feed/types.js';
import { FIXTURES, run, serve, tempDir } from './fixtures/cli/helpers.js';

async function importFeed(
  format: string,
  source: string,
  extra: string[] = [],
): Promise<{ feed: Feed; stderr: string }> {
  const r = await run(['import', format, source, ...extra]);
  assert.equal(r.code, 0, r.stderr);
  const parsed = parseFeed(JSON.parse(r.stdout));
  assert.deepEqual(parsed.problems, []);
  return { feed: parsed.feed!, stderr: r.stderr };
}

function assertPlain(activities: Activity[]) {
  for (const a of activities) {
    for (const text of [a.title, a.summary ?? '']) {
      assert.doesNotMatch(text, /<\/?[a-z]/i, `no tags in ${JSON.stringify(text)}`);
      assert.doesNotMatch(text, /&[a-z]+;|&#\d+;/i, `no entities in ${JSON.stringify(text)}`);
    }
  }
}

describe('civic-feed import rss/atom/jsonfeed', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  before(async () => (tmp = await tempDir()));
  after(() => tmp.cleanup());

  it('RSS 2.0: HTML stripped, entities decoded, scripts dropped, categories as tags', async () => {
    const { feed, stderr } = await importFeed('rss', join(FIXTURES, 'news.rss'), [
      '--city',
      'aveiro',
    ]);
    assert.equal(feed.title, 'Aveiro & Region News');
    assert.equal(feed.language, 'pt-PT');
    assert.equal(feed.activities.length, 2);
    const [lanes, budget] = feed.activities;
    assert.deepEqual(lanes, {
      id: 'https://www.cm-aveiro.pt/news/cycle-lanes',
      title: 'New cycle lanes open',
      published: '2026-11-10T09:30:00Z',
      type: 'news',
      summary: 'The new lanes connect the station & the university. Ride safely – été!',
      url: 'https://www.cm-aveiro.pt/news/cycle-lanes',
      image: { url: 'https://www.cm-aveiro.pt/img/lanes.jpg' },
      city: 'aveiro',
      tags: ['Mobility', 'Cycling'],
    });
    // Escaped HTML in title and description; dc:date with an offset; a relative link.
    assert.equal(budget.title, 'Budget 2027 consultation');
    assert.equal(budget.summary, 'Tell us what matters & why.');
    assert.equal(budget.published, '2026-11-12T07:00:00Z');
    assert.equal(budget.url, 'https://www.cm-aveiro.pt/news/budget-2027');
    assertPlain(feed.activities);
    assert.match(stderr, /skipped "No date here": it has no publication date/);
  });

  it('Atom: html and xhtml text constructs, published vs updated, category labels, xml:lang', async () => {
    const { feed } = await importFeed('atom', join(FIXTURES, 'news.atom'), ['--type', 'article']);
    assert.equal(feed.title, 'Limoges actualités');
    assert.equal(feed.language, 'fr');
    const [market, report] = feed.activities;
    assert.equal(market.title, 'Marché de Noël');
    assert.equal(market.summary, 'Le marché ouvre samedi.');
    assert.equal(market.published, '2026-11-18T07:00:00Z');
    assert.equal(market.updated, '2026-11-19T08:00:00Z');
    assert.deepEqual(market.tags, ['Culture']);
    assert.equal(market.type, 'article');
    assert.equal(report.summary, 'Le rapport est en ligne.');
    assert.equal(report.published, '2026-11-15T12:00:00Z', 'no <published>: <updated> is used');
    assert.equal(report.url, 'https://www.limoges.fr/rapport');
    assertPlain(feed.activities);
  });

  it('JSON Feed 1.1: content_html stripped, numeric ids, a title made from text when missing', async () => {
    const { feed } = await importFeed('jsonfeed', join(FIXTURES, 'news.json'), [
      '--language',
      'nl-NL',
      '--title',
      'Delft',
    ]);
    assert.equal(feed.title, 'Delft');
    assert.equal(feed.language, 'nl-NL');
    const [bridge, micro] = feed.activities;
    assert.equal(bridge.title, 'Brug gesloten');
    assert.equal(bridge.summary, 'De brug is gesloten van 1 tot 5 december.');
    assert.equal(bridge.published, '2026-11-25T09:00:00Z');
    assert.deepEqual(bridge.tags, ['verkeer', 'werkzaamheden']);
    assert.deepEqual(bridge.image, { url: 'https://www.delft.nl/img/brug.jpg' });
    assert.equal(micro.id, '42');
    assert.equal(micro.title, 'Vandaag opent het nieuwe stadskantoor.');
    assertPlain(feed.activities);
  });

  it('never expands DOCTYPE entities (no XXE, no entity bombs)', async () => {
    const file = join(tmp.dir, 'evil.rss');
    await writeFile(
      file,
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>' +
        '<rss version="2.0"><channel><title>t</title><item><title>Hi &x; &a;</title>' +
        '<guid>g1</guid><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>',
    );
    const { feed } = await importFeed('rss', file);
    assert.equal(feed.activities[0].title, 'Hi &x; &a;');
  });

  it('imports from a URL and resolves relative links against it', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      res.end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Rel',
          items: [{ id: 'a', title: 'A', url: '/news/a', date_published: '2026-11-01T00:00:00Z' }],
        }),
      );
    });
    try {
      const { feed } = await importFeed('jsonfeed', `${server.url}/feeds/news.json`);
      assert.equal(feed.activities[0].url, `${server.url}/news/a`);
    } finally {
      await server.close();
    }
  });

  it('writes to -o atomically and reports the count on stderr', async () => {
    const out = join(tmp.dir, 'news-out.json');
    const r = await run(['import', 'atom', join(FIXTURES, 'news.atom'), '-o', out]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Imported 2 activities into .*news-out\.json\./);
    assert.equal((JSON.parse(await readFile(out, 'utf8')) as Feed).activities.length, 2);
  });

  it('the wrong format: exit 2 with a clear message', async () => {
    const r = await run(['import', 'atom', join(FIXTURES, 'news.rss')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not an Atom feed: the document starts with <rss>/);
  });
});
