/**
 * The calendar's placement (src/core/placement.ts) in Node, with the
 * process's own zone set to Auckland, Los Angeles and Kolkata in turn
 * (Node reads TZ again when it changes): where an event goes depends on
 * the calendar's zone and the event's, never on the machine's.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { addDaysToKey, dayDifference, noonOfKey } from '../../src/core/days.js';
import { eventZone } from '../../src/core/event-zone.js';
import { eventSpan } from '../../src/core/values.js';
import { announceSeed } from '../shared/seed.js';
import {
  bucket,
  dayLists,
  eventsBetween,
  firstDayWithEvents,
  listEntries,
  place,
  type PlaceOptions,
} from '../../src/core/placement.js';
import type { CivicEvent } from '../../src/feed/types.js';

const PROCESS_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];
const original = process.env.TZ;
after(() => {
  process.env.TZ = original;
});

const event = (id: string, start: string, extra: Partial<CivicEvent> = {}): CivicEvent => ({
  id,
  title: `Event ${id}`,
  start,
  ...extra,
});

const LONDON: PlaceOptions = {
  displayZone: 'Europe/London',
  viewerZone: 'America/New_York',
  cities: new Map([
    ['stoke-on-trent', { id: 'stoke-on-trent', timeZone: 'Europe/London' }],
    ['auckland', { id: 'auckland', timeZone: 'Pacific/Auckland' }],
  ]),
};

/** Day → event ids, for the days that have events. */
function ids(byDay: Map<string, { placed: { event: CivicEvent }; day: number }[]>) {
  return Object.fromEntries(
    [...byDay].map(([day, items]) => [
      day,
      items.map(({ placed, day: n }) => `${placed.event.id}#${n}`),
    ]),
  );
}

