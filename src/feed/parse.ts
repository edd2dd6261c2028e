/**
 * parseFeed: from any JSON value to the valid part of a feed plus a list of
 * problems. It never throws. The contract's rule is applied record by
 * record: one bad event never blanks a calendar.
 *
 * - A record whose required field (id, name/title, start, published) is
 *   wrong is dropped, with a problem naming its path.
 * - A wrong optional field (a `javascript:` url, a misspelt time zone) is
 *   left out of its record, with a problem; the rest of the record is kept,
 *   because dropping a whole event for a bad link would hide it from residents.
 * - Only a value that is not an object, or a missing or unsupported
 *   `version`, fails the whole feed.
 */
import { hasOffset } from '../core/values.js';
import {
  checkFields,
  FEED_VERSION,
  HEADER,
  RECORDS,
  type CheckContext,
  type Failure,
  type Fields,
} from './schema.js';
import { describePath, emptyFeed, RECORD_KINDS, SINGULAR } from './types.js';
import type { Feed, ParseResult, Problem, RecordKind } from './types.js';

/** Why a whole feed failed; the loader turns these into typed errors. */
export type FeedFailure = 'not-json' | 'not-object' | 'version';

export interface FeedParseResult extends ParseResult {
  failure?: FeedFailure;
  /** Set when only the records chosen by `first` were checked: see FeedRest. */
  rest?: FeedRest;
}

export interface FeedRest {
  /**
   * Checks the other records in slices while the page is idle (between tasks
   * once any caller asks `soon`) and resolves with the whole result, exactly
   * what parseFeed without `first` returns; the first result object becomes
   * it (the loader's cache then holds the whole feed). Every call shares the
   * one run, however many widgets ask.
   */
  finish(soon?: boolean): Promise<FeedParseResult>;
}

/**
 * Bounds for a reader that must stay responsive whatever it is sent (the
 * widgets); the CLI reports everything. Records past `maxRecords` in one
 * list, and problems past `maxProblems`, are counted in one closing problem.
 */
export interface ParseLimits {
  maxRecords?: number;
  maxProblems?: number;
}

export interface ParseOptions extends ParseLimits {
  /** The address the feed was read from: a relative URL in it is read against it. */
  base?: string;
  /** Set as every problem's `source` (the loader's feed address). */
  source?: string;
  /**
   * The records to check before the others (those a widget shows first). The
   * result then holds only those, with `rest` to check the others later.
   */
  first?: (raw: Record<string, unknown>, kind: RecordKind) => boolean;
  /** parseFeedAsync and FeedRest: the longest slice of checking between pauses, in ms (default 12). */
  slice?: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, quoted rendering of a received value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return `a ${typeof value}`;
}

function joinPath(base: string, keys: (string | number)[]): string {
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    base,
  );
}

