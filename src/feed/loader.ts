/**
 * The page-wide feed registry: one request per URL however many widgets ask.
 *
 * - In-flight requests are shared; a settled result is kept for `cacheTime`.
 * - The registry lives on `globalThis` under a versioned symbol, so two
 *   copies of the library on one page (a CMS that loads the script twice,
 *   the module and the classic build) still share requests.
 * - Each caller passes its own AbortSignal; the request itself is aborted
 *   only when the last caller that wants it has gone.
 */
import { FeedError, type FeedErrorKind } from './errors.js';
import { fetchFeedText, type FetchOptions } from './fetch.js';
import { chooser, covers, type FirstChoice } from './first-choice.js';
import { htmlPageHint, parseFeedTextAsync, type FeedParseResult, type FeedRest } from './parse.js';
import { isDirectSource, type SourceContext } from './sources.js';
import { formatProblem, type Feed, type Problem } from './types.js';

/**
 * What one feed may put in front of a resident's browser: the first 10,000
 * records of each list (a council publishes hundreds; a hub a few thousand),
 * and the first 100 problems, then a count of the rest. Beyond that a feed
 * is broken or hostile, and must not freeze the page or blank the others.
 */
export const MAX_RECORDS_PER_LIST = 10_000;
export const MAX_PROBLEMS_PER_FEED = 100;

export interface LoaderOptions extends FetchOptions {
  /** How long a loaded feed is reused without a new request, in milliseconds. */
  cacheTime: number;
  /** Records read from each list of one feed. */
  maxRecords: number;
  /** Problems kept for one feed; the rest are counted. */
  maxProblems: number;
}

/**
 * A civic feed parsed, or the text of a direct source (iCalendar, RSS …), read per widget. A
 * feed checked in part (`rest`) carries the choice that part was checked for.
 */
type Loaded = FeedParseResult & { direct?: string; chosen?: FirstChoice };

interface Entry {
  promise: Promise<Loaded>;
  controller: AbortController;
  waiting: number;
  settledAt?: number;
}

interface Registry {
  entries: Map<string, Entry>;
  options: LoaderOptions;
}

const KEY = Symbol.for('civic-widgets.feed-registry.v1');

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  const reg = (holder[KEY] ??= {
    entries: new Map(),
    options: {
      timeout: 15_000,
      maxBytes: 5 * 1024 * 1024,
      retries: 2,
      retryDelay: 500,
      cacheTime: 30_000,
      maxRecords: MAX_RECORDS_PER_LIST,
      maxProblems: MAX_PROBLEMS_PER_FEED,
    },
  });
  // A registry made by an older copy of the library on the same page lacks the newer settings.
  reg.options.maxRecords ??= MAX_RECORDS_PER_LIST;
  reg.options.maxProblems ??= MAX_PROBLEMS_PER_FEED;
  return reg;
}

/**
 * Changes the page-wide loader settings (shared by every copy of the library).
 *
 * @example
 * setFeedOptions({ timeout: 8000, maxBytes: 2 * 1024 * 1024 });
 */
export function setFeedOptions(options: Partial<LoaderOptions>): void {
  Object.assign(registry().options, options);
}

export function getFeedOptions(): Readonly<LoaderOptions> {
  return registry().options;
}

/** Forgets cached results (all, or those of some URLs) so the next load asks the server. */
export function clearFeedCache(urls?: readonly string[]): void {
  const { entries } = registry();
  for (const [url, entry] of entries) {
    if ((!urls || urls.includes(url)) && entry.settledAt !== undefined) entries.delete(url);
  }
}

const FAILURE_KIND: Record<NonNullable<FeedParseResult['failure']>, FeedErrorKind> = {
  'not-json': 'not-json',
  'not-object': 'not-object',
  version: 'version',
};

/**
 * Text that is not JSON, with the line, column and plain words of the first
 * mistake, as the feed checker and `civic-feed validate` give them. The
 * scanner that finds the place is loaded only here: a feed that parses never
 * costs its bytes. Should it not load, the engine's own words remain.
 */
async function notJson(text: string, url: string, parsed: FeedParseResult): Promise<FeedError> {
  let detail = formatProblem(parsed.problems[0]);
  try {
    const { describeSyntaxError } = await import('./json-locate.js');
    const where = describeSyntaxError(text);
    const hint = htmlPageHint(text);
    if (where) detail = `the feed is not valid JSON${hint}: ${where}`;
  } catch {
    // The chunk did not load (offline, a blocked file): keep the engine's message.
  }
  return new FeedError('not-json', url, detail);
}

