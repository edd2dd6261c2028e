/**
 * The core's day arithmetic, spans and zone engine with explicit zones. The
 * results must not depend on the zone the process runs in:
 * core-process-zones.test.ts runs this file again under TZ set to
 * Pacific/Auckland, America/Los_Angeles and Asia/Kolkata, where midnight,
 * DST and the date line differ.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDaysToKey,
  addMonthsToKey,
  addMonthsToMonth,
  dayDifference,
  daysBetween,
  isMonthKey,
  lastDayOfMonth,
  monthGrid,
  todayKey,
  weekStartKey,
  weekdayOfKey,
} from '../../src/core/days.js';
import { eventSpan } from '../../src/core/values.js';
import { parseWall } from '../../src/core/wall.js';
import { announceSeed } from '../shared/seed.js';
import { isTimeZone, offsetAt, wallToInstant, zoneTransitions } from '../../src/core/zones.js';

const VIEWERS = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London'];
const iso = (instant: number) => new Date(instant).toISOString();
const zonedToInstant = (local: string, zone: string) => wallToInstant(parseWall(local)!, zone);

describe(`core: days and spans (process zone ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  it('reads a local time in the event zone, not the viewer zone', () => {
    assert.equal(
      iso(zonedToInstant('2026-12-03T23:30', 'Europe/London')),
      '2026-12-03T23:30:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-07-03T23:30', 'Europe/London')),
      '2026-07-03T22:30:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-12-03T09:00', 'Pacific/Auckland')),
      '2026-12-02T20:00:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-12-03T18:00', 'America/Los_Angeles')),
      '2026-12-04T02:00:00.000Z',
    );
  });

  it('puts 23:30 in London on 3 December on 3 December in a London calendar', () => {
    const span = eventSpan('2026-12-03T23:30', undefined, 'Europe/London', 'Europe/London');
    assert.deepEqual(
      [span.firstDay, span.lastDay, span.allDay],
      ['2026-12-03', '2026-12-03', false],
    );
  });

  it('puts the same moment on the days it falls on in other display zones', () => {
    assert.equal(
      eventSpan('2026-12-03T23:30', undefined, 'Europe/London', 'Pacific/Auckland').firstDay,
      '2026-12-04',
    );
    assert.equal(
      eventSpan('2026-12-03T23:30', undefined, 'Europe/London', 'America/Los_Angeles').firstDay,
      '2026-12-03',
    );
    assert.equal(
      eventSpan('2026-12-03T01:00', undefined, 'Europe/London', 'America/Los_Angeles').firstDay,
      '2026-12-02',
    );
  });

  it('never moves an all-day event, whatever the zones', () => {
    for (const display of VIEWERS) {
      const one = eventSpan('2026-12-19', undefined, 'Pacific/Auckland', display);
      assert.deepEqual([one.firstDay, one.lastDay, one.allDay], ['2026-12-19', '2026-12-19', true]);
      const many = eventSpan('2026-05-23', '2026-05-25', 'Europe/London', display);
      assert.deepEqual([many.firstDay, many.lastDay], ['2026-05-23', '2026-05-25']);
    }
  });

  it('reads an offset as an absolute moment', () => {
    const span = eventSpan(
      '2026-12-03T23:30:00+01:00',
      undefined,
      'Pacific/Auckland',
      'Europe/London',
    );
    assert.equal(span.firstDay, '2026-12-03');
    assert.equal(iso(span.start!), '2026-12-03T22:30:00.000Z');
  });

  it('covers every day a timed event runs into, but not the day it ends at midnight', () => {
    const late = eventSpan(
      '2026-12-03T23:30',
      '2026-12-04T01:00',
      'Europe/London',
      'Europe/London',
    );
    assert.deepEqual([late.firstDay, late.lastDay], ['2026-12-03', '2026-12-04']);
    const midnight = eventSpan(
      '2026-12-03T20:00',
      '2026-12-04T00:00',
      'Europe/London',
      'Europe/London',
    );
    assert.deepEqual([midnight.firstDay, midnight.lastDay], ['2026-12-03', '2026-12-03']);
    const dateEnd = eventSpan('2026-12-03T20:00', '2026-12-05', 'Europe/London', 'Europe/London');
    assert.equal(dateEnd.lastDay, '2026-12-05');
  });

  it('moves a time in the spring gap forward by the gap (29 March 2026, London)', () => {
    // 01:00–02:00 does not exist: 01:30 is read as GMT and lands at 02:30 BST.
    assert.equal(
      iso(zonedToInstant('2026-03-29T01:30', 'Europe/London')),
      '2026-03-29T01:30:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-03-29T00:59', 'Europe/London')),
      '2026-03-29T00:59:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-03-29T02:00', 'Europe/London')),
      '2026-03-29T01:00:00.000Z',
    );
    const night = eventSpan(
      '2026-03-28T20:00',
      '2026-03-29T08:00',
      'Europe/London',
      'Europe/London',
    );
    assert.equal((night.end! - night.start!) / 3_600_000, 11);
  });

  it('takes the first of two readings in the autumn overlap (25 October 2026, London)', () => {
    // 01:30 happens twice: first in BST (00:30Z), then in GMT (01:30Z).
    assert.equal(
      iso(zonedToInstant('2026-10-25T01:30', 'Europe/London')),
      '2026-10-25T00:30:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-10-25T02:00', 'Europe/London')),
      '2026-10-25T02:00:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-10-25T00:59', 'Europe/London')),
      '2026-10-24T23:59:00.000Z',
    );
  });

  it('handles the southern and American DST days as well', () => {
    // Auckland: clocks go back at 03:00 NZDT on 5 April 2026, forward at 02:00 on 27 September.
    assert.equal(
      iso(zonedToInstant('2026-04-05T02:30', 'Pacific/Auckland')),
      '2026-04-04T13:30:00.000Z',
    );
    assert.equal(
      iso(zonedToInstant('2026-09-27T02:30', 'Pacific/Auckland')),
      '2026-09-26T14:30:00.000Z',
    );
    // Los Angeles: forward at 02:00 on 8 March 2026.
    assert.equal(
      iso(zonedToInstant('2026-03-08T02:30', 'America/Los_Angeles')),
      '2026-03-08T10:30:00.000Z',
    );
  });

  it('knows 29 February 2028', () => {
    assert.equal(addDaysToKey('2028-02-28', 1), '2028-02-29');
    assert.equal(addDaysToKey('2028-02-29', 1), '2028-03-01');
    assert.equal(addMonthsToKey('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonthsToKey('2028-02-29', 12), '2029-02-28');
    assert.equal(lastDayOfMonth('2028-02'), '2028-02-29');
    assert.equal(lastDayOfMonth('2027-02'), '2027-02-28');
    assert.deepEqual(daysBetween('2028-02-27', '2028-03-01'), [
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    const leap = eventSpan('2028-02-29T23:30', undefined, 'Europe/London', 'Europe/London');
    assert.equal(leap.firstDay, '2028-02-29');
    assert.equal(
      eventSpan('2028-02-29T23:30', undefined, 'Europe/London', 'Pacific/Auckland').firstDay,
      '2028-03-01',
    );
  });

  it('builds whole weeks from the week start, padded to six rows', () => {
    const december = monthGrid('2026-12', 1);
    assert.equal(december[0][0], '2026-11-30');
    assert.equal(december.at(-1)!.at(-1), '2027-01-03');
    const six = monthGrid('2026-02', 0, 6);
    assert.equal(six.length, 6);
    assert.equal(six[0][0], '2026-02-01');
    assert.equal(six[5][6], '2026-03-14');
    assert.ok(six.every((week) => week.length === 7));
    // Days across the DST change in every viewer zone are still consecutive.
    const march = monthGrid('2026-03', 1, 6).flat();
    for (let i = 1; i < march.length; i++) assert.equal(dayDifference(march[i - 1], march[i]), 1);
  });

  it('does week and month arithmetic on plain days', () => {
    assert.equal(weekStartKey('2026-12-03', 1), '2026-11-30');
    assert.equal(weekStartKey('2026-12-03', 0), '2026-11-29');
    assert.equal(weekdayOfKey('2026-12-03'), 4);
    assert.equal(addMonthsToMonth('2026-12', 1), '2027-01');
    assert.equal(addMonthsToMonth('2026-01', -1), '2025-12');
    assert.equal(dayDifference('2026-12-31', '2027-01-01'), 1);
  });
});

describe('core: zones and today', () => {
  it('says what today is in a zone', () => {
    const now = Date.parse('2026-12-03T23:30:00Z');
    assert.equal(todayKey('Europe/London', now), '2026-12-03');
    assert.equal(todayKey('Pacific/Auckland', now), '2026-12-04');
    assert.equal(todayKey('America/Los_Angeles', now), '2026-12-03');
  });

  it('reads offsets', () => {
    assert.equal(offsetAt(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London'), 3_600_000);
    assert.equal(offsetAt(Date.parse('2026-12-01T12:00:00Z'), 'Pacific/Auckland'), 13 * 3_600_000);
  });

  it('finds the DST transitions of a year, to the second', () => {
    const list = zoneTransitions(
      'Europe/London',
      Date.parse('2026-01-01T00:00:00Z'),
      Date.parse('2027-01-01T00:00:00Z'),
    );
    assert.deepEqual(
      list.map((t) => [iso(t.at), t.before / 3_600_000, t.after / 3_600_000]),
      [
        ['2026-03-29T01:00:00.000Z', 0, 1],
        ['2026-10-25T01:00:00.000Z', 1, 0],
      ],
    );
    assert.deepEqual(
      zoneTransitions(
        'Asia/Tokyo',
        Date.parse('2026-01-01T00:00:00Z'),
        Date.parse('2027-01-01T00:00:00Z'),
      ),
      [],
    );
  });

  it('validates month keys and zones', () => {
    assert.ok(isMonthKey('2026-12'));
    assert.ok(!isMonthKey('2026-13'));
    assert.ok(!isMonthKey('December'));
    assert.ok(isTimeZone('Europe/London'));
    assert.ok(!isTimeZone('Mars/Olympus'));
    assert.ok(!isTimeZone(''));
  });
});

describe('core: day keys at the edges', () => {
  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    assert.equal(addDaysToKey('0099-12-31', 1), '0100-01-01');
    assert.equal(addDaysToKey('0001-01-01', -1), '0000-12-31');
    assert.equal(lastDayOfMonth('0004-02'), '0004-02-29');
    assert.equal(addMonthsToKey('0050-01-31', 1), '0050-02-28');
    assert.equal(weekdayOfKey('0001-01-01'), 1);
  });

  it('works to the end of year 9999', () => {
    assert.equal(addDaysToKey('9999-12-30', 1), '9999-12-31');
    assert.equal(dayDifference('2026-12-03', '9999-12-31'), 2_912_106);
    assert.deepEqual(monthGrid('9999-12', 1)[0][0], '9999-11-29');
  });

  it('keeps adding and counting days consistent (property, fixed seed)', () => {
    const seed = announceSeed('core day arithmetic');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9990-12-31T00:00:00Z') }),
        fc.integer({ min: -3000, max: 3000 }),
        (date, n) => {
          const key = date.toISOString().slice(0, 10);
          const moved = addDaysToKey(key, n);
          return dayDifference(key, moved) === n && addDaysToKey(moved, -n) === key;
        },
      ),
      { seed, numRuns: 500 },
    );
  });
});
