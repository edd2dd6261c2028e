/**
 * RRULE (RFC 5545 3.3.10 and 3.8.5.3): read, and expanded in wall time, so
 * 18:00 stays 18:00 when the clocks change (the caller puts the wall times
 * in the event's zone). Each period (year, month, week, day, stepped by
 * INTERVAL) is one set: its days are every day of the period that passes
 * every BYxxx part, with DTSTART's month, day or weekday where a rule names
 * none, as RFC 5545 says; then the times of day; then BYSETPOS picks from
 * the set. DTSTART always counts as the first occurrence.
 */
import { DAY, wallFromMs, wallMs, type Wall } from '../wall.js';

export interface Rule {
  freq: string;
  interval: number;
  count?: number;
  /** UNTIL as written; `utc` when it ends in Z. */
  until?: { wall: Wall; isDate: boolean; utc: boolean };
  byMonth?: number[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  /** Weekdays Monday = 0 … Sunday = 6, with their ordinal (0 = every). */
  byDay?: { n: number; day: number }[];
  byHour?: number[];
  byMinute?: number[];
  bySecond?: number[];
  bySetPos?: number[];
  /** The first day of the week, Monday = 0. */
  wkst: number;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

function numbers(text: string, min: number, max: number, signed: boolean): number[] | undefined {
  const list = text.split(',').map((part) => (/^[+-]?\d{1,3}$/.test(part) ? Number(part) : NaN));
  const ok = list.every(
    (n) => Number.isInteger(n) && Math.abs(n) >= min && Math.abs(n) <= max && (signed || n >= 0),
  );
  return ok ? [...new Set(list)].sort((a, b) => a - b) : undefined;
}

/** Reads "FREQ=WEEKLY;BYDAY=MO,WE"; returns a plain reason when it cannot. */
export function parseRule(text: string): Rule | string {
  const rule: Rule = { freq: '', interval: 1, wkst: 0 };
  for (const part of text.split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1).toUpperCase();
    if (eq < 1 || !value) return `"${part.slice(0, 30)}" is not NAME=value`;
    let ok = true;
    switch (key) {
      case 'FREQ':
        rule.freq = value;
        ok = FREQS.includes(value);
        break;
      case 'INTERVAL':
      case 'COUNT': {
        const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
        ok = n >= (key === 'COUNT' ? 0 : 1);
        if (key === 'COUNT') rule.count = n;
        else rule.interval = n;
        break;
      }
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
        ok = Boolean(m);
        if (m)
          rule.until = {
            wall: {
              year: +m[1],
              month: +m[2],
              day: +m[3],
              hour: +(m[4] ?? 0),
              minute: +(m[5] ?? 0),
              second: +(m[6] ?? 0),
            },
            isDate: m[4] === undefined,
            utc: m[7] === 'Z',
          };
        break;
      }
      case 'WKST':
        rule.wkst = WEEKDAYS.indexOf(value);
        ok = rule.wkst >= 0;
        break;
      case 'BYDAY': {
        const days = value.split(',').map((d) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d));
        ok = days.every((d) => d && Math.abs(Number(d[1] ?? 0)) <= 53 && d[1] !== '0');
        if (ok)
          rule.byDay = days.map((d) => ({ n: Number(d![1] ?? 0), day: WEEKDAYS.indexOf(d![2]) }));
        break;
      }
      default: {
        const ranges: Record<string, [keyof Rule, number, number, boolean]> = {
          BYMONTH: ['byMonth', 1, 12, false],
          BYMONTHDAY: ['byMonthDay', 1, 31, true],
          BYYEARDAY: ['byYearDay', 1, 366, true],
          BYWEEKNO: ['byWeekNo', 1, 53, true],
          BYHOUR: ['byHour', 0, 23, false],
          BYMINUTE: ['byMinute', 0, 59, false],
          BYSECOND: ['bySecond', 0, 60, false],
          BYSETPOS: ['bySetPos', 1, 366, true],
        };
        const range = ranges[key];
        // Other names (X-… extensions) say nothing about the dates.
        if (!range) break;
        const list = numbers(value, range[1], range[2], range[3]);
        ok = Boolean(list);
        (rule as unknown as Record<string, unknown>)[range[0]] = list;
      }
    }
    if (!ok) return `${key}=${value.slice(0, 30)} cannot be read`;
  }
  return rule.freq ? rule : 'it has no FREQ';
}