/** A feed time as ms for comparing `updated` values; -Infinity for none. */
export function instant(value: unknown): number {
  if (typeof value !== 'string') return Number.NEGATIVE_INFINITY;
  const time = Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Of two copies of one record, the one to keep: the later `updated` wins,
 * a tie goes to `later` (the copy from the later source). The contract's
 * merge rule, here because every check of a list needs it (merge.ts, loaded
 * only where feeds are merged, imports it).
 */
export function pickWinner<T extends object>(
  earlier: T,
  later: T,
  earlierFeedUpdated?: string,
  laterFeedUpdated?: string,
): T {
  const a = instant((earlier as { updated?: unknown }).updated ?? earlierFeedUpdated);
  const b = instant((later as { updated?: unknown }).updated ?? laterFeedUpdated);
  return a > b ? earlier : later;
}

/**
 * Whether `end` is certainly before `start`. Two times of the same kind are
 * compared exactly; a local time against one with an offset only when they
 * are more than 14 hours apart (the widest UTC offset), since the zone that
 * would settle it is not known here.
 */
function endsBeforeStart(start: string, end: string): boolean {
  // Two dates, or two local times written alike: the text orders them (the common case, no parsing).
  if (
    start.length === end.length &&
    start.length <= 19 &&
    !start.endsWith('Z') &&
    !end.endsWith('Z')
  ) {
    return end < start;
  }
  const slack = hasOffset(start) === hasOffset(end) ? 0 : 14 * 3_600_000;
  const endTime = /T/.test(end) ? instantOf(end) : instantOf(end) + 86_400_000 - 1;
  return endTime < instantOf(start) - slack;
}

function instantOf(value: string): number {
  return Date.parse(
    /T/.test(value) && !hasOffset(value)
      ? `${value}Z`
      : /T/.test(value)
        ? value
        : `${value}T00:00Z`,
  );
}

/**
 * Checks one record against its table (or, with `kind` empty, the feed's
 * header against one of its fields); returns the kept record (maybe without
 * bad optional fields) or null. A record with a wrong required field is
 * dropped and only those are reported; otherwise each wrong optional field is
 * left out and reported once (its first problem), then an end before its
 * start, then the relative addresses that were read.
 */
function parseRecord(
  fields: Fields,
  kind: RecordKind | '',
  input: unknown,
  index: number,
  problems: Problem[],
  context: CheckContext,
): Record<string, unknown> | null {
  const words = kind && SINGULAR[kind];
  if (!isPlainObject(input)) {
    problems.push({
      path: `${kind}[${index}]`,
      message: `${describeValue(input)} is not an object; this ${words} was dropped`,
      severity: 'error',
    });
    return null;
  }
  const wrong: Failure[] = [];
  let record = checkFields(fields, input, context, wrong) as Record<string, unknown>;
  const end = kind === 'events' || kind === 'networks' ? record.end : undefined;
  const endWrong =
    typeof end === 'string' &&
    typeof record.start === 'string' &&
    endsBeforeStart(record.start, end);
  const notices = context.notices;
  if (!wrong.length && !endWrong && !notices.length) return record;
  const path = kind && `${kind}[${index}]`;
  const leftOut = `; left out${kind && `, the rest of this ${words} is kept`}`;
  const fatal = wrong.some((issue) => issue.fatal);
  for (const issue of wrong) {
    if (fatal && !issue.fatal) continue;
    problems.push({
      path: joinPath(path, issue.keys),
      // The header names its value as written (a record, as trimmed).
      message: `${issue.input === undefined ? 'is missing' : `${describeValue(kind ? issue.input : input[issue.keys[0]])} ${issue.message}`}${fatal ? `; this ${words} was dropped` : leftOut}`,
      severity: 'error',
    });
  }
  if (fatal) {
    notices.length = 0;
    return null;
  }
  if (endWrong) {
    problems.push({
      path: `${path}.end`,
      message: `${describeValue(end)} is before start ${describeValue(record.start)}${leftOut}`,
      severity: 'error',
    });
    const { end: _dropped, ...rest } = record;
    void _dropped;
    record = rest;
  }
  for (const notice of notices) {
    problems.push({
      path: joinPath(path, notice.keys),
      message: `${describeValue(notice.input)} ${notice.message}`,
      severity: 'warning',
      relative: true,
    });
  }
  notices.length = 0;
  return record;
}

/** The header a field at a time, so that each field's problems come together. */
const HEADER_FIELDS: Fields[] = Object.entries(HEADER).map(([key, field]) => ({ [key]: field }));

/**
 * Validates any value as a feed. Never throws.
 *
 * @example
 * const { feed, problems } = parseFeed(await response.json());
 * problems.forEach((p) => console.warn(formatProblem(p)));
 */
export function parseFeed(json: unknown, options: ParseOptions = {}): FeedParseResult {
  const [part, rest, kept] = plan(json, options);
  return withRest(run(part)!, options.slice, rest, kept);
}

/**
 * The same as parseFeed, but it checks in slices of a few milliseconds and
 * gives the page back between them, so a feed of thousands of records never
 * freezes the page in one long task. `start`: when the work began (the
 * caller's JSON.parse), which the first slice counts in. Without it (a feed
 * object handed over, `el.feed = …`), the first slice waits for a task of
 * its own: the caller's task (a widget's first update) is long enough.
 */
export async function parseFeedAsync(
  json: unknown,
  options: ParseOptions = {},
  start?: number,
): Promise<FeedParseResult> {
  const [part, rest, kept] = plan(json, options);
  if (start === undefined) await pause();
  return withRest(await sliced(part, options.slice, pause, start), options.slice, rest, kept);
}

type Steps = Generator<void, FeedParseResult>;

/**
 * What the first pass checked, by list and place (null: dropped), the
 * problems it found there, and whether it left any record of the list for later.
 */
interface KeptList {
  records: (Record<string, unknown> | null)[];
  problems: Map<number, Problem[]>;
  skipped: boolean;
}
type Kept = Partial<Record<RecordKind, KeptList>>;

/** The steps of a parse and, with `first`, those of its rest, which reuse what the first pass checked. */
function plan(json: unknown, { first, ...limits }: ParseOptions): [Steps, Steps?, Kept?] {
  if (!first) return [parseSteps(json, limits)];
  const kept: Kept = {};
  return [parseSteps(json, limits, first, kept), parseSteps(json, limits, undefined, kept), kept];
}

function withRest(
  part: FeedParseResult,
  slice?: number,
  rest?: Steps,
  kept?: Kept,
): FeedParseResult {
  // When `first` chose every record (a list of activities for the activity feed), the part is whole.
  if (!rest || !part.feed || !Object.values(kept ?? {}).some((list) => list.skipped)) return part;
  let soon = false;
  let wake = () => {};
  // Idle periods until someone asks `soon`; that also ends the wait for one.
  const wait = () =>
    soon
      ? pause()
      : new Promise<number>((resolve) => {
          wake = () => resolve(Infinity);
          void pause(true).then(resolve);
        });
  let whole: Promise<FeedParseResult> | undefined;
  part.rest = {
    finish(now) {
      if (now) {
        soon = true;
        wake();
      }
      return (whole ??= wait()
        .then(() => sliced(rest, slice, wait))
        .then((result) => {
          delete part.rest;
          return Object.assign(part, result);
        }));
    },
  };
  return part;
}

/** Runs the steps until they end (the result) or the clock passes `until` (undefined). */
function run(steps: Steps, until = Infinity): FeedParseResult | undefined {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > until) return undefined;
  }
}

