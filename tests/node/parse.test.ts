import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  parseFeed,
  parseFeedAsync,
  parseFeedText,
  parseFeedTextAsync,
} from '../../src/feed/parse.js';

const event = (extra: Record<string, unknown> = {}) => ({
  id: 'e1',
  title: 'Kiln opening',
  start: '2026-12-03T23:30',
  ...extra,
});

describe('parseFeed', () => {
  it('keeps a valid feed whole, with every array present', () => {
    const { feed, problems } = parseFeed({ version: 1, title: 'Stoke', events: [event()] });
    assert.deepEqual(problems, []);
    assert.equal(feed?.title, 'Stoke');
    assert.deepEqual(feed?.events, [event()]);
    assert.deepEqual(feed?.cities, []);
    assert.deepEqual(feed?.activities, []);
  });

  for (const [name, value] of [
    ['null', null],
    ['a list', []],
    ['a string', 'feed'],
    ['a number', 1],
  ] as const) {
    it(`fails the whole feed when it is ${name}`, () => {
      const result = parseFeed(value);
      assert.equal(result.feed, null);
      assert.equal(result.failure, 'not-object');
      assert.match(result.problems[0].message, /not a JSON object/);
    });
  }

  it('fails a newer version with a message that says what to do', () => {
    const result = parseFeed({ version: 2, events: [event()] });
    assert.equal(result.feed, null);
    assert.equal(result.failure, 'version');
    assert.equal(result.problems[0].path, 'version');
    assert.match(result.problems[0].message, /reads feed version 1 only/);
  });

  it('fails a feed without a version', () => {
    const result = parseFeed({ events: [event()] });
    assert.equal(result.failure, 'version');
    assert.match(result.problems[0].message, /add "version": 1/);
  });

  it('drops one bad event alone and names its path and value', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      events: [
        event({ id: 'ok1' }),
        event({ id: 'bad', start: 'next Tuesday' }),
        event({ id: 'ok2' }),
      ],
    });
    assert.deepEqual(
      feed?.events.map((e) => e.id),
      ['ok1', 'ok2'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].path, 'events[1].start');
    assert.match(problems[0].message, /^"next Tuesday" is not a date/);
    assert.match(problems[0].message, /this event was dropped/);
  });

  it('drops records that miss a required field or are not objects', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      cities: [{ id: 'a' }, 'b', { id: 'c', name: 'C' }],
      activities: [{ id: 'x', title: 'X' }],
    });
    assert.deepEqual(
      feed?.cities.map((c) => c.id),
      ['c'],
    );
    assert.deepEqual(feed?.activities, []);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['cities[0].name', 'cities[1]', 'activities[0].published'],
    );
    assert.match(problems[0].message, /is missing/);
  });

  it('leaves out a bad optional field but keeps the record', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      events: [
        event({
          url: 'javascript:alert(1)',
          online: 'mailto:x@example.org',
          timeZone: 'Europe/Lonodn',
          summary: 'Still here',
        }),
      ],
    });
    assert.equal(feed?.events.length, 1);
    assert.equal(feed?.events[0].summary, 'Still here');
    assert.equal(feed?.events[0].url, undefined);
    assert.equal(feed?.events[0].online, undefined);
    assert.equal(feed?.events[0].timeZone, undefined);
    assert.deepEqual(problems.map((p) => p.path).sort(), [
      'events[0].online',
      'events[0].timeZone',
      'events[0].url',
    ]);
  });

  it('accepts only http(s), mailto and tel links, whatever the case or spacing tricks', () => {
    const urls = [
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/relative',
      'https:/missing-slash',
      'http://',
    ];
    for (const url of urls) {
      const { feed, problems } = parseFeed({
        version: 1,
        practices: [{ id: 'p', title: 'P', url }],
      });
      assert.equal(feed?.practices[0].url, undefined, url);
      assert.equal(problems.length, 1, url);
    }
    for (const url of [
      'https://a.example/x',
      'http://a.example',
      'mailto:info@a.example',
      'tel:+441782234567',
    ]) {
      const { feed, problems } = parseFeed({
        version: 1,
        practices: [{ id: 'p', title: 'P', url }],
      });
      assert.equal(feed?.practices[0].url, url);
      assert.deepEqual(problems, []);
    }
  });

  it('accepts the three event time forms and rejects impossible dates', () => {
    for (const start of [
      '2026-12-03',
      '2026-12-03T18:00',
      '2026-12-03T18:00:00+01:00',
      '2026-12-03T18:00:00Z',
      '2028-02-29',
    ]) {
      assert.deepEqual(parseFeed({ version: 1, events: [event({ start })] }).problems, [], start);
    }
    for (const start of [
      '2026-02-29',
      '2026-13-01',
      '2026-12-03T24:00',
      '03/12/2026',
      '2026-12-3',
    ]) {
      assert.equal(
        parseFeed({ version: 1, events: [event({ start })] }).feed?.events.length,
        0,
        start,
      );
    }
  });

  it('leaves out an end before the start', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      events: [event({ start: '2026-12-05', end: '2026-12-01' })],
    });
    assert.equal(feed?.events[0].end, undefined);
    assert.equal(problems[0].path, 'events[0].end');
    assert.match(problems[0].message, /is before start/);
  });

  it('keeps one record per duplicate id, the later-updated one', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      activities: [
        { id: 'a', title: 'Newer', published: '2026-01-01', updated: '2026-02-01T00:00:00Z' },
        { id: 'a', title: 'Older', published: '2026-01-01', updated: '2026-01-15T00:00:00Z' },
      ],
    });
    assert.deepEqual(
      feed?.activities.map((a) => a.title),
      ['Newer'],
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /used twice/);
  });

  it('reports a field that should be a list, and keeps the rest of the feed', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      events: { id: 'x' },
      practices: [{ id: 'p', title: 'P' }],
    });
    assert.equal(problems[0].path, 'events');
    assert.equal(feed?.practices.length, 1);
  });

  it('ignores unknown fields', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      future: true,
      events: [event({ colour: 'red' })],
    });
    assert.deepEqual(problems, []);
    assert.equal('colour' in (feed?.events[0] ?? {}), false);
  });

  it('does not let __proto__ keys reach the prototype', () => {
    const json = JSON.parse(
      '{"version":1,"events":[{"id":"e","title":"T","start":"2026-01-01","__proto__":{"polluted":true}}]}',
    ) as unknown;
    const { feed } = parseFeed(json);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((feed?.events[0] as Record<string, unknown>).polluted, undefined);
  });
});

