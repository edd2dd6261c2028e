/**
 * Our expansion of RRULEs (ical.js stepping, COUNT counted by us) against a
 * second implementation, rrule, on generated rules. The seed is fixed and
 * printed; RRULE_SEED=<n> runs another. Rules whose DTSTART is their own
 * first occurrence are compared, where RFC 5545 and rrule agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import rrule from 'rrule';
import fc from 'fast-check';
import { ruleOccurrences } from '../../src/core/readers/ics.js';
import { readSource } from '../../src/core/readers/index.js';
import { wallFromMs, wallMs, type Wall } from '../../src/core/wall.js';

const SEED = Number(process.env.RRULE_SEED ?? 20271203);
const RUNS = Number(process.env.RRULE_RUNS ?? 80);
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const ruleArb = fc
  .record({
    freq: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'),
    interval: fc.integer({ min: 1, max: 3 }),
    count: fc.integer({ min: 1, max: 10 }),
    months: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
    days: fc.uniqueArray(fc.constantFrom(...DAYS), { maxLength: 3 }),
    ordinal: fc.constantFrom(0, 0, 1, 2, -1, 4),
    base: fc.record({
      year: fc.integer({ min: 2025, max: 2030 }),
      month: fc.integer({ min: 1, max: 10 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
    }),
  })
  .map((r) => {
    const parts = [`FREQ=${r.freq}`, `COUNT=${r.count}`];
    if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
    if (r.months.length) parts.push(`BYMONTH=${[...r.months].sort((a, b) => a - b).join(',')}`);
    if (r.days.length) {
      // Ordinals ("-1SU") only where RFC 5545 allows them: MONTHLY, and YEARLY with BYMONTH.
      const ordinal =
        r.freq === 'MONTHLY' || (r.freq === 'YEARLY' && r.months.length) ? r.ordinal : 0;
      parts.push(`BYDAY=${r.days.map((d) => `${ordinal || ''}${d}`).join(',')}`);
    }
    return { rule: parts.join(';'), base: r.base };
  });

const iso = (w: Wall) => new Date(wallMs(w)).toISOString();

describe('RRULE expansion against rrule', () => {
  it(`gives the same occurrences, exactly COUNT of them (seed ${SEED}, ${RUNS} rules)`, () => {
    console.log(`readers-rrule: seed ${SEED} (set RRULE_SEED to try another)`);
    fc.assert(
      fc.property(ruleArb, ({ rule, base }) => {
        const baseDate = new Date(Date.UTC(base.year, base.month - 1, base.day, base.hour));
        const first = rrule.RRule.fromString(`RRULE:${rule}`);
        const firstDate = new rrule.RRule({ ...first.origOptions, dtstart: baseDate }).all()[0];
        if (!firstDate) return; // a rule with no occurrence at all is tested below
        const expected = new rrule.RRule({ ...first.origOptions, dtstart: firstDate })
          .all()
          .map((d) => d.toISOString());
        const start = wallFromMs(firstDate.getTime());
        // No time budget here: a loaded machine must not change the answer.
        const ours = ruleOccurrences(
          ICAL.Recur.fromString(rule),
          start,
          false,
          undefined,
          Infinity,
          {
            steps: 1e7,
            ms: Infinity,
          },
        );
        assert.equal(ours.stopped, false);
        assert.deepEqual(ours.walls.map(iso), expected, rule);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('30 February gives no occurrence; a rule that would run for ever ends on its budget', () => {
    const event = (uid: string, start: string, rule?: string) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `SUMMARY:${uid}`,
      `DTSTART:${start}`,
      ...(rule ? [`RRULE:${rule}`] : []),
      'END:VEVENT',
    ];
    const ics = [
      'BEGIN:VCALENDAR',
      ...event('Never', '20270130T100000Z', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'),
      ...event('Seconds', '20270101T000000Z', 'FREQ=SECONDLY'),
      ...event('Good', '20270301T100000Z'),
      'END:VCALENDAR',
    ].join('\r\n');
    const { feed, problems } = readSource(new TextEncoder().encode(ics), {
      from: '2027-01-01',
      to: '2027-12-31',
    });
    const starts = (uid: string) => feed.events.filter((e) => e.title === uid).map((e) => e.start);
    // DTSTART is the only occurrence of "Never": there is no 30 February.
    assert.deepEqual(starts('Never'), ['2027-01-30T10:00:00Z']);
    assert.deepEqual(starts('Good'), ['2027-03-01T10:00:00Z']);
    // Every second of a year: stopped by the step budget, then capped per series, with problems.
    assert.equal(starts('Seconds').length, 2000);
    assert.ok(problems.some((p) => /stopped expanding "Seconds"/.test(p.message)));
    assert.ok(problems.some((p) => /"Seconds": only the first 2,000 occurrences/.test(p.message)));
  });
});
