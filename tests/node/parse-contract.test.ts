/**
 * The contract as data (src/feed/schema.ts) and the checker that walks it:
 * the record rule, relative addresses, the first-then-rest check, and
 * properties that hold for any JSON value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFeed, parseFeedAsync } from '../../src/feed/parse.js';
import { RECORDS, type Fields } from '../../src/feed/schema.js';
import { RECORD_KINDS, type Feed, type Problem } from '../../src/feed/types.js';
import { urlProblem } from '../../src/core/url.js';
import { announceSeed } from '../shared/seed.js';

fc.configureGlobal({ seed: announceSeed('contract property tests') });

const event = (extra: Record<string, unknown> = {}) => ({
  id: 'e1',
  title: 'Open studio',
  start: '2026-12-03T18:00',
  ...extra,
});
const parseEvents = (events: unknown[], options = {}) => parseFeed({ version: 1, events }, options);

describe('the record rule', () => {
  it('drops a record for its wrong required fields, naming only those, in the table’s order', () => {
    const { feed, problems } = parseEvents([
      { id: '  ', title: 7, start: '2026-02-30', url: 'javascript:x' },
    ]);
    assert.deepEqual(feed?.events, []);
    assert.deepEqual(problems, [
      { path: 'events[0].id', message: '"" is empty; this event was dropped', severity: 'error' },
      {
        path: 'events[0].title',
        message: '7 is not text; this event was dropped',
        severity: 'error',
      },
      {
        path: 'events[0].start',
        message:
          '"2026-02-30" is not a real date and time (no such day or hour); this event was dropped',
        severity: 'error',
      },
    ]);
  });

  it('leaves out each wrong optional field once, with the first problem inside it', () => {
    const { feed, problems } = parseEvents([
      event({
        location: { name: 'Hall', geo: { lat: 91, lon: 'x' } },
        online: ' ftp://a.example ',
        summary: ' Kept ',
        status: 'Cancelled',
      }),
    ]);
    assert.deepEqual(feed?.events, [event({ summary: 'Kept' })]);
    assert.deepEqual(
      problems.map((p) => `${p.path}: ${p.message}`),
      [
        'events[0].location.geo.lat: 91 is not a latitude between -90 and 90; left out, the rest of this event is kept',
        'events[0].online: "ftp://a.example" is not an absolute https: or http: URL; left out, the rest of this event is kept',
        'events[0].status: "Cancelled" is not one of scheduled, cancelled, postponed, rescheduled; left out, the rest of this event is kept',
      ],
    );
  });

  it('reads a list as an object that lacks its fields, as the contract always did', () => {
    const { problems } = parseEvents([event({ image: [] })]);
    assert.equal(problems[0].path, 'events[0].image.url');
    assert.match(problems[0].message, /^is missing; left out/);
  });

  it('trims text and keeps a record written as the table wants it as it is', () => {
    const plain = event();
    const { feed } = parseEvents([plain, event({ id: 'e2', title: '  Padded  ', extra: 1 })]);
    assert.equal(feed?.events[0], plain);
    assert.deepEqual(feed?.events[1], event({ id: 'e2', title: 'Padded' }));
  });

  it('keeps the limits: records past maxRecords and problems past maxProblems are counted', () => {
    const events = [...Array(5).keys()].map((n) => event({ id: `e${n}`, url: 'x' }));
    const { feed, problems } = parseEvents(events, { maxRecords: 3, maxProblems: 2 });
    assert.equal(feed?.events.length, 3);
    assert.deepEqual(
      problems.slice(2).map((p) => p.message),
      [
        '5 valid events; only the first 3 of each list are read (2 left out); split the feed, for example one per year',
        'and 3 more problems in this feed; run "civic-feed validate" on it for the full list',
      ],
    );
  });
});

describe('relative addresses', () => {
  const base = 'https://council.example/europe/feed.json';

  it('are read against the feed’s address, with a warning, when there is one', () => {
    const { feed, problems } = parseFeed(
      {
        version: 1,
        url: '/europe',
        cities: [{ id: 'c', name: 'C', image: { url: 'images/kilns.svg', alt: '' } }],
      },
      { base },
    );
    assert.equal(feed?.url, 'https://council.example/europe');
    assert.deepEqual(feed?.cities[0].image, {
      url: 'https://council.example/europe/images/kilns.svg',
      alt: '',
    });
    assert.deepEqual(
      problems.map((p) => [p.path, p.severity, p.relative]),
      [
        ['url', 'warning', true],
        ['cities[0].image.url', 'warning', true],
      ],
    );
    assert.equal(
      problems[1].message,
      '"images/kilns.svg" is a relative address; it was read against the feed\'s address as https://council.example/europe/images/kilns.svg. Other readers of the format need a full address, such as https://council.example/europe/images/kilns.svg',
    );
  });

  it('are left out as before without an address, and never let another scheme or a line break in', () => {
    assert.equal(parseEvents([event({ url: 'page.html' })]).problems[0].severity, 'error');
    for (const url of ['javascript:alert(1)', 'a\nb.html', 'data:text/html,x', 'a b.html']) {
      const { feed, problems } = parseEvents([event({ url })], { base });
      assert.equal(feed?.events[0].url, undefined, url);
      assert.equal(problems[0].severity, 'error', url);
    }
  });

  it('give no warning for a field left out for another reason', () => {
    const { problems } = parseEvents([event({ image: { url: 'a.svg', alt: 5 } })], { base });
    assert.deepEqual(
      problems.map((p) => p.path),
      ['events[0].image.alt'],
    );
  });
});

describe('the month on screen first', () => {
  const json = {
    version: 1,
    cities: [{ id: 'c', name: 'C' }],
    events: [
      event({ id: 'a', start: '2027-03-01' }),
      event({ id: 'b', start: '2026-12-05' }),
      event({ id: 'b', start: '2026-12-06' }),
      { id: 'c', start: '2027-03-02' },
      event({ id: 'd', start: '2026-12-24', url: 'nope' }),
    ],
  };
  const first = (raw: Record<string, unknown>, kind: string) =>
    kind !== 'events' || String(raw.start).startsWith('2026-12');

  it('checks the chosen records now, and the rest gives exactly what one parse gives', async () => {
    const part = parseFeed(json, { first });
    assert.deepEqual(
      part.feed?.events.map((e) => e.start),
      ['2026-12-06', '2026-12-24'],
    );
    assert.equal(part.feed?.cities.length, 1);
    const rest = part.rest;
    assert.ok(rest);
    // However many ask, there is one run.
    const finishing = rest.finish();
    assert.equal(rest.finish(true), finishing);
    const whole = await finishing;
    assert.deepEqual(whole, parseFeed(json));
    // The first result now is the whole one (the loader's cache keeps it).
    assert.equal(whole, part);
    assert.equal(part.rest, undefined);
  });

  it('has no rest when every record was chosen (a list of one kind for the widget that shows it)', () => {
    const all = parseFeed(json, { first: (_raw, kind) => kind === 'events' || kind === 'cities' });
    assert.equal(all.rest, undefined);
    assert.deepEqual(all, parseFeed(json));
    // A record that is not an object is never offered to `first`: it is left for the rest.
    const odd = { ...json, events: [...json.events, 42] };
    const part = parseFeed(odd, { first: () => true });
    assert.ok(part.rest);
  });
});

describe('checking in slices', () => {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      '2026-12-03',
      '2027-01-09T10:00',
      ' x ',
      '',
      'images/a.svg',
      'https://a.example/x',
    ),
  );
  const raw = fc.oneof(
    fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c', ' d ', 'e', '', 7),
        title: fc.oneof(fc.constant('T'), value),
        start: fc.oneof(
          fc.constantFrom('2026-12-03', '2027-01-09T10:00', '2026-12-05T10:00:00Z'),
          value,
        ),
        end: value,
        url: value,
        updated: fc.constantFrom('2026-12-01', '2026-12-02T10:00:00Z', 'x'),
      },
      { requiredKeys: [] },
    ),
    value,
  );
  const feed = fc.record({
    version: fc.constant(1),
    title: value,
    url: value,
    events: fc.array(raw, { maxLength: 120 }),
    networks: fc.array(raw, { maxLength: 40 }),
  });
  const limits = fc.record(
    { maxRecords: fc.integer({ min: 1, max: 60 }), maxProblems: fc.integer({ min: 0, max: 40 }) },
    { requiredKeys: [] },
  );

  it('gives what one parse gives, for any records checked first and any slices', async () => {
    await fc.assert(
      fc.asyncProperty(
        feed,
        limits,
        fc.array(fc.boolean(), { minLength: 1 }),
        async (json, limit, picks) => {
          const options = { ...limit, base: 'https://a.example/feed.json' };
          const whole = parseFeed(json, options);
          let n = 0;
          const first = () => picks[n++ % picks.length];
          // slice 0: a pause after every step of a few records.
          const part = await parseFeedAsync(json, { ...options, first, slice: 0 });
          assert.deepEqual((await part.rest?.finish()) ?? part, whole);
          assert.deepEqual(await parseFeedAsync(json, { ...options, slice: 0 }), whole);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Any JSON value, and feeds whose records are made of such values. */
