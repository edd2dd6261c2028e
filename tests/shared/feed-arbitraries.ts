/**
 * fast-check arbitraries for feeds, shared by the Node fuzz tests
 * (tests/node/fuzz.test.ts) and the browser render fuzz
 * (tests/browser/security/fuzz-render.test.ts).
 *
 * `nearValidFeed()` builds valid records and then breaks some of them the
 * way hand-written feeds break (wrong types, impossible dates, unsafe URLs,
 * missing or duplicate ids, lists that are not lists) and says, for each
 * record, what the contract expects: kept (maybe without some optional
 * fields) or dropped. That model is what the fuzz properties check against.
 */
import fc from 'fast-check';
import type { RecordKind } from '../../src/feed/types.js';

export const KINDS: readonly RecordKind[] = [
  'cities',
  'networks',
  'practices',
  'activities',
  'events',
];

/** One generated record and what the contract says must happen to it. */
export interface GenRecord {
  value: unknown;
  /** False when a required field is broken or the record is not an object. */
  expectKept: boolean;
  /** The trimmed id, when the record is kept. */
  id?: string;
  /** Optional fields that were broken: each must be left out with a problem. */
  brokenOptional: string[];
}

export type GenList = GenRecord[] | 'absent' | 'null' | 'not-a-list';

export interface GenFeed {
  feed: Record<string, unknown>;
  lists: Record<RecordKind, GenList>;
}

// ---------------------------------------------------------------- values

const ID_POOL = ['a', 'b', 'c', 'stoke/kiln', 'pecs', ' padded ', 'ÿ-ü', 'x'.repeat(200)];

/** A valid id: mostly from a small pool, so duplicates and cross references are common. */
export const validId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ID_POOL) },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0),
  },
);

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.constantFrom(
    '',
    '   ',
    'Kiln\n\nopening',
    'مرحبا بالعالم',
    'שלום',
    '👩🏽‍🔬 e\u0301',
    '<b>not html</b>',
  ),
);
const requiredText = anyText.filter((s) => s.trim().length > 0);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real moment between years 1 and 9999, as a Date. */
const moment = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-30T00:00:00Z'),
  noInvalidDate: true,
});
/** Mostly near today, so the calendar and the activity feed have something on screen. */
const nearMoment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2028-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
  },
  { weight: 1, arbitrary: moment },
);

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const offsetText = (minutes: number) =>
  minutes === 0
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
const OFFSETS = [0, 60, -300, 330, 545, 840, -720];

type TimeForm = 'date' | 'local' | 'offset';

/** Writes an instant in one of the contract's forms; for "offset", as wall time at that offset. */
function writeTime(d: Date, form: TimeForm, offset: number): string {
  if (form === 'date') return dayOf(d);
  const wall = new Date(d.getTime() + offset * 60_000).toISOString();
  const local = wall.slice(0, 16) + (d.getUTCSeconds() % 2 ? `:${wall.slice(17, 19)}` : '');
  return form === 'local' ? local : `${local}${offsetText(offset)}`;
}

/** A valid event start and, maybe, an end that is not before it (same form, same offset). */
const eventTimes = fc
  .record({
    start: nearMoment,
    form: fc.constantFrom<TimeForm>('date', 'local', 'offset'),
    offset: fc.constantFrom(...OFFSETS),
    length: fc.option(fc.integer({ min: 0, max: 60 * 24 * 400 }), { nil: undefined }),
  })
  .filter(({ start, length }) => start.getTime() + (length ?? 0) * 60_000 < Date.UTC(9999, 11, 30))
  .map(({ start, form, offset, length }) => ({
    start: writeTime(start, form, offset),
    end:
      length === undefined
        ? undefined
        : writeTime(new Date(start.getTime() + length * 60_000), form, offset),
  }));

/** A valid Timestamp: a date, or a date-time with offset. */
const timestamp = fc
  .tuple(nearMoment, fc.boolean(), fc.constantFrom(...OFFSETS))
  .map(([d, dateOnly, offset]) => writeTime(d, dateOnly ? 'date' : 'offset', offset));

const webUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://example.org/', 'http://example.org/a?b=c#d', 'https://例え.jp/パス'),
);
const linkUrl = fc.oneof(
  { weight: 4, arbitrary: webUrl },
  { weight: 1, arbitrary: fc.constantFrom('mailto:events@example.org', 'tel:+441782234567') },
);
const image = fc.record({ url: webUrl, alt: anyText }, { requiredKeys: ['url'] });
const geo = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
const timeZone = fc.constantFrom(
  'Europe/London',
  'Europe/Budapest',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'UTC',
);
const language = fc.constantFrom('en', 'en-GB', 'fr', 'pt-PT', 'ar', 'he', 'cy');
const idList = fc.array(validId, { maxLength: 4 });
const textList = fc.array(requiredText, { maxLength: 3 });

