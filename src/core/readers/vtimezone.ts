/**
 * A zone defined only by a file's VTIMEZONE (no IANA name to be found in
 * it): its STANDARD and DAYLIGHT parts, each with its DTSTART, RRULE and
 * RDATEs, give the instants the offset changes; between them the offset is
 * the last part's TZOFFSETTO.
 */
import type { IcsComponent } from './ics-lines.js';
import { expandRule, parseRule } from './rrule.js';
import { HOUR, wallFromMs, wallMs, type Wall } from '../wall.js';

const OFFSET = /^([+-])(\d{2})(\d{2})(\d{2})?$/;
const TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

function offsetMs(value: string | undefined): number | undefined {
  const m = OFFSET.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const ms = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

function localTime(value: string): { wall: Wall; utc: boolean } | undefined {
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  return { wall: { year, month, day, hour, minute, second }, utc: m[7] === 'Z' };
}

/** Offsets are computed up to this year: far enough for any calendar shown today. */
const HORIZON = wallMs({ year: 2200, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
const SINCE = wallMs({ year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0 });

export class VTimezone {
  /** Changes of offset, by instant: [instant, offset after]. */
  private readonly changes: [number, number][] = [];
  private readonly initial: number;

  constructor(vtz: IcsComponent) {
    let earliest: [number, number] | undefined;
    for (const part of vtz.components) {
      if (part.name !== 'STANDARD' && part.name !== 'DAYLIGHT') continue;
      const value = (name: string) => part.properties.find((p) => p.name === name)?.value;
      const to = offsetMs(value('TZOFFSETTO'));
      const from = offsetMs(value('TZOFFSETFROM')) ?? to;
      const start = localTime(value('DTSTART') ?? '');
      if (to === undefined || from === undefined || !start) continue;
      const onsets: Wall[] = [start.wall];
      for (const rrule of part.properties.filter((p) => p.name === 'RRULE')) {
        const rule = parseRule(rrule.value);
        if (typeof rule === 'string') continue;
        const until = rule.until && {
          ...rule.until.wall,
          ...(rule.until.utc ? wallFromMs(wallMs(rule.until.wall) + from) : {}),
        };
        const steps = { steps: 1_000_000, ms: Infinity };
        onsets.push(...expandRule(rule, start.wall, false, until, HORIZON, steps, SINCE).walls);
      }
      for (const rdate of part.properties.filter((p) => p.name === 'RDATE'))
        for (const v of rdate.value.split(',')) {
          const t = localTime(v);
          if (t) onsets.push(t.utc ? wallFromMs(wallMs(t.wall) + from) : t.wall);
        }
      for (const w of onsets) this.changes.push([wallMs(w) - from, to]);
      const first = wallMs(start.wall) - from;
      if (!earliest || first < earliest[0]) earliest = [first, from];
    }
    this.changes.sort((a, b) => a[0] - b[0]);
    this.initial = earliest?.[1] ?? 0;
  }

  get usable(): boolean {
    return this.changes.length > 0;
  }

  /** Milliseconds east of UTC at an instant. */
  offsetAt(instant: number): number {
    const list = this.changes;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle][0] <= instant) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? this.initial : list[low - 1][1];
  }

  /** The instant of a wall time: the earlier one in an overlap, shifted forward in a gap. */
  toInstant(w: Wall): number {
    const local = wallMs(w);
    const before = this.offsetAt(local - 14 * HOUR);
    const after = this.offsetAt(local + 14 * HOUR);
    const valid = [before, after]
      .map((offset) => local - offset)
      .filter((instant) => instant + this.offsetAt(instant) === local);
    return valid.length > 0 ? Math.min(...valid) : local - before;
  }

  wallAt(instant: number): Wall {
    return wallFromMs(instant + this.offsetAt(instant));
  }
}