const json = fc.jsonValue({ maxDepth: 3 });
const fieldValues = fc.oneof(
  json,
  fc.constantFrom('2026-12-03', '2026-02-30', 'https://a.example/x', 'images/a.svg', ' x ', ''),
);
const record = fc.dictionary(
  fc.constantFrom(
    'id',
    'title',
    'name',
    'start',
    'end',
    'published',
    'url',
    'image',
    'tags',
    'geo',
    'x',
  ),
  fieldValues,
);
const feeds = fc.record({
  version: fc.constant(1),
  cities: fc.array(fc.oneof(record, json), { maxLength: 4 }),
  events: fc.array(fc.oneof(record, json), { maxLength: 4 }),
  activities: fc.array(record, { maxLength: 4 }),
});

function recheck(feed: Feed): Problem[] {
  return parseFeed(feed).problems.filter((p) => !/is used twice/.test(p.message));
}

describe('for any JSON value (fast-check)', () => {
  it('never throws, and fails the whole feed only without an object or version 1', () => {
    fc.assert(
      fc.property(fc.oneof(json, feeds), (value) => {
        const result = parseFeed(value, { base: 'https://a.example/feed.json' });
        const whole =
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value as { version?: unknown }).version === 1;
        assert.equal(result.feed !== null, whole);
      }),
    );
  });

  it('keeps only records that satisfy the table, and every dropped record has an error', () => {
    fc.assert(
      fc.property(feeds, (value) => {
        const { feed, problems } = parseFeed(value);
        assert.ok(feed);
        assert.deepEqual(recheck(feed), []);
        for (const kind of RECORD_KINDS) {
          const raw = (value as unknown as Record<string, unknown[] | undefined>)[kind] ?? [];
          const ids = new Set(feed[kind].map((r) => r.id));
          raw.forEach((_, index) => {
            const here = problems.filter(
              (p) => p.path === `${kind}[${index}]` || p.path.startsWith(`${kind}[${index}].`),
            );
            const dropped = here.some((p) => /was dropped$/.test(p.message));
            if (dropped) assert.ok(here.every((p) => p.severity === 'error'));
          });
          assert.ok(ids.size <= raw.length);
          // Required fields are there in every kept record.
          for (const r of feed[kind] as unknown as Record<string, unknown>[]) {
            for (const [key, field] of Object.entries(RECORDS[kind] as Fields)) {
              if (field.required) assert.notEqual(r[key], undefined, `${kind}.${key}`);
            }
          }
        }
      }),
    );
  });

  it('the quick path for plain web addresses accepts only what the URL parser accepts', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const url = fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTPS'),
        fc.array(label, { maxLength: 3 }),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
        fc.stringMatching(/^([/?#][\x21-\x7e]{0,12})?$/),
      )
      .map(([scheme, labels, last, rest]) => `${scheme}://${[...labels, last].join('.')}${rest}`);
    fc.assert(
      fc.property(url, (value) => {
        if (urlProblem(value) !== undefined) return;
        const parsed = new URL(value);
        assert.match(parsed.protocol, /^https?:$/);
        assert.notEqual(parsed.hostname, '');
      }),
    );
  });
});