/**
 * Runs the steps in slices, giving the page back between them (`wait`: until
 * the next task, or an idle period; it resolves with the ms it leaves). A
 * slice that took a while gives the page back once more at the end, so that
 * what the caller does next (a render) starts a task of its own.
 */
async function sliced(
  steps: Steps,
  slice = 12,
  wait = pause,
  start = performance.now(),
): Promise<FeedParseResult> {
  for (let budget = slice; ; start = performance.now()) {
    const done = run(steps, start + budget);
    if (done) {
      if (performance.now() - start > 4) await pause();
      return done;
    }
    budget = Math.min(slice, await wait());
  }
}

/**
 * Gives the page back (scheduler.yield, else a message: no timer clamping),
 * or with `idle` waits for an idle period; resolves with the ms it leaves.
 */
export function pause(idle?: boolean): Promise<number> {
  // Typed here: the core's readers import this file, and the core sees no DOM types.
  const page = globalThis as unknown as {
    requestIdleCallback?: (
      run: (deadline: { timeRemaining(): number }) => void,
      options: { timeout: number },
    ) => void;
    scheduler?: { yield?: () => Promise<void> };
    MessageChannel: new () => {
      port1: { onmessage: () => void; close(): void };
      port2: { postMessage(message: unknown): void };
    };
  };
  return new Promise((resolve) => {
    if (idle && page.requestIdleCallback) {
      page.requestIdleCallback((deadline) => resolve(deadline.timeRemaining()), {
        timeout: 1000,
      });
    } else if (page.scheduler?.yield) {
      void page.scheduler.yield().then(() => resolve(Infinity));
    } else {
      const channel = new page.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(Infinity);
      };
      channel.port2.postMessage(0);
    }
  });
}

/**
 * The parse, as steps: it pauses (yields) after every few records. With
 * `first`, it checks only the records `first` chooses and keeps them in
 * `kept`; with `kept` alone, it takes those from there and checks the others.
 */
