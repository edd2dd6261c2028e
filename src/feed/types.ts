/**
 * TypeScript types of feed format v1, inferred from the contract's field
 * tables (schema.ts), so that the types, the check and the JSON Schema can
 * never disagree.
 */
import type { ACTIVITY, CITY, EVENT, Infer, NETWORK, PRACTICE } from './schema.js';

export type City = Infer<typeof CITY>;
export type Network = Infer<typeof NETWORK>;
export type Practice = Infer<typeof PRACTICE>;
export type Activity = Infer<typeof ACTIVITY>;
export type CivicEvent = Infer<typeof EVENT>;
export type EventStatus = NonNullable<CivicEvent['status']>;

/** A valid feed: every array present (possibly empty), every record valid. */
export interface Feed {
  version: 1;
  title?: string;
  url?: string;
  updated?: string;
  language?: string;
  cities: City[];
  networks: Network[];
  practices: Practice[];
  activities: Activity[];
  events: CivicEvent[];
}

export type RecordKind = 'cities' | 'networks' | 'practices' | 'activities' | 'events';

/**
 * One thing wrong with a feed, for the council editor who can fix it.
 * `path` is `events[3].start`; `message` says what was found and what was expected.
 * `severity` is "error" when something was dropped or left out, "warning" when
 * everything was kept but looks wrong (e.g. a reference to an unknown city).
 */
export interface Problem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** The source URL or file, when known (set by the loader and the CLI). */
  source?: string;
  /** Set on the warning about a relative address, which was read correctly but is not portable. */
  relative?: true;
}

export interface ParseResult {
  /** The valid part of the feed, or null when the whole feed failed. */
  feed: Feed | null;
  problems: Problem[];
}

/** One record of each kind, in words ("event"), in the order the contract lists them. */
export const SINGULAR: Record<RecordKind, string> = {
  cities: 'city',
  networks: 'network',
  practices: 'practice',
  activities: 'activity',
  events: 'event',
};

/** The record lists of a feed, in the contract's order. */
export const RECORD_KINDS = Object.keys(SINGULAR) as readonly RecordKind[];

export function emptyFeed(): Feed {
  const feed = { version: 1 } as Feed;
  for (const kind of RECORD_KINDS) (feed[kind] as unknown[]) = [];
  return feed;
}

/**
 * A problem path in words a council editor counts in: `events[1].start` is
 * "event 2, start" (paths stay zero-based for programs; people count from 1).
 */
export function describePath(path: string): string {
  const m = /^([a-z]+)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m || !(m[1] in SINGULAR)) return path;
  const record = `${SINGULAR[m[1] as RecordKind]} ${Number(m[2]) + 1}`;
  const field = m[3].replace(/\[(\d+)\]/g, (_, n: string) => ` (item ${Number(n) + 1})`);
  return field ? `${record}, ${field}` : record;
}

/** "event 4, start (events[3].start): …" — the form every report uses. */
export function formatProblem(p: Problem): string {
  const words = describePath(p.path);
  const where = !p.path ? '' : words === p.path ? `${p.path}: ` : `${words} (${p.path}): `;
  return `${p.source ? `${p.source}: ` : ''}${where}${p.message}`;
}