const dateOnlyPair = fc
  .tuple(nearMoment, fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }))
  .map(([d, days]) => ({
    start: dayOf(d),
    end:
      days === undefined
        ? undefined
        : dayOf(new Date(Math.min(d.getTime() + days * 86_400_000, Date.UTC(9999, 11, 30)))),
  }));

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

// ---------------------------------------------------------------- valid records

const validRecord: Record<RecordKind, fc.Arbitrary<Record<string, unknown>>> = {
  cities: fc.record(
    {
      id: validId,
      name: requiredText,
      country: fc.stringMatching(/^[A-Z]{2}$/),
      region: anyText,
      population: fc.nat(),
      summary: anyText,
      description: anyText,
      url: linkUrl,
      image,
      geo,
      timeZone,
      networks: idList,
      language,
    },
    { requiredKeys: ['id', 'name'] },
  ),
  networks: fc
    .tuple(
      fc.record(
        {
          id: validId,
          name: requiredText,
          title: anyText,
          summary: anyText,
          description: anyText,
          url: linkUrl,
          image,
          theme: anyText,
          lead: validId,
          cities: idList,
          language,
        },
        { requiredKeys: ['id', 'name'] },
      ),
      fc.option(dateOnlyPair, { nil: undefined }),
    )
    .map(([network, dates]) =>
      withoutUndefined({ ...network, start: dates?.start, end: dates?.end }),
    ),
  practices: fc.record(
    {
      id: validId,
      title: requiredText,
      summary: anyText,
      url: linkUrl,
      image,
      city: validId,
      networks: idList,
      topics: textList,
      language,
    },
    { requiredKeys: ['id', 'title'] },
  ),
  activities: fc.record(
    {
      id: validId,
      title: requiredText,
      published: timestamp,
      type: fc.oneof(
        fc.constantFrom('article', 'news', 'report', 'video', 'podcast', 'publication', 'News'),
        anyText,
      ),
      summary: anyText,
      url: linkUrl,
      image,
      updated: timestamp,
      city: validId,
      network: validId,
      tags: textList,
      language,
    },
    { requiredKeys: ['id', 'title', 'published'] },
  ),
  events: fc
    .tuple(
      fc.record(
        {
          id: validId,
          title: requiredText,
          timeZone,
          summary: anyText,
          description: anyText,
          url: linkUrl,
          image,
          location: fc.record({ name: anyText, address: anyText, geo }, { requiredKeys: [] }),
          online: webUrl,
          status: fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled'),
          city: validId,
          network: validId,
          series: validId,
          updated: timestamp,
          language,
        },
        { requiredKeys: ['id', 'title'] },
      ),
      eventTimes,
    )
    .map(([event, times]) => withoutUndefined({ ...event, start: times.start, end: times.end })),
};

// ---------------------------------------------------------------- ways to break them

const wrongType = fc.constantFrom<unknown>(42, -1.5, true, null, [], ['x'], {}, { a: 1 });
const badDate = fc.constantFrom<unknown>(
  'next Tuesday',
  '2026-02-30',
  '2027-02-29',
  '2026-13-01',
  '2026-12-03T25:00',
  '2026-12-03T18:60',
  '2026-12-03 18:00',
  '03/12/2026',
  '2026-12-3',
  '',
  20261203,
  '2026-12-03T18:00:00+15:00',
);
const badUrl = fc.constantFrom<unknown>(
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://example.org/file',
  '//example.org/x',
  'example.org',
  '/relative/path',
  'http://',
  'https://',
  '',
  42,
);
const badId = fc.constantFrom<unknown>(
  '',
  '   ',
  '\n\t',
  42,
  null,
  ['a'],
  { id: 'a' },
  'x'.repeat(201),
);
const badRequiredText = fc.constantFrom<unknown>('', '  \n ', 42, null, false, ['title'], {
  en: 'x',
});

