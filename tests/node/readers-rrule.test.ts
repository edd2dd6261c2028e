/**
 * Our RRULE expander (src/core/readers/rrule.ts) against a second
 * implementation, rrule, on generated rules: FREQ, INTERVAL, COUNT or UNTIL,
 * BYMONTH, BYDAY with ordinals, BYMONTHDAY (negative too), BYYEARDAY,
 * BYSETPOS, BYHOUR and WKST. The seed is fixed and printed; RRULE_SEED=<n>
 * runs another. Rules whose DTSTART is their own first occurrence are
 * compared, where RFC 5545 and rrule agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rrule from 'rrule';
import fc from 'fast-check';
import { readSource } from '../../src/core/readers/index.js';
import { expandRule, parseRule, type Rule } from '../../src/core/readers/rrule.js';
import { wallFromMs, wallMs, type Wall } from '../../src/core/wall.js';

const SEED = Number(process.env.RRULE_SEED ?? 20271203);
const RUNS = Number(process.env.RRULE_RUNS ?? 300);
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const ruleArb = fc
  .record({
    freq: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'),
    interval: fc.integer({ min: 1, max: 3 }),
    count: fc.integer({ min: 1, max: 12 }),
    untilDays: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
    days: fc.uniqueArray(fc.constantFrom(...DAYS), { maxLength: 3 }),
    ordinal: fc.constantFrom(0, 0, 1, 2, -1, -2, 4),
    monthDays: fc.uniqueArray(fc.constantFrom(1, 2, 15, 28, 29, 30, 31, -1, -2, -10), {
      maxLength: 2,
    }),
    yearDays: fc.uniqueArray(fc.constantFrom(1, 60, 100, 200, 365, 366, -1, -100), {
      maxLength: 2,
    }),
    setPos: fc.uniqueArray(fc.constantFrom(1, 2, -1, -2), { maxLength: 2 }),
    hours: fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 2 }),
    wkst: fc.constantFrom('MO', 'MO', 'SU', 'WE'),
    base: fc.record({
      year: fc.integer({ min: 2025, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
    }),
  })
  .map((r) => {
    const parts = [`FREQ=${r.freq}`];
    // BYSETPOS rules are compared from their second period on (below), so they run to UNTIL.
    const setPos =
      r.setPos.length > 0 &&
      r.freq !== 'DAILY' &&
      r.days.length >= 2 &&
      (r.freq !== 'WEEKLY' || !r.months.length);
    const untilDays = setPos ? (r.untilDays ?? 400) : r.untilDays;
    if (untilDays === undefined) parts.push(`COUNT=${r.count}`);
    if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
    if (r.months.length) parts.push(`BYMONTH=${[...r.months].sort((a, b) => a - b).join(',')}`);
    if (r.days.length) {
      // Ordinals ("-1SU") only where RFC 5545 allows them: MONTHLY, and YEARLY with BYMONTH.
      const ordinal =
        r.freq === 'MONTHLY' || (r.freq === 'YEARLY' && r.months.length) ? r.ordinal : 0;
      parts.push(`BYDAY=${r.days.map((d) => `${ordinal || ''}${d}`).join(',')}`);
    }
    // BYMONTHDAY is not for WEEKLY; BYYEARDAY only for YEARLY and DAILY (RFC 5545 3.3.10).
    if (r.monthDays.length && r.freq !== 'WEEKLY')
      parts.push(`BYMONTHDAY=${r.monthDays.join(',')}`);
    if (r.yearDays.length && (r.freq === 'YEARLY' || r.freq === 'DAILY') && !r.months.length)
      parts.push(`BYYEARDAY=${r.yearDays.join(',')}`);
    // BYSETPOS on sets of two or more (rrule 2.8 wraps round a position past a shorter set).
    if (setPos && !/BY(MONTH|YEAR)DAY/.test(parts.join()))
      parts.push(`BYSETPOS=${r.setPos.join(',')}`);
    if (r.hours.length) parts.push(`BYHOUR=${[...r.hours].sort((a, b) => a - b).join(',')}`);
    if (r.wkst !== 'MO') parts.push(`WKST=${r.wkst}`);
    return { rule: parts.join(';'), base: r.base, untilDays };
  });

/** The end of the period (year, month, week) that holds a date, for a rule's FREQ and WKST. */
function periodEnd(date: Date, rule: string): number {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (rule.includes('YEARLY')) return Date.UTC(y + 1, 0, 1);
  if (rule.includes('MONTHLY')) return Date.UTC(y, m + 1, 1);
  const wkst = DAYS.indexOf(/WKST=(\w\w)/.exec(rule)?.[1] ?? 'MO');
  const weekday = (date.getUTCDay() + 6) % 7;
  return Date.UTC(y, m, d + 7 - ((weekday - wkst + 7) % 7));
}

const iso = (w: Wall) => new Date(wallMs(w)).toISOString();
const NO_BUDGET = { steps: 1e7, ms: Infinity };
const HORIZON = Date.UTC(2045, 0, 1);

