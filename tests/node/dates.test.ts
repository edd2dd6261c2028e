/**
 * The calendar's date logic with explicit zones. Each group also runs with
 * the process's own zone (the "viewer") set to Auckland, Los Angeles and
 * London in turn: Node reads TZ again when it changes, so day arithmetic on
 * local Dates is checked where midnight, DST and the date line differ.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  addDaysToKey,
  addMonthsToKey,
  addMonthsToMonth,
  dayDifference,
  daysBetween,
  eventSpan,
  isMonthKey,
  isTimeZone,
  lastDayOfMonth,
  monthGrid,
  offsetAt,
  todayKey,
  weekStartKey,
  weekdayOfKey,
  zonedToInstant,
  zoneTransitions,
} from '../../src/shared/dates.js';
import {
  dateFormatter,
  firstDayOfWeek,
  formatDayKey,
  intlLocale,
} from '../../src/shared/locale.js';

const VIEWERS = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London'];
const original = process.env.TZ;
after(() => {
  process.env.TZ = original;
});

const iso = (instant: number) => new Date(instant).toISOString();

for (const viewer of VIEWERS) {
  describe(`dates, viewer in ${viewer}`, () => {
    it('runs with the viewer zone set', () => {
      process.env.TZ = viewer;
      assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, viewer);
    });

    it('reads a local time in the event zone, not the viewer zone', () => {
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
      const span = eventSpan('2026-12-03T23:30', undefined, 'Europe/London', 'Europe/London');
      assert.deepEqual(
        [span.firstDay, span.lastDay, span.allDay],
        ['2026-12-03', '2026-12-03', false],
      );
    });

    it('puts the same moment on the days it falls on in other display zones', () => {
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
      for (const display of VIEWERS) {
        const one = eventSpan('2026-12-19', undefined, 'Pacific/Auckland', display);
        assert.deepEqual(
          [one.firstDay, one.lastDay, one.allDay],
          ['2026-12-19', '2026-12-19', true],
        );
        const many = eventSpan('2026-05-23', '2026-05-25', 'Europe/London', display);
        assert.deepEqual([many.firstDay, many.lastDay], ['2026-05-23', '2026-05-25']);
      }
    });

    it('reads an offset as an absolute moment', () => {
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
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
      process.env.TZ = viewer;
      assert.equal(weekStartKey('2026-12-03', 1), '2026-11-30');
      assert.equal(weekStartKey('2026-12-03', 0), '2026-11-29');
      assert.equal(weekdayOfKey('2026-12-03'), 4);
      assert.equal(addMonthsToMonth('2026-12', 1), '2027-01');
      assert.equal(addMonthsToMonth('2026-01', -1), '2025-12');
      assert.equal(dayDifference('2026-12-31', '2027-01-01'), 1);
    });
  });
}

describe('dates, zone independent', () => {
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

  it('starts the week on Monday in our languages, and knows other locales', () => {
    for (const lang of ['en-GB', 'cy', 'fr', 'de', 'it', 'es', 'nl', 'pl', 'hu', 'ro']) {
      assert.equal(firstDayOfWeek(lang), 1, lang);
    }
    assert.equal(firstDayOfWeek('en-US'), 0);
    assert.equal(firstDayOfWeek('not a tag'), 1);
  });

  it('reads a bare language with the region of the city, else as spoken in Europe', () => {
    assert.equal(intlLocale('en'), 'en-GB');
    assert.equal(intlLocale('en', 'GB'), 'en-GB');
    assert.equal(intlLocale('fr', 'FR'), 'fr-FR');
    assert.equal(intlLocale('pt'), 'pt-PT');
    assert.equal(intlLocale('en-US', 'GB'), 'en-US');
    assert.equal(firstDayOfWeek(intlLocale('en')), 1);
  });

  it('formats days through Intl', () => {
    const full = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    // Node's CLDR puts a comma after the weekday, Chromium's does not.
    assert.match(formatDayKey('2026-12-03', 'en-GB', full), /^Thursday,? 3 December 2026$/);
    assert.equal(formatDayKey('2026-12-03', 'fr', full), 'jeudi 3 décembre 2026');
    assert.match(formatDayKey('2026-12-03', 'cy', full), /Dydd Iau,? 3 Rhagfyr 2026/);
    assert.equal(
      dateFormatter('en-GB', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Europe/London',
      }).format(Date.parse('2026-12-03T23:30:00Z')),
      '23:30',
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