for (const processZone of PROCESS_ZONES) {
  describe(`placement, process zone ${processZone}`, () => {
    it('runs with the process zone set', () => {
      process.env.TZ = processZone;
      // ICU may name Kolkata by its old name, Asia/Calcutta: compare the offset.
      const expected = {
        'Pacific/Auckland': -780,
        'America/Los_Angeles': 480,
        'Asia/Kolkata': -330,
      };
      const december = new Date(Date.UTC(2026, 11, 3, 12));
      assert.equal(december.getTimezoneOffset(), expected[processZone as keyof typeof expected]);
    });

    it('puts 23:30 in Stoke-on-Trent on 3 December on that day, and on the 4th in Auckland', () => {
      const late = event('late', '2026-12-03T23:30', { city: 'stoke-on-trent' });
      const london = place([late], LONDON).placed[0];
      assert.equal(london.span.firstDay, '2026-12-03');
      assert.equal(london.zone, 'Europe/London');
      assert.equal(london.zoneKnown, true);
      const auckland = place([late], { ...LONDON, displayZone: 'Pacific/Auckland' }).placed[0];
      assert.equal(auckland.span.firstDay, '2026-12-04');
    });

    it('reads a time without a known zone in the viewer zone, and says the zone was not given', () => {
      const [placed] = place([event('x', '2026-12-03T20:00')], LONDON).placed;
      assert.equal(placed.zone, 'America/New_York');
      assert.equal(placed.zoneKnown, false);
      // 20:00 in New York is 01:00 the next day in London.
      assert.equal(placed.span.firstDay, '2026-12-04');
    });

    it('filters by city and network, then orders all-day first, by start, then by title', () => {
      const events = [
        event('b', '2026-12-03T10:00', { city: 'stoke-on-trent', title: 'Bravo' }),
        event('a', '2026-12-03T10:00', { city: 'stoke-on-trent', title: 'Alpha' }),
        event('early', '2026-12-03T08:00', { city: 'stoke-on-trent' }),
        event('allday', '2026-12-03', { city: 'stoke-on-trent' }),
        event('elsewhere', '2026-12-03T09:00', { city: 'auckland' }),
        event('other-network', '2026-12-03T09:00', { city: 'stoke-on-trent', network: 'x' }),
      ];
      const byCity = place(events, { ...LONDON, city: 'stoke-on-trent' });
      assert.deepEqual(
        byCity.placed.map((p) => p.event.id),
        ['allday', 'early', 'other-network', 'a', 'b'],
      );
      const byNetwork = place(events, { ...LONDON, network: 'x' });
      assert.deepEqual(
        byNetwork.placed.map((p) => p.event.id),
        ['other-network'],
      );
    });

    it('lists a multi-day event on each day in range, numbered from its first day', () => {
      const placement = place(
        [event('market', '2026-11-29', { end: '2026-12-02' }), event('one', '2026-12-01T12:00')],
        LONDON,
      );
      const byDay = bucket(placement, '2026-11-30', '2026-12-06');
      assert.deepEqual(ids(byDay), {
        '2026-11-30': ['market#2'],
        '2026-12-01': ['market#3', 'one#1'],
        '2026-12-02': ['market#4'],
      });
    });

    it('finds an event that crosses months once per range, from the index of any month', () => {
      const placement = place(
        [event('winter', '2026-11-20', { end: '2027-01-10' }), event('dec', '2026-12-05')],
        LONDON,
      );
      assert.deepEqual(
        eventsBetween(placement, '2026-11-30', '2027-01-10').map((p) => p.event.id),
        ['winter', 'dec'],
      );
      assert.deepEqual(
        eventsBetween(placement, '2027-02-01', '2027-02-28').map((p) => p.event.id),
        [],
      );
    });

    it('caps what an event to 9999 costs: the days on screen only', () => {
      const placement = place(
        [event('forever', '2026-06-01', { end: '9999-12-31' }), event('dec', '2026-12-05')],
        LONDON,
      );
      assert.equal(placement.byMonth.size, 1, 'only "dec" is indexed by month');
      assert.deepEqual(
        placement.long.map((p) => p.event.id),
        ['forever'],
      );
      const byDay = bucket(placement, '2026-11-30', '2027-01-10');
      assert.equal(byDay.size, 42);
      assert.deepEqual(ids(byDay)['2026-12-05'], ['forever#188', 'dec#1']);
      // December 9999's grid runs into "10000-01-…": the days up to 9999-12-31 only.
      const last = bucket(placement, '9999-11-29', '10000-01-09');
      assert.equal(last.size, 33);
      assert.equal(firstDayWithEvents(last, '9999-12', '2026-11-18'), '9999-12-01');
      const [entry] = listEntries(placement, '2026-12-01', '2026-12-31');
      assert.deepEqual(
        { day: entry.day, continues: entry.continues, until: entry.until },
        { day: '2026-12-01', continues: true, until: '9999-12-31' },
      );
    });

    it('lists a 27-day market once in the month, with its last day', () => {
      const placement = place(
        [
          event('market', '2026-11-27', { end: '2026-12-23' }),
          event('talk', '2026-12-03T18:00'),
          event('fair', '2026-12-10', { end: '2026-12-12' }),
        ],
        LONDON,
      );
      const entries = listEntries(placement, '2026-12-01', '2026-12-31');
      assert.deepEqual(
        entries.map((e) => [e.placed.event.id, e.day, e.continues, e.until ?? null]),
        [
          ['market', '2026-12-01', true, '2026-12-23'],
          ['talk', '2026-12-03', false, null],
          ['fair', '2026-12-10', false, '2026-12-12'],
        ],
      );
    });

    it('places a generated feed as the rules do one event at a time (property, fixed seed)', () => {
      const seed = announceSeed('placement');
      const pad = (n: number) => String(n).padStart(2, '0');
      const when = fc
        .record({
          // Few days and hours, so that events often start together.
          day: fc.integer({ min: 12, max: 16 }),
          hour: fc.constantFrom(0, 9, 23),
          form: fc.constantFrom('date', 'local', 'local', 'seconds', 'utc', 'offset'),
        })
        .map(({ day, hour, form }) => {
          const date = addDaysToKey('2026-10-01', day * 2);
          if (form === 'date') return date;
          if (form === 'local') return `${date}T${pad(hour)}:30`;
          if (form === 'seconds') return `${date}T${pad(hour)}:00:15`;
          if (form === 'utc') return `${date}T${pad(hour)}:00:00Z`;
          return `${date}T${pad(hour)}:00:00+05:30`;
        });
      const anEvent = fc.record({
        start: when,
        length: fc.constantFrom(0, 0, 1, 3),
        title: fc.constantFrom('Market', 'market', 'Talk 10', 'Talk 9', 'Éclair'),
        city: fc.constantFrom(undefined, 'stoke-on-trent', 'auckland'),
        timeZone: fc.constantFrom(undefined, undefined, 'Europe/London', 'America/Santiago'),
      });
      fc.assert(
        fc.property(
          fc.array(anEvent, { minLength: 10, maxLength: 60, size: 'max' }),
          fc.constantFrom('Europe/London', 'Pacific/Auckland', 'America/Los_Angeles'),
          (raw, displayZone) => {
            const events = raw.map((e, i) => ({
              ...event(String(i), e.start, { title: e.title }),
              ...(e.city ? { city: e.city } : {}),
              ...(e.timeZone ? { timeZone: e.timeZone } : {}),
              ...(e.length
                ? {
                    end:
                      e.start.length === 10
                        ? addDaysToKey(e.start, e.length)
                        : `${addDaysToKey(e.start.slice(0, 10), e.length)}T12:00`,
                  }
                : {}),
            }));
            const options = { ...LONDON, displayZone };
            const placement = place(events, options);
            // One event at a time: its zone, its span, then the calendar's order.
            const expected = events
              .map((e) => {
                const zone = eventZone(e, options.cities!) ?? options.viewerZone;
                const span = eventSpan(e.start, e.end, zone, displayZone);
                const key = span.allDay ? noonOfKey(span.firstDay) - 1e15 : span.start!;
                return { id: e.id, title: e.title, zone, span, key };
              })
              .sort((a, b) => a.key - b.key || new Intl.Collator().compare(a.title, b.title));
            assert.deepEqual(
              placement.placed.map((p) => ({ id: p.event.id, zone: p.zone, span: p.span })),
              expected.map(({ id, zone, span }) => ({ id, zone, span })),
            );
            // Every day of a span, numbered from its first, in the calendar's order.
            const byDay = bucket(placement, '2026-10-01', '2027-01-31');
            const days: Record<string, string[]> = {};
            for (const p of placement.placed) {
              const count = dayDifference(p.span.firstDay, p.span.lastDay);
              for (let i = 0; i <= count; i++) {
                const day = addDaysToKey(p.span.firstDay, i);
                if (day >= '2026-10-01' && day <= '2027-01-31')
                  (days[day] ??= []).push(`${p.event.id}#${i + 1}`);
              }
            }
            assert.deepEqual(ids(byDay), days);
            return true;
          },
        ),
        { seed, numRuns: 300 },
      );
    });

    it('counts each day and places only the first events asked for, as the whole lists (property, fixed seed)', () => {
      const seed = announceSeed('day lists');
      const anEvent = fc.record({
        day: fc.integer({ min: 1, max: 9 }),
        hour: fc.constantFrom('09:00', '09:00', '18:30'),
        length: fc.constantFrom(0, 0, 2),
        title: fc.constantFrom('Market', 'market', 'Talk', 'Éclair'),
        allDay: fc.boolean(),
        timeZone: fc.constantFrom(undefined, 'Europe/London', 'Pacific/Auckland'),
      });
      fc.assert(
        fc.property(fc.array(anEvent, { maxLength: 40 }), fc.nat(5), (raw, limit) => {
          const events = raw.map((e, i) => {
            const date = `2026-12-0${e.day}`;
            const end = addDaysToKey(date, e.length);
            return event(String(i), e.allDay ? date : `${date}T${e.hour}`, {
              title: e.title,
              ...(e.timeZone ? { timeZone: e.timeZone } : {}),
              ...(e.length ? { end: e.allDay ? end : `${end}T10:00` } : {}),
            });
          });
          const placement = place(events, LONDON);
          const lists = dayLists(placement, '2026-11-30', '2027-01-10');
          // Asked first, before anything places the whole feed.
          const firsts = [...lists].map(([day, list]) => [day, list.length, list.items(limit)]);
          const whole = bucket(placement, '2026-11-30', '2027-01-10');
          assert.deepEqual(
            firsts,
            [...whole].map(([day, items]) => [day, items.length, items.slice(0, limit)]),
          );
          return true;
        }),
        { seed, numRuns: 200 },
      );
    });

    it('opens today when it has events, else the next day with events, else the first', () => {
      const placement = place(
        [event('a', '2026-12-02T10:00'), event('b', '2026-12-09T10:00')],
        LONDON,
      );
      const byDay = bucket(placement, '2026-11-30', '2027-01-10');
      assert.equal(firstDayWithEvents(byDay, '2026-12', '2026-12-09'), '2026-12-09');
      assert.equal(firstDayWithEvents(byDay, '2026-12', '2026-12-03'), '2026-12-09');
      assert.equal(firstDayWithEvents(byDay, '2026-12', '2026-12-20'), '2026-12-02');
      assert.equal(firstDayWithEvents(byDay, '2027-01', '2026-12-20'), undefined);
    });
  });
}
