/**
 * Wall-clock times and IANA time zones, with Intl as the only source of
 * zone rules (Node ships full ICU and its tz data). A "wall" time is what a
 * clock on the town hall shows; an instant is milliseconds since the epoch.
 */

export interface Wall {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall time in `zone` at an instant. */
export function wallAt(ms: number, zone: string): Wall {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** A wall time read as if it were UTC: handy for wall-clock arithmetic and comparison. */
export function wallMs(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

export function wallFromMs(ms: number): Wall {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Minutes east of UTC in `zone` at an instant (+60 for Berlin in winter). */
export function offsetAt(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallMs(wallAt(whole, zone)) - whole) / 60000);
}

/**
 * The instant a wall time names in `zone`. In the autumn overlap the first
 * of the two instants is taken; a time that does not exist (skipped in the
 * spring gap) is read with the offset before the gap, as RFC 5545 says,
 * so 02:30 becomes 03:30 summer time.
 */
export function wallToInstant(w: Wall, zone: string): number {
  const local = wallMs(w);
  const before = offsetAt(local - 12 * 3600_000, zone);
  const after = offsetAt(local + 12 * 3600_000, zone);
  const valid = [...new Set([before, after])]
    .map((offset) => local - offset * 60000)
    .filter((t) => wallMs(wallAt(t, zone)) === local);
  if (valid.length > 0) return Math.min(...valid);
  return local - before * 60000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(w: Pick<Wall, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "2026-03-30T18:00", with seconds only when there are some. */
export function formatLocal(w: Wall): string {
  const base = `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second ? `${base}:${pad(w.second)}` : base;
}

/** "+01:00" for 60, "-03:30" for -210, "+00:00" for 0. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2026-12-03T17:00:00Z": an instant in UTC, whole seconds. */
export function formatUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Parses "2026-12-03", "2026-12-03T18:00", "2026-12-03T18:00:30" (any offset ignored). */
export function parseWall(value: string): Wall | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
}

export function addDays(w: Wall, days: number): Wall {
  return wallFromMs(wallMs(w) + days * 86400_000);
}

/** Adds calendar months, clamping the day (31 January + 1 month = 28/29 February). */
export function addMonths(w: Wall, months: number): Wall {
  const total = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { ...w, year, month, day: Math.min(w.day, last) };
}

/** True for an IANA zone name that Intl knows. */
export function isIanaZone(name: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]+$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface Transition {
  /** The instant of the change. */
  at: number;
  from: number;
  to: number;
}

/**
 * The offset changes of `zone` between two instants, found by sampling every
 * day and narrowing each change down to the minute. Used to write VTIMEZONE
 * blocks without shipping a tz database.
 */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  const step = 86400_000;
  let t = Math.floor(fromMs / 1000) * 1000;
  let offset = offsetAt(t, zone);
  while (t < toMs) {
    const next = Math.min(t + step, toMs);
    const nextOffset = offsetAt(next, zone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      // Narrow to the second: zones change on whole seconds (whole minutes since 1970).
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(mid, zone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}
