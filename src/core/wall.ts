/**
 * Wall-clock values: what a clock on the town hall shows, with no zone.
 * Arithmetic on them is plain UTC arithmetic (a wall time read as if it were
 * UTC), so the machine's own zone can never move a day or an hour.
 */

export interface Wall {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Milliseconds of a wall time read as if it were UTC. `setUTCFullYear` rather
 * than `Date.UTC`, which maps the years 0–99 to 1900–1999.
 */
export function wallMs(w: Wall): number {
  const date = new Date(0);
  date.setUTCFullYear(w.year, w.month - 1, w.day);
  date.setUTCHours(w.hour, w.minute, w.second, 0);
  return date.getTime();
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

/** Reads "2026-12-03", "2026-12-03T18:00" or "2026-12-03T18:00:30" (fractions and any offset ignored). */
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
  return wallFromMs(wallMs(w) + days * DAY);
}

/** Adds calendar months, clamping the day (31 January + 1 month = 28/29 February). */
export function addMonths(w: Wall, months: number): Wall {
  const total = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  // Arithmetic, not two Dates: the feed check asks this for every date it reads.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  if (month >= 1 && month <= 12) return 30 + ((month + (month >> 3)) & 1);
  return wallFromMs(wallMs({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0 })).day;
}

/** "2026-12-03" */
export function formatDate(w: Pick<Wall, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "2026-03-30T18:00", with seconds only when there are some. */
export function formatLocal(w: Wall): string {
  const base = `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second ? `${base}:${pad(w.second)}` : base;
}

/** "2026-12-03T17:00:00Z": an instant in UTC, whole seconds. */
export function formatUtc(ms: number): string {
  const w = wallFromMs(Math.floor(ms / 1000) * 1000);
  return `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}Z`;
}

/**
 * An offset in milliseconds east of UTC as "+01:00" (`separator: ''` gives
 * "+0100", as iCalendar writes it). Seconds appear only when there are some
 * (some zones had them before 1972).
 */
export function formatOffset(ms: number, separator = ':'): string {
  const sign = ms < 0 ? '-' : '+';
  const seconds = Math.round(Math.abs(ms) / 1000);
  const hh = pad(Math.floor(seconds / 3600));
  const mm = pad(Math.floor((seconds % 3600) / 60));
  const ss = seconds % 60;
  return `${sign}${hh}${separator}${mm}${ss ? `${separator}${pad(ss)}` : ''}`;
}
