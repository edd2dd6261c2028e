/** The core's zone engine, feed-time classification, event zone rule and safe-URL rule. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { announceSeed } from '../shared/seed.js';
import { eventZone } from '../../src/core/event-zone.js';
import { safeUrl, urlProblem } from '../../src/core/url.js';
import { eventInstant, isRealDateTime, timeKind } from '../../src/core/values.js';
import { formatDate, formatLocal, formatOffset, parseWall, wallMs } from '../../src/core/wall.js';
import {
  canonicalZone,
  MAX_TRANSITION_RANGE,
  offsetAt,
  wallAt,
  localToInstant,
  wallToInstant,
  zoneTransitions,
} from '../../src/core/zones.js';
import { parseFeed } from '../../src/feed/parse.js';

const HOUR = 3_600_000;

describe('core zones', () => {
  it('gives offsets in milliseconds east of UTC', () => {
    assert.equal(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Paris'), HOUR);
    assert.equal(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York'), -4 * HOUR);
    assert.equal(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kathmandu'), 5.75 * HOUR);
    assert.equal(formatOffset(5.75 * HOUR), '+05:45');
    assert.equal(formatOffset(-3.5 * HOUR, ''), '-0330');
  });

  it('turns wall time into an instant and back', () => {
    const at = wallToInstant(parseWall('2026-12-03T18:00')!, 'Europe/Berlin');
    assert.equal(new Date(at).toISOString(), '2026-12-03T17:00:00.000Z');
    assert.deepEqual(wallAt(at, 'Europe/Berlin'), {
      year: 2026,
      month: 12,
      day: 3,
      hour: 18,
      minute: 0,
      second: 0,
    });
  });

  it('matches zone names in any letter case and spells them as IANA does', () => {
    assert.equal(canonicalZone('europe/london'), 'Europe/London');
    assert.equal(canonicalZone('EUROPE/LONDON'), 'Europe/London');
    assert.equal(canonicalZone('asia/kolkata'), 'Asia/Kolkata');
    assert.equal(canonicalZone('america/port-au-prince'), 'America/Port-au-Prince');
    assert.equal(canonicalZone(' Europe/Lisbon '), 'Europe/Lisbon');
    assert.equal(canonicalZone('utc'), 'UTC');
    for (const bad of ['Mars/Olympus', '', 'Europe/London\r\nX', 'W. Europe Standard Time', 42]) {
      assert.equal(canonicalZone(bad), undefined, String(bad));
    }
  });

  it('gives back a name spelled right as it is, whatever Intl resolves it to', () => {
    // Written as IANA spells them (the quick path), including names some ICU builds resolve
    // to an older spelling, and a link, which stays as Intl resolves it.
    assert.equal(canonicalZone('Europe/London'), 'Europe/London');
    assert.equal(canonicalZone('Asia/Kolkata'), 'Asia/Kolkata');
    assert.equal(canonicalZone('America/Argentina/Buenos_Aires'), 'America/Argentina/Buenos_Aires');
    assert.equal(canonicalZone('UTC'), 'UTC');
    const link = new Intl.DateTimeFormat('en', { timeZone: 'US/Pacific' }).resolvedOptions()
      .timeZone;
    assert.equal(canonicalZone('US/Pacific'), link);
  });

  it('bounds the transition search, however far apart the ends are', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const found = zoneTransitions('Europe/London', from, Date.parse('9999-12-31T00:00:00Z'));
    assert.ok(found.length <= 4, `${found.length} transitions`);
    assert.ok(found.every((t) => t.at <= from + MAX_TRANSITION_RANGE));
  });
});

/** Zones with DST at 01:00 and at midnight, half-hour and 45-minute offsets, a skipped day, LMT. */
const ZONES = [
  'Europe/London',
  'Pacific/Auckland',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'America/Sitka',
  'UTC',
];

describe('core zones: the quick ways give what the general ones give', () => {
  const seed = announceSeed('core zones');

  it('reads an offset from its text ("GMT+05:45") as from the wall time, to the second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const whole = Math.floor(instant / 1000) * 1000;
          return offsetAt(instant, zone) === wallMs(wallAt(whole, zone)) - whole;
        },
      ),
      { seed, numRuns: 2000 },
    );
  });

  it('reads a local time as the general rule does, in gaps and overlaps too', () => {
    // Days around the changes (March, April, September, October, November) and any day.
    const day = fc.record({
      year: fc.integer({ min: 1900, max: 2040 }),
      month: fc.constantFrom(1, 3, 4, 9, 10, 11, 12),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.boolean(),
        fc.constantFrom(...ZONES),
        (date, hour, minute, seconds, zone) => {
          const w = { ...date, hour, minute, second: seconds ? 30 : 0 };
          const text = formatLocal(w);
          // The general rule: both offsets either side, the earliest instant that reads back.
          const local = wallMs(w);
          const candidates = [offsetAt(local - 14 * HOUR, zone), offsetAt(local + 14 * HOUR, zone)]
            .map((offset) => local - offset)
            .filter((instant) => instant + offsetAt(instant, zone) === local);
          const expected = candidates.length
            ? Math.min(...candidates)
            : local - offsetAt(local - 14 * HOUR, zone);
          return (
            eventInstant(text, zone) === expected &&
            wallToInstant(w, zone) === expected &&
            localToInstant(local, zone) === expected &&
            eventInstant(formatDate(w), zone) ===
              wallToInstant({ ...w, hour: 0, minute: 0, second: 0 }, zone)
          );
        },
      ),
      { seed, numRuns: 3000 },
    );
  });

  it('still reads the forms the quick way leaves to the general one', () => {
    const cases: [string, string, string][] = [
      ['2026-12-03T18:00:30.250', 'Europe/Berlin', '2026-12-03T17:00:30Z'],
      ['2026-12-03T18:00:00+05:30', 'Europe/Berlin', '2026-12-03T12:30:00Z'],
      ['2026-12-03T18:00Z', 'Europe/Berlin', '2026-12-03T18:00:00Z'],
      // 01:30 on 29 March 2026 does not exist in London: it moves forward by the gap.
      ['2026-03-29T01:30', 'Europe/London', '2026-03-29T01:30:00Z'],
      // 01:30 on 25 October 2026 happens twice in London: the first.
      ['2026-10-25T01:30', 'Europe/London', '2026-10-25T00:30:00Z'],
    ];
    for (const [value, zone, instant] of cases) {
      assert.equal(eventInstant(value, zone), Date.parse(instant), value);
    }
    // Years 0–99 are themselves (Date.UTC would read them as 1900–1999).
    assert.equal(new Date(eventInstant('0050-06-01T12:00', 'UTC')).getUTCFullYear(), 50);
  });
});