describe('RRULE expansion against rrule', () => {
  it(`gives the same occurrences, exactly COUNT of them or up to UNTIL (seed ${SEED}, ${RUNS} rules)`, () => {
    console.log(`readers-rrule: seed ${SEED} (set RRULE_SEED to try another)`);
    fc.assert(
      fc.property(ruleArb, ({ rule, base, untilDays }) => {
        const baseDate = new Date(Date.UTC(base.year, base.month - 1, base.day, base.hour));
        const first = rrule.RRule.fromString(`RRULE:${rule}`);
        const firstDate = new rrule.RRule({ ...first.origOptions, dtstart: baseDate }).after(
          baseDate,
          true,
        );
        if (!firstDate || firstDate.getTime() > HORIZON) return; // nothing to compare
        let text = rule;
        let until: Wall | undefined;
        if (untilDays !== undefined) {
          until = wallFromMs(firstDate.getTime() + untilDays * 86_400_000);
          const u = iso(until).replace(/[-:]|\.000/g, '');
          text = `${rule};UNTIL=${u}`;
        }
        const options = rrule.RRule.fromString(`RRULE:${text}`).origOptions;
        const expected = new rrule.RRule({ ...options, dtstart: firstDate })
          .between(new Date(0), new Date(HORIZON), true)
          .map((d) => d.toISOString());
        // rrule 2.8 repeats a date when BYSETPOS points past a short set (1 and -2 of one
        // date): a set has each date once, so those rules are not compared.
        if (new Set(expected).size !== expected.length) return;
        // With BYSETPOS, rrule picks from the part of DTSTART's period after DTSTART, where
        // RFC 5545 picks from the whole period: the first period is left out of the comparison.
        const from = /BYSETPOS/.test(rule) ? periodEnd(firstDate, rule) : 0;
        if (!from && expected[0] !== firstDate.toISOString()) return;
        const parsed = parseRule(text);
        assert.notEqual(typeof parsed, 'string', text);
        const start = wallFromMs(firstDate.getTime());
        // No time budget here: a loaded machine must not change the answer.
        const ours = expandRule(parsed as Rule, start, false, until, HORIZON, NO_BUDGET);
        assert.equal(ours.stopped, false);
        const later = (list: string[]) => list.filter((d) => Date.parse(d) >= from);
        assert.deepEqual(later(ours.walls.map(iso)), later(expected), text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('30 February gives no occurrence; rules more often than daily are refused, plainly', async () => {
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
      ...event('Weeks', '20270101T000000Z', 'FREQ=YEARLY;BYWEEKNO=20'),
      ...event('Daily', '20200101T100000Z', 'FREQ=DAILY'),
      ...event('Good', '20270301T100000Z'),
      'END:VCALENDAR',
    ].join('\r\n');
    const { feed, problems } = await readSource(new TextEncoder().encode(ics), {
      from: '2027-01-01',
      to: '2036-12-31',
    });
    const starts = (uid: string) => feed.events.filter((e) => e.title === uid).map((e) => e.start);
    // DTSTART is the only occurrence of "Never": there is no 30 February.
    assert.deepEqual(starts('Never'), ['2027-01-30T10:00:00Z']);
    assert.deepEqual(starts('Good'), ['2027-03-01T10:00:00Z']);
    assert.deepEqual(starts('Seconds'), []);
    assert.deepEqual(starts('Weeks'), []);
    assert.ok(
      problems.some((p) => /"Seconds": .*more often than daily \(FREQ=SECONDLY\)/.test(p.message)),
    );
    assert.ok(problems.some((p) => /"Weeks": .*BYWEEKNO/.test(p.message)));
    // Ten years of a daily series, from the window's start (not from 2020): capped per series.
    assert.equal(starts('Daily').length, 2000);
    assert.equal(starts('Daily')[0], '2027-01-01T10:00:00Z');
    assert.ok(problems.some((p) => /"Daily": only the first 2,000 occurrences/.test(p.message)));
  });

  it('a rule that never yields ends on its budget of steps', () => {
    const rule = parseRule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30') as Rule;
    const start = { year: 2027, month: 1, day: 30, hour: 10, minute: 0, second: 0 };
    const result = expandRule(rule, start, false, undefined, Infinity, {
      steps: 5000,
      ms: Infinity,
    });
    assert.equal(result.stopped, true);
    assert.deepEqual(result.walls, [start]);
  });

  it('reads what it must and refuses what it cannot', () => {
    assert.deepEqual(parseRule('FREQ=MONTHLY;BYDAY=-1SU,2TU;WKST=SU'), {
      freq: 'MONTHLY',
      interval: 1,
      wkst: 6,
      byDay: [
        { n: -1, day: 6 },
        { n: 2, day: 1 },
      ],
    });
    for (const bad of [
      'BYDAY=MO',
      'FREQ=FORTNIGHTLY',
      'FREQ=DAILY;COUNT=x',
      'FREQ=DAILY;BYMONTH=13',
      'FREQ=WEEKLY;BYDAY=XX',
    ])
      assert.equal(typeof parseRule(bad), 'string', bad);
  });
});