describe('parseFeedText', () => {
  it('says an HTML page is not JSON and hints at the address', () => {
    const result = parseFeedText('<!doctype html><title>500</title>');
    assert.equal(result.failure, 'not-json');
    assert.match(result.problems[0].message, /looks like an HTML page/);
  });
});

describe('parse details', () => {
  it('reads a feed that starts with a byte order mark', () => {
    assert.equal(parseFeedText('\uFEFF{"version":1}').feed?.version, 1);
  });

  it('compares an end with an offset against a local start only when certain', () => {
    const keep = parseFeed({
      version: 1,
      events: [{ id: 'e', title: 'T', start: '2026-12-03T23:00', end: '2026-12-03T22:30:00Z' }],
    });
    assert.equal(keep.feed?.events[0].end, '2026-12-03T22:30:00Z');
    const drop = parseFeed({
      version: 1,
      events: [{ id: 'e', title: 'T', start: '2026-12-05T10:00', end: '2026-12-03T10:00:00Z' }],
    });
    assert.equal(drop.feed?.events[0].end, undefined);
  });

  it('trims a country code', () => {
    assert.equal(
      parseFeed({ version: 1, cities: [{ id: 'c', name: 'C', country: ' GB' }] }).feed?.cities[0]
        .country,
      'GB',
    );
  });
});

describe('parseFeedAsync', () => {
  it('gives the same result as parseFeed, for a large feed with broken records', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i % 2900}`,
      title: `Event ${i}`,
      start: i % 97 === 0 ? 'soon' : `2026-12-${String((i % 28) + 1).padStart(2, '0')}T18:00`,
      url: i % 89 === 0 ? 'javascript:alert(1)' : `https://example.org/${i}`,
    }));
    const json = { version: 1, events };
    const asynchronous = await parseFeedAsync(json);
    assert.deepEqual(asynchronous, parseFeed(json));
    assert.ok(asynchronous.problems.length > 100);
  });

  it("checks a handed-over feed object in a task of its own, not in the caller's", async () => {
    let read = false;
    const json = {
      get version() {
        read = true;
        return 1;
      },
      events: [],
    };
    const result = parseFeedAsync(json);
    // Microtasks run before the next task: none of them may start the check.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    assert.equal(read, false, 'the check started in the task that asked for it');
    assert.deepEqual((await result).feed?.events, []);
    assert.equal(read, true);
  });

  it('fails a whole feed the same way', async () => {
    assert.deepEqual(await parseFeedTextAsync('<html>'), parseFeedText('<html>'));
    assert.deepEqual(await parseFeedAsync({ version: 3 }), parseFeed({ version: 3 }));
  });
});