/** Bad values for each optional field, by kind. */
const BAD_OPTIONAL: Record<RecordKind, Record<string, fc.Arbitrary<unknown>>> = {
  cities: {
    country: fc.constantFrom('gb', 'GBR', 'G', 44, ''),
    region: wrongType,
    population: fc.constantFrom(-1, 1.5, '1000', -5),
    summary: wrongType,
    description: wrongType,
    url: badUrl,
    image: fc.constantFrom<unknown>(
      { alt: 'no url' },
      { url: 'javascript:x' },
      'https://example.org/a.png',
      { url: 'mailto:a@b.c' },
    ),
    geo: fc.constantFrom<unknown>({ lat: 91, lon: 0 }, { lat: '52', lon: '1' }, [52, 1], {
      lat: 0,
    }),
    timeZone: fc.constantFrom('Mars/Olympus', 'Europe/Londres', 'not a zone', 5, ''),
    networks: fc.constantFrom<unknown>('unic', [1, 2], [''], {}),
    language: fc.constantFrom('english', 'en_GB', 5, ''),
  },
  networks: {
    title: wrongType,
    summary: wrongType,
    url: badUrl,
    image: fc.constantFrom<unknown>({ url: 'ftp://x.org/a.png' }, 7),
    theme: wrongType,
    start: fc.oneof(badDate, fc.constant('2026-12-03T10:00:00Z')),
    lead: badId,
    cities: fc.constantFrom<unknown>('a', [5], [' ']),
  },
  practices: {
    summary: wrongType,
    url: badUrl,
    image: fc.constantFrom<unknown>({ url: '' }, null),
    city: badId,
    networks: fc.constantFrom<unknown>('unic', [null]),
    topics: fc.constantFrom<unknown>('x', [''], [5]),
  },
  activities: {
    type: wrongType,
    summary: wrongType,
    url: badUrl,
    image: fc.constantFrom<unknown>({ url: 'data:image/png;base64,AA' }),
    updated: fc.oneof(badDate, fc.constant('2026-12-03T18:00')),
    city: badId,
    network: badId,
    tags: fc.constantFrom<unknown>('tag', [''], [{}]),
  },
  events: {
    end: badDate,
    timeZone: fc.constantFrom('Mars/Olympus', 'Europe/Londres', 'GMT +1', 5),
    summary: wrongType,
    description: wrongType,
    url: badUrl,
    image: fc.constantFrom<unknown>({ url: 'javascript:x' }),
    location: fc.constantFrom<unknown>({ name: 5 }, 'Town hall', { geo: { lat: 200, lon: 0 } }),
    online: fc.oneof(badUrl, fc.constant('mailto:join@example.org')),
    status: fc.constantFrom('maybe', 'Cancelled', 'CANCELLED', 5),
    city: badId,
    network: badId,
    series: badId,
    updated: badDate,
  },
};

const REQUIRED: Record<RecordKind, Record<string, fc.Arbitrary<unknown>>> = {
  cities: { id: badId, name: badRequiredText },
  networks: { id: badId, name: badRequiredText },
  practices: { id: badId, title: badRequiredText },
  activities: {
    id: badId,
    title: badRequiredText,
    published: fc.oneof(badDate, fc.constant('2026-12-03T18:00')),
  },
  events: { id: badId, title: badRequiredText, start: badDate },
};

const MISSING = Symbol('missing');

const notAnObject = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 10 }),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.boolean(),
);

/** Unknown fields, including names that are dangerous as plain-object keys. */
const extraFields = fc.dictionary(
  fc.constantFrom(
    'extra',
    'colour',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'x-custom',
  ),
  fc.jsonValue({ maxDepth: 2 }),
  { minKeys: 1, maxKeys: 3 },
);

/** Sets a key as JSON.parse would: an own property, even for "__proto__". */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function genRecord(kind: RecordKind): fc.Arbitrary<GenRecord> {
  const optionalKeys = Object.keys(BAD_OPTIONAL[kind]);
  const requiredKeys = Object.keys(REQUIRED[kind]);
  const kept = (value: Record<string, unknown>, brokenOptional: string[] = []): GenRecord => ({
    value,
    expectKept: true,
    id: (value.id as string).trim(),
    brokenOptional,
  });

  const intact = validRecord[kind].map((value) => kept(value));

  const optionalBroken = validRecord[kind].chain((value) =>
    fc
      .subarray(optionalKeys, { minLength: 1, maxLength: 3 })
      .chain((keys) =>
        fc.tuple(...keys.map((key) => BAD_OPTIONAL[kind][key])).map((bad) => ({ keys, bad })),
      )
      .map(({ keys, bad }) => {
        const record = { ...value };
        keys.forEach((key, i) => setOwn(record, key, bad[i]));
        return kept(record, keys);
      }),
  );

  // An end before its start: valid on its own, so the end alone is left out.
  const endBeforeStart =
    kind === 'events' || kind === 'networks'
      ? validRecord[kind].map((value) => {
          const record = { ...value, start: '2026-12-10', end: '2026-12-01' };
          return kept(record, ['end']);
        })
      : intact;

  const requiredBroken = fc
    .tuple(validRecord[kind], fc.constantFrom(...requiredKeys))
    .chain(([value, key]) =>
      fc.oneof(fc.constant<unknown>(MISSING), REQUIRED[kind][key]).map((bad): GenRecord => {
        const record = { ...value };
        if (bad === MISSING) delete record[key];
        else setOwn(record, key, bad);
        return { value: record, expectKept: false, brokenOptional: [] };
      }),
    );

  const unknownFields = fc.tuple(validRecord[kind], extraFields).map(([value, extra]) => {
    const record = { ...value };
    for (const [key, v] of Object.entries(extra)) setOwn(record, key, v);
    return kept(record);
  });

  return fc.oneof(
    { weight: 12, arbitrary: intact },
    { weight: 3, arbitrary: optionalBroken },
    { weight: 1, arbitrary: endBeforeStart },
    { weight: 2, arbitrary: requiredBroken },
    {
      weight: 1,
      arbitrary: notAnObject.map((value): GenRecord => ({
        value,
        expectKept: false,
        brokenOptional: [],
      })),
    },
    { weight: 1, arbitrary: unknownFields },
  );
}