describe('core feed times', () => {
  it('classifies dates, local and offset date-times, and nothing else', () => {
    assert.equal(timeKind('2026-12-03'), 'date');
    assert.equal(timeKind('2026-12-03T18:00'), 'local');
    assert.equal(timeKind('2026-12-03T18:00:30.5'), 'local');
    assert.equal(timeKind('2026-12-03T18:00:00Z'), 'offset');
    assert.equal(timeKind('2026-12-03T18:00:00+05:30'), 'offset');
    for (const bad of ['2026-12-3', '2026-12-03 18:00', '18:00', '2026-12-03T18', 7]) {
      assert.equal(timeKind(bad), undefined, String(bad));
    }
    assert.ok(isRealDateTime('2028-02-29'));
    assert.ok(!isRealDateTime('2027-02-29'));
    assert.ok(!isRealDateTime('2026-12-03T24:00'));
  });

  it('reads a date as the midnight that starts it in the zone', () => {
    assert.equal(
      new Date(eventInstant('2026-07-01', 'Europe/London')).toISOString(),
      '2026-06-30T23:00:00.000Z',
    );
  });
});

describe('core event zone rule', () => {
  const cities = new Map([
    ['stoke', { id: 'stoke', timeZone: 'Europe/London' }],
    ['limoges', { id: 'limoges', timeZone: 'europe/paris' }],
  ]);
  it('takes the event’s own zone, else its city’s, else none', () => {
    assert.equal(eventZone({ timeZone: 'Asia/Tokyo', city: 'stoke' }, cities), 'Asia/Tokyo');
    assert.equal(eventZone({ city: 'limoges' }, cities), 'Europe/Paris');
    assert.equal(eventZone({ timeZone: 'Nowhere/Else', city: 'stoke' }, cities), 'Europe/London');
    assert.equal(eventZone({}, cities), undefined);
  });
  it('gives an event that names no city the zone of a feed’s only city', () => {
    assert.equal(eventZone({}, new Map([['stoke', cities.get('stoke')!]])), 'Europe/London');
  });
});

describe('core safe-URL rule', () => {
  it('accepts http(s), mailto and tel links, and only http(s) for the web', () => {
    assert.equal(safeUrl('https://example.org/a?b=1;c,d'), 'https://example.org/a?b=1;c,d');
    assert.equal(safeUrl('  https://example.org  '), 'https://example.org/');
    assert.equal(safeUrl('mailto:info@example.org'), 'mailto:info@example.org');
    assert.equal(safeUrl('tel:+441782000000'), 'tel:+441782000000');
    assert.equal(safeUrl('mailto:info@example.org', { web: true }), undefined);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'https:example.org',
      '/a',
      'http://',
    ]) {
      assert.equal(safeUrl(bad), undefined, bad);
    }
  });

  it('refuses line breaks, controls and spaces instead of letting a parser drop them', () => {
    for (const bad of [
      'https://example.org/\r\nATTACH:x',
      'https://example.org/\nx',
      'https://exa\tmple.org/',
      'https://example.org/a b',
      'https://example.org/\u0000',
      'https://example.org/\u2028',
      'https://example.org/\u0085',
    ]) {
      assert.equal(safeUrl(bad), undefined, JSON.stringify(bad));
      assert.match(urlProblem(bad)!, /line break, a control character or a space/);
    }
  });

  it('makes the validator leave out such a URL with a problem, keeping the event', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2026-12-03',
          url: 'https://example.org/\r\nBEGIN:VEVENT',
          online: 'https://meet.example/\nx',
          image: { url: 'https://example.org/i.png\r\n' },
        },
      ],
    });
    assert.equal(feed!.events.length, 1);
    assert.equal(feed!.events[0].url, undefined);
    assert.equal(feed!.events[0].online, undefined);
    // A line break at the very end is trimmed away like other surrounding space.
    assert.equal(feed!.events[0].image?.url, 'https://example.org/i.png');
    assert.deepEqual(
      problems.map((p) => p.path),
      ['events[0].url', 'events[0].online'],
    );
  });
});