function start(url: string, reg: Registry, choice?: FirstChoice): Entry {
  const controller = new AbortController();
  const entry: Entry = {
    controller,
    waiting: 0,
    promise: fetchFeedText(url, reg.options, controller.signal).then(async (text) => {
      if (isDirectSource(text)) return { feed: null, problems: [], direct: text };
      const { maxRecords, maxProblems } = reg.options;
      // With a choice, only those records now; the rest when the page is idle (FeedRest).
      const first = choice && chooser(choice);
      const options = { maxRecords, maxProblems, base: url, source: url, first };
      const result: Loaded = await parseFeedTextAsync(text, options);
      if (result.rest) result.chosen = choice;
      if (result.failure === 'not-json') throw await notJson(text, url, result);
      if (result.failure) {
        // With its place (version: is 2, ...), as validate and the console say it.
        throw new FeedError(FAILURE_KIND[result.failure], url, formatProblem(result.problems[0]));
      }
      for (const problem of result.problems) problem.source = url;
      return result;
    }),
  };
  entry.promise.then(
    () => (entry.settledAt = Date.now()),
    () => {
      // Failures are not cached: the next ask (a Retry) makes a new request.
      if (reg.entries.get(url) === entry) reg.entries.delete(url);
    },
  );
  return entry;
}

/**
 * Loads and parses one feed URL, sharing the request with every other caller.
 * Rejects with a FeedError, or with the signal's reason when aborted.
 */
export function loadFeed(
  url: string,
  signal: AbortSignal,
  { fresh = false, choice }: { fresh?: boolean; choice?: FirstChoice } = {},
): Promise<Loaded> {
  const reg = registry();
  let entry = reg.entries.get(url);
  // "fresh" still shares a result that settled a moment ago, so several
  // widgets refreshing on the same beat make one request.
  const age = entry?.settledAt === undefined ? 0 : Date.now() - entry.settledAt;
  const stale =
    entry?.settledAt !== undefined && (age > reg.options.cacheTime || (fresh && age > 1000));
  if (!entry || stale) {
    entry = start(url, reg, choice);
    reg.entries.set(url, entry);
  }
  const shared = entry;
  shared.waiting++;
  return new Promise((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      shared.waiting--;
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (shared.waiting === 0 && shared.settledAt === undefined) {
        shared.controller.abort(signal.reason);
        if (reg.entries.get(url) === shared) reg.entries.delete(url);
      }
      reject(signal.reason as Error);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: Error) => {
        leave();
        reject(error);
      },
    );
  });
}

/** What a widget shows: the merged valid records of all its sources. */
export interface LoadedFeeds {
  feed: Feed;
  problems: Problem[];
  /** Absolute URLs, in the order given. */
  sources: string[];
  /** Sources that failed while others loaded (a partial result). */
  failed: FeedError[];
  /** Feeds checked only in part (see ParseOptions.first): load again once these are done. */
  pending?: FeedRest[];
}

/** Resolves the `src` attribute (URLs separated by white space) against the page. */
export function resolveSources(src: string | null | undefined, base: string): string[] {
  const urls = (src ?? '').split(/\s+/).filter(Boolean);
  const resolved: string[] = [];
  for (const url of urls) {
    try {
      const absolute = new URL(url, base).href;
      if (!resolved.includes(absolute)) resolved.push(absolute);
    } catch {
      resolved.push(url);
    }
  }
  return resolved;
}

/**
 * Loads several feeds and merges what loaded. Fails only when every source
 * fails; otherwise the failures travel with the result as problems.
 */
export async function loadFeeds(
  urls: readonly string[],
  signal: AbortSignal,
  options: { fresh?: boolean; context?: SourceContext; choice?: FirstChoice } = {},
): Promise<LoadedFeeds> {
  if (urls.length === 0) {
    throw new FeedError(
      'no-source',
      '',
      'the widget has no src attribute; give it the address of a feed',
    );
  }
  const settled = await Promise.allSettled(
    urls.map((url) => {
      if (!/^https?:/i.test(url)) {
        return Promise.reject(
          new FeedError('network', url, 'a feed address must start with https:// or http://'),
        );
      }
      return loadFeed(url, signal, options).then(async (loaded) => {
        // Checked in part for another widget, with records this one shows still to check:
        // those are checked now, and this widget's first render has them.
        if (loaded.rest && !covers(loaded.chosen, options.choice)) await loaded.rest.finish(true);
        if (loaded.direct === undefined) return loaded;
        const { readDirect } = await import('./direct.js');
        const result = await readDirect(loaded, loaded.direct, url, options.context);
        if (result.failure) throw new FeedError('not-object', url, result.problems[0].message);
        return result;
      });
    }),
  );
  signal.throwIfAborted();
  const feeds: Feed[] = [];
  const problems: Problem[] = [];
  const failed: FeedError[] = [];
  const pending: FeedRest[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled' && outcome.value.feed) {
      feeds.push(outcome.value.feed);
      if (outcome.value.rest) pending.push(outcome.value.rest);
      // One by one: spreading a long list into push() overflows the stack.
      for (const problem of outcome.value.problems) problems.push(problem);
    } else if (outcome.status === 'rejected') {
      const error =
        outcome.reason instanceof FeedError
          ? outcome.reason
          : new FeedError('unexpected', urls[index], String(outcome.reason));
      failed.push(error);
      problems.push({ source: error.url, path: '', message: error.detail, severity: 'error' });
    }
  });
  if (feeds.length === 0) throw failed[0];
  return {
    // The merge is loaded only by a widget with several sources.
    feed: feeds.length === 1 ? feeds[0] : (await import('./merge.js')).mergeFeeds(feeds),
    problems,
    sources: [...urls],
    failed,
    ...(pending.length ? { pending } : {}),
  };
}