/** An array of records of one kind, where duplicates are frequent (ids come from a small pool). */
function genList(kind: RecordKind, maxLength: number): fc.Arbitrary<GenList> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<GenList>('absent') },
    { weight: 8, arbitrary: fc.array(genRecord(kind), { maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom<GenList>('null', 'not-a-list') },
  );
}

function listValue(list: GenList): unknown {
  if (list === 'null') return null;
  if (list === 'not-a-list') return { not: 'a list' };
  return list === 'absent' ? undefined : list.map((r) => r.value);
}

/**
 * A feed that is mostly valid: valid header fields (sometimes a bad one),
 * and arrays of records each intact or broken in one of the ways above.
 */
export function nearValidFeed({ maxRecords = 8 } = {}): fc.Arbitrary<GenFeed> {
  return fc
    .record({
      header: fc.record(
        {
          title: fc.oneof(anyText, wrongType),
          url: fc.oneof({ weight: 4, arbitrary: linkUrl }, { weight: 1, arbitrary: badUrl }),
          updated: fc.oneof({ weight: 4, arbitrary: timestamp }, { weight: 1, arbitrary: badDate }),
          language: fc.oneof(
            { weight: 4, arbitrary: language },
            { weight: 1, arbitrary: fc.constant('english') },
          ),
        },
        { requiredKeys: [] },
      ),
      cities: genList('cities', maxRecords),
      networks: genList('networks', maxRecords),
      practices: genList('practices', maxRecords),
      activities: genList('activities', maxRecords),
      events: genList('events', maxRecords),
    })
    .map(({ header, ...lists }) => {
      const feed: Record<string, unknown> = { version: 1, ...header };
      for (const kind of KINDS) {
        const value = listValue(lists[kind]);
        if (value !== undefined) feed[kind] = value;
      }
      return { feed, lists };
    });
}

/** The JSON text a partner would publish for a generated feed (own "__proto__" keys survive). */
export function toJsonValue(feed: unknown): unknown {
  return JSON.parse(JSON.stringify(feed)) as unknown;
}

/**
 * Valid feeds for merge properties: records only intact, ids from a small
 * pool (so the same id is in several feeds), and every `updated` value
 * (feeds' and records') distinct, so no two copies of a record tie.
 */
export function feedsToMerge(): fc.Arbitrary<Record<string, unknown>[]> {
  const validList = (kind: RecordKind) => fc.array(validRecord[kind], { maxLength: 5 });
  const oneFeed = fc.record({
    title: fc.constantFrom('Hub', 'Stoke'),
    language: fc.option(language, { nil: undefined }),
    cities: validList('cities'),
    networks: validList('networks'),
    practices: validList('practices'),
    activities: validList('activities'),
    events: validList('events'),
  });
  return fc.array(oneFeed, { minLength: 1, maxLength: 4 }).chain((feeds) => {
    const slots =
      feeds.length + feeds.reduce((n, f) => n + f.activities.length + f.events.length, 0);
    const indices = Array.from({ length: slots }, (_, i) => i);
    return fc.shuffledSubarray(indices, { minLength: slots, maxLength: slots }).map((order) => {
      let next = 0;
      const stamp = () => new Date(Date.UTC(2026, 0, 1) + order[next++] * 60_000).toISOString();
      return feeds.map((f) => {
        const feed: Record<string, unknown> = withoutUndefined({
          version: 1,
          ...f,
          updated: stamp(),
        });
        feed.activities = f.activities.map((a) => ({ ...a, updated: stamp() }));
        feed.events = f.events.map((e) => ({ ...e, updated: stamp() }));
        return feed;
      });
    });
  });
}
