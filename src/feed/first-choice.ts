/**
 * The records a widget shows, which its feed's check takes before the others
 * (parseFeed's `first`; the others follow when the page is idle). Written as
 * data rather than as a function so that a widget joining a feed another
 * widget started can tell whether that check took what it shows too.
 */
import { addDaysToKey } from '../core/days.js';
import type { ParseOptions } from './parse.js';
import { RECORD_KINDS, type RecordKind } from './types.js';

export interface FirstChoice {
  /** The kinds of record shown (a network card: networks and cities); all when left out. */
  kinds?: readonly RecordKind[];
  /** Of the events, those that may touch these days ("YYYY-MM-DD", inclusive); all when left out. */
  days?: { from: string; to: string };
}

/**
 * The check's chooser for a choice. The margin around the days is two: a
 * time written in one zone can fall two dates away in another (00:30 at
 * UTC+14 is 22:30 two days earlier at UTC−12).
 */
export function chooser({ kinds, days }: FirstChoice): NonNullable<ParseOptions['first']> {
  const from = days && addDaysToKey(days.from, -2);
  const to = days && addDaysToKey(days.to, 2);
  return (raw, kind) => {
    if (kinds && !kinds.includes(kind)) return false;
    if (kind !== 'events' || !from || !to) return true;
    const start = typeof raw.start === 'string' ? raw.start.trim().slice(0, 10) : '';
    const end = typeof raw.end === 'string' ? raw.end.trim().slice(0, 10) : start;
    return start <= to && (end > start ? end : start) >= from;
  };
}

/** Whether a check that took `taken` first (undefined: everything) took all that `wanted` shows. */
export function covers(taken: FirstChoice | undefined, wanted: FirstChoice | undefined): boolean {
  if (!taken) return true;
  const kinds = wanted?.kinds ?? RECORD_KINDS;
  if (taken.kinds && !kinds.every((kind) => taken.kinds!.includes(kind))) return false;
  if (!taken.days || !kinds.includes('events')) return true;
  const days = wanted?.days;
  return days !== undefined && taken.days.from <= days.from && taken.days.to >= days.to;
}