/** Why a rule read correctly is still not expanded, or undefined when it is. */
export function unsupported(rule: Rule): string | undefined {
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(rule.freq))
    return `its rule repeats more often than daily (FREQ=${rule.freq}); only daily, weekly, monthly and yearly rules are read`;
  if (rule.byWeekNo)
    return 'its rule names weeks of the year (BYWEEKNO), which this reader does not expand';
  return undefined;
}

class BudgetExceeded extends Error {}

/** Monday = 0 for a day number (days since 1970-01-01, a Thursday). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;
const dayNumber = (year: number, month: number, day: number) =>
  Math.floor(wallMs({ year, month, day, hour: 0, minute: 0, second: 0 }) / DAY);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

interface Scope {
  first: number;
  length: number;
}

/**
 * The occurrences of one rule, as wall times, from `start` (always the
 * first) until `end` (ms of a wall time, exclusive), UNTIL (a wall time in
 * the same zone as `start`) or COUNT. `from` lets a rule without COUNT start
 * at the period holding that time instead of DTSTART's. Every period and
 * every candidate day is a step; past the budget the rule stops.
 */
export function expandRule(
  rule: Rule,
  start: Wall,
  isDate: boolean,
  until: Wall | undefined,
  end: number,
  budget: { steps: number; ms: number },
  from = -Infinity,
): { walls: Wall[]; stopped: boolean } {
  const startMs = wallMs(start);
  const walls: Wall[] = [start];
  const count = rule.count;
  if (count !== undefined && count <= 1) return { walls: count ? walls : [], stopped: false };
  const untilMs = until ? wallMs(until) : Infinity;
  const startDay = Math.floor(startMs / DAY);
  const startWeekday = weekday(startDay);
  const yearly = rule.freq === 'YEARLY';
  const monthly = rule.freq === 'MONTHLY';
  // What DTSTART gives where the rule names nothing (RFC 5545 3.3.10).
  let { byMonth, byMonthDay, byDay } = rule;
  const { byYearDay } = rule;
  if (yearly && !byYearDay && !byMonthDay && !byDay) {
    byMonth ??= [start.month];
    byMonthDay = [start.day];
  } else if (monthly && !byMonthDay && !byDay && !byYearDay) byMonthDay = [start.day];
  else if (rule.freq === 'WEEKLY' && !byDay) byDay = [{ n: 0, day: startWeekday }];
  // Ordinals count within the month or the year; elsewhere a weekday is every such day.
  const ordinals = (yearly || monthly) && byDay?.some((d) => d.n !== 0);
  const inMonthScope = monthly || Boolean(byMonth);
  const times = isDate
    ? [0]
    : (rule.byHour ?? [start.hour])
        .flatMap((h) =>
          (rule.byMinute ?? [start.minute]).flatMap((m) =>
            (rule.bySecond ?? [start.second]).map((s) => (h * 3600 + m * 60 + s) * 1000),
          ),
        )
        .sort((a, b) => a - b);

  let steps = 0;
  const deadline = Date.now() + budget.ms;
  const step = () => {
    if (++steps > budget.steps || (steps % 256 === 0 && Date.now() > deadline))
      throw new BudgetExceeded();
  };

  const matches = (day: number, month: Scope, year: Scope, m: number, dom: number): boolean => {
    if (byMonth && !byMonth.includes(m)) return false;
    if (byMonthDay && !byMonthDay.some((n) => n === dom || (n < 0 && month.length + n + 1 === dom)))
      return false;
    if (byYearDay) {
      const doy = day - year.first + 1;
      if (!byYearDay.some((n) => n === doy || (n < 0 && year.length + n + 1 === doy))) return false;
    }
    if (byDay) {
      const wd = weekday(day);
      const scope = inMonthScope ? month : year;
      const index = day - scope.first;
      const ok = byDay.some(
        (d) =>
          d.day === wd &&
          (!ordinals ||
            d.n === 0 ||
            (d.n > 0
              ? Math.floor(index / 7) + 1 === d.n
              : Math.floor((scope.length - 1 - index) / 7) + 1 === -d.n)),
      );
      if (!ok) return false;
    }
    return true;
  };

  const scopes = new Map<number, Scope>();
  const yearScope = (y: number): Scope => {
    let s = scopes.get(y);
    if (!s) scopes.set(y, (s = { first: dayNumber(y, 1, 1), length: isLeap(y) ? 366 : 365 }));
    return s;
  };
  const monthDays = (y: number, m: number, out: number[]) => {
    const first = dayNumber(y, m, 1);
    const month = { first, length: dayNumber(m === 12 ? y + 1 : y, (m % 12) + 1, 1) - first };
    const year = yearScope(y);
    for (let d = 0; d < month.length; d++) {
      step();
      if (matches(first + d, month, year, m, d + 1)) out.push(first + d);
    }
  };
  /** The days of one period, in order. */
  const periodDays = (index: number): number[] => {
    const out: number[] = [];
    if (yearly)
      for (const m of byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) monthDays(index, m, out);
    else if (monthly) monthDays(Math.floor(index / 12), (index % 12) + 1, out);
    else {
      const first = rule.freq === 'WEEKLY' ? index * 7 + rule.wkst - 3 : index;
      for (let day = first; day < first + (rule.freq === 'WEEKLY' ? 7 : 1); day++) {
        step();
        const w = wallFromMs(day * DAY);
        const month = {
          first: day - w.day + 1,
          length: dayNumber(w.year, w.month + 1, 1) - dayNumber(w.year, w.month, 1),
        };
        if (matches(day, month, yearScope(w.year), w.month, w.day)) out.push(day);
      }
    }
    return out;
  };
  /** Periods are numbered so that INTERVAL steps them: years, months, weeks (from WKST), days. */
  const periodOf = (day: number): number => {
    const w = wallFromMs(day * DAY);
    if (yearly) return w.year;
    if (monthly) return w.year * 12 + w.month - 1;
    if (rule.freq === 'WEEKLY') return Math.floor((day - rule.wkst + 3) / 7);
    return day;
  };
  const periodStart = (index: number): number =>
    yearly
      ? dayNumber(index, 1, 1)
      : monthly
        ? dayNumber(Math.floor(index / 12), (index % 12) + 1, 1)
        : rule.freq === 'WEEKLY'
          ? index * 7 + rule.wkst - 3
          : index;

  const interval = rule.interval;
  const first = periodOf(startDay);
  let k = 0;
  if (count === undefined && from > startMs)
    k = Math.floor((periodOf(Math.floor(from / DAY)) - first) / interval);
  try {
    for (; ; k++) {
      step();
      const index = first + k * interval;
      const begin = periodStart(index) * DAY;
      if (begin >= end || begin > untilMs || begin > 253402300799000) break;
      let set = periodDays(index).flatMap((day) => times.map((t) => day * DAY + t));
      if (rule.bySetPos) {
        const all = set;
        set = rule.bySetPos
          .map((p) => all[p > 0 ? p - 1 : all.length + p])
          .filter((ms): ms is number => ms !== undefined)
          .sort((a, b) => a - b);
        set = set.filter((ms, i) => ms !== set[i - 1]);
      }
      for (const ms of set) {
        if (ms <= startMs) continue;
        if (ms >= end || ms > untilMs) return { walls, stopped: false };
        walls.push(wallFromMs(ms));
        if (count !== undefined && walls.length >= count) return { walls, stopped: false };
      }
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { walls, stopped: true };
    throw error;
  }
  return { walls, stopped: false };
}