function* parseSteps(
  json: unknown,
  limits: ParseOptions,
  first?: ParseOptions['first'],
  kept?: Kept,
): Steps {
  const context: CheckContext = { base: limits.base, notices: [] };
  const problems: Problem[] = [];
  const maxRecords = limits.maxRecords ?? Infinity;
  const maxProblems = limits.maxProblems ?? Infinity;
  let unlisted = 0;
  /** Records left out by maxRecords: always listed, whatever maxProblems says. */
  const capped: Problem[] = [];
  /** Problems past the cap are counted, not kept: 60,000 junk records stay cheap. */
  const trim = () => {
    if (problems.length > maxProblems) {
      unlisted += problems.length - maxProblems;
      problems.length = maxProblems;
    }
  };
  if (!isPlainObject(json)) {
    return {
      feed: null,
      failure: 'not-object',
      problems: [
        {
          path: '',
          message: `the feed is ${describeValue(json)}, not a JSON object like {"version": 1, "events": […]}`,
          severity: 'error',
        },
      ],
    };
  }
  if (json.version !== FEED_VERSION) {
    const message =
      json.version === undefined
        ? 'is missing; add "version": 1 at the top of the feed'
        : typeof json.version === 'number' && Number.isInteger(json.version) && json.version > 1
          ? `is ${json.version}, but this version of civic-widgets reads feed version 1 only; update civic-widgets or publish a version 1 feed`
          : `${describeValue(json.version)} is not a supported version; write "version": 1`;
    return {
      feed: null,
      failure: 'version',
      problems: [{ path: 'version', message, severity: 'error' }],
    };
  }

  const feed: Feed = emptyFeed();
  for (const fields of HEADER_FIELDS) {
    Object.assign(feed, parseRecord(fields, '', json, 0, problems, context));
  }
  for (const kind of RECORD_KINDS) {
    const list = json[kind];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push({
        path: kind,
        message: `${describeValue(list)} is not a list; write "${kind}": [ … ]`,
        severity: 'error',
      });
      continue;
    }
    const earlier = first ? undefined : kept?.[kind];
    const now: KeptList | undefined = first
      ? (kept![kind] = {
          records: new Array<Record<string, unknown> | null>(list.length),
          problems: new Map(),
          skipped: false,
        })
      : undefined;
    const out: Record<string, unknown>[] = [];
    /** Where each kept record is in `list`, and where each id is in `out`. */
    const places: number[] = [];
    const byId = new Map<string, number>();
    let overCap = 0;
    for (let index = 0; index < list.length; index++) {
      if (index % 32 === 31) {
        trim();
        yield;
      }
      const item: unknown = list[index];
      let record = earlier?.records[index];
      if (record !== undefined) {
        for (const problem of earlier!.problems.get(index) ?? []) problems.push(problem);
      } else {
        if (first && !(isPlainObject(item) && first(item, kind))) {
          now!.skipped = true;
          continue;
        }
        const before = problems.length;
        record = parseRecord(RECORDS[kind], kind, item, index, problems, context);
        if (now) {
          now.records[index] = record;
          if (problems.length > before) now.problems.set(index, problems.slice(before));
        }
      }
      if (!record) continue;
      const id = record.id as string;
      const at = byId.get(id);
      if (at === undefined) {
        if (out.length >= maxRecords) {
          overCap++;
          continue;
        }
        byId.set(id, out.length);
        out.push(record);
        places.push(index);
        continue;
      }
      const later = pickWinner(out[at], record, feed.updated, feed.updated) === record;
      problems.push({
        path: `${kind}[${later ? places[at] : index}].id`,
        message: `${describeValue(id)} is used twice in ${kind} (also at ${describePath(`${kind}[${later ? index : places[at]}]`)}); the ${later ? 'later' : 'more recently updated'} one is kept`,
        severity: 'error',
      });
      if (later) {
        out[at] = record;
        places[at] = index;
      }
    }
    (feed[kind] as unknown[]) = out;
    if (overCap > 0) {
      capped.push({
        path: kind,
        message: `${(maxRecords + overCap).toLocaleString('en')} valid ${kind}; only the first ${maxRecords.toLocaleString('en')} of each list are read (${overCap.toLocaleString('en')} left out); split the feed, for example one per year`,
        severity: 'error',
      });
    }
  }
  trim();
  problems.push(...capped);
  if (unlisted > 0) {
    problems.push({
      path: '',
      message: `and ${unlisted.toLocaleString('en')} more problems in this feed; run "civic-feed validate" on it for the full list`,
      severity: 'error',
    });
  }
  // The count too: a feed checked in two parts gets its whole list from here (FeedRest).
  if (limits.source) for (const problem of problems) problem.source = limits.source;
  return { feed, problems };
}

/** Parses feed text (JSON); text that is not JSON fails the whole feed. */
export function parseFeedText(text: string, options: ParseOptions = {}): FeedParseResult {
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeed(json.value, options);
}

/** parseFeedText, giving the page back while it checks the records (see parseFeedAsync). */
export async function parseFeedTextAsync(
  text: string,
  options: ParseOptions = {},
): Promise<FeedParseResult> {
  const start = performance.now();
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeedAsync(json.value, options, start);
}

/** Said after "not valid JSON" when the text is an HTML page (a wrong address, a login page). */
export function htmlPageHint(text: string): string {
  return /^\s*</.test(text) ? ' (it looks like an HTML page: check the address)' : '';
}

function readJson(text: string): { value: unknown } | { failure: FeedParseResult } {
  try {
    // Files saved by some Windows editors start with a byte order mark; JSON.parse rejects it.
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const hint = htmlPageHint(text);
    return {
      failure: {
        feed: null,
        failure: 'not-json',
        problems: [
          {
            path: '',
            message: `the feed is not valid JSON${hint}: ${(error as Error).message}`,
            severity: 'error',
          },
        ],
      },
    };
  }
}
