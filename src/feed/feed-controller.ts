/**
 * FeedController: the only way a widget gets data. The widget says where
 * (`src`, or a `feed` object) and how often (`refresh`); the controller owns
 * fetching (through the shared registry), aborting, refreshing, keeping the
 * last good data, the console report for editors and the load/error events.
 *
 * Built on @lit/task for "only the latest run wins"; it adds what Task lacks:
 * abort when the element leaves the page, re-polling, last-good data.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbortError } from './errors.js';
import { chooser, type FirstChoice } from './first-choice.js';
import { getFeedOptions, loadFeeds, resolveSources, type LoadedFeeds } from './loader.js';
import type { SourceContext } from './sources.js';
import { parseFeedAsync, pause, type FeedRest, type ParseOptions } from './parse.js';
import { formatProblem, RECORD_KINDS, type Feed, type RecordKind } from './types.js';

export type FeedHost = ReactiveControllerHost &
  HTMLElement & {
    /**
     * The days the widget shows first ("YYYY-MM-DD", inclusive), when it
     * shows only some: the events there are checked before the first render,
     * the others when the browser is idle. The calendar has this.
     */
    feedFirstRange?(): { from: string; to: string } | undefined;
    /**
     * The kinds of record the widget shows (a network card: networks and
     * cities): those are checked before the first render, the others when
     * the browser is idle. Left out: all.
     */
    feedKinds?(): readonly RecordKind[];
    /**
     * The widget's own work on new data that does not need the page (the
     * calendar's placement, the activities dated and sorted), done in a task
     * of its own between the check and the render, so that neither task is
     * long. The render then finds it done.
     */
    feedPrepare?(feed: Feed): void;
  };

/** The whole of feeds checked in part (one run per feed, whoever asks: FeedRest). */
function finish(rests: readonly FeedRest[], soon?: boolean): Promise<unknown> {
  return Promise.all(rests.map((rest) => rest.finish(soon)));
}

/** Whether the records a widget shows (those `first` chooses, or all) differ between two feeds. */
function changed(before: Feed, after: Feed, first?: ParseOptions['first']): boolean {
  return (
    (['title', 'url', 'updated', 'language'] as const).some((key) => before[key] !== after[key]) ||
    RECORD_KINDS.some((kind) => {
      const old: object[] = before[kind];
      let i = 0;
      return (
        after[kind].some((record) => (!first || first(record, kind)) && old[i++] !== record) ||
        i !== old.length
      );
    })
  );
}

export interface FeedSource {
  /** Feed URLs separated by white space. */
  src?: string | null;
  /** A feed object given directly (a property, e.g. from React); wins over `src`. */
  feed?: unknown;
  /** Re-poll every this many seconds; 0 or less: never. */
  refresh?: number;
  /** Data a parent already loaded and checked (a city-profile's children): shown as it is. */
  loaded?: LoadedFeeds;
  /** For iCalendar and RSS sources: the widget's city and network, the months to expand. */
  context?: SourceContext;
}

/** What a load gives: with `pending`, part of the feed, and how to get the whole once those are done. */
type Shown = LoadedFeeds & { whole?: () => Promise<LoadedFeeds> };

/** Detail of the `civic-feed-load` event. */
export interface FeedLoadDetail {
  sources: string[];
  problems: LoadedFeeds['problems'];
}

/** Detail of the `civic-feed-error` event. */
export interface FeedErrorDetail {
  error: FeedError;
  /** True when older data is still on screen (a failed refresh). */
  stale: boolean;
}

const WARNED = Symbol.for('civic-widgets.warned-problems.v1');

/**
 * One console message per distinct list of problems. Relative addresses are
 * read correctly here, so they are only counted (the feed checker and
 * `civic-feed validate` list them) and, alone, are information, not a warning.
 */
function warnOnce(tag: string, loaded: LoadedFeeds): void {
  if (loaded.problems.length === 0) return;
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (holder[WARNED] ??= new Set());
  const listed = loaded.problems.filter((problem) => !problem.relative);
  const relative = loaded.problems.length - listed.length;
  const lines = listed.map((problem) => `  ${formatProblem(problem)}`);
  if (relative) {
    lines.push(
      `  ${relative} relative address${relative === 1 ? ' was' : 'es were'} read against the feed's address; other readers need full addresses (the feed checker lists them)`,
    );
  }
  const key = lines.join('\n');
  if (warned.has(key)) return;
  warned.add(key);
  const sources = loaded.sources.join(', ') || 'the feed';
  if (listed.length === 0) {
    console.info(`civic-widgets <${tag}>: ${sources}:\n${key}`);
    return;
  }
  console.warn(
    `civic-widgets <${tag}>: ${listed.length} problem${listed.length === 1 ? '' : 's'} in ${sources}; the valid records are shown.\n${key}`,
  );
}

export class FeedController implements ReactiveController {
  /** The last data that loaded; kept on screen when a refresh fails. */
  value?: LoadedFeeds;
  /** The latest failure; cleared by the next success. */
  error?: FeedError;
  /** When `value` arrived (ms since the epoch). */
  loadedAt?: number;
  /**
   * How many loads have completed. The rest of a feed checked later does not
   * count: `value` then becomes the same load made whole, with the records
   * the widget shows unchanged.
   */
  loads = 0;

  private readonly host: FeedHost;
  private readonly source: () => FeedSource;
  private readonly task: Task<[string, unknown, LoadedFeeds | undefined], Shown>;
  private fresh = false;
  private runAbort?: AbortController;
  private abortedByDisconnect = false;
  private timer?: ReturnType<typeof setInterval>;
  private timerSeconds = 0;

  constructor(host: FeedHost, source: () => FeedSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.source().src ?? '', this.source().feed, this.source().loaded],
      task: async ([src, feed, loaded], { signal }) =>
        loaded ?? this.prepared(await this.load(src, feed, signal)),
      onComplete: (value) => this.completed(value),
      onError: (error) => this.failed(error),
    });
  }

  /** "loading" until the first data or error; "ready" once there is data to show. */
  get state(): 'idle' | 'loading' | 'error' | 'ready' {
    if (this.value) return 'ready';
    if (this.error) return 'error';
    return this.task.status === TaskStatus.INITIAL && !this.hasSource() ? 'idle' : 'loading';
  }

  /** True while a refresh or retry runs with older data on screen. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Asks the server again (the Retry button, and `refresh`). */
  reload(): void {
    this.fresh = true;
    void this.task.run();
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
    this.syncTimer();
  }

  hostUpdated(): void {
    this.syncTimer();
  }

  hostDisconnected(): void {
    this.stopTimer();
    // A move within the page disconnects and reconnects at once: wait a
    // microtask before deciding the element has really left.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.runAbort || this.task.status !== TaskStatus.PENDING)
        return;
      this.abortedByDisconnect = true;
      this.runAbort.abort(new DOMException('The widget left the page', 'AbortError'));
    });
  }

  private hasSource(): boolean {
    const { src, feed, loaded } = this.source();
    return loaded || (feed !== undefined && feed !== null) ? true : Boolean(src?.trim());
  }

  /** The records the host shows (some kinds, its grid's days), when it shows only some. */
  private choice(): FirstChoice | undefined {
    const days = this.host.feedFirstRange?.();
    const kinds = this.host.feedKinds?.();
    return days || kinds ? { days, kinds } : undefined;
  }

  /**
   * The data, once the host has prepared it (FeedHost.feedPrepare): after the
   * check, which ends in a task of its own when its last slice was long, and
   * before the render, which waits for the next task.
   */
  private async prepared(value: Shown): Promise<Shown> {
    if (this.host.feedPrepare && value.feed) {
      this.host.feedPrepare(value.feed);
      await pause();
    }
    return value;
  }

  private async load(src: string, feed: unknown, signal: AbortSignal): Promise<Shown> {
    const choice = this.choice();
    if (feed !== undefined && feed !== null) {
      const { maxRecords, maxProblems } = getFeedOptions();
      const first = choice && chooser(choice);
      const result = await parseFeedAsync(feed, { maxRecords, maxProblems, first });
      if (!result.feed) {
        throw new FeedError(result.failure ?? 'not-object', '', result.problems[0].message);
      }
      // Once the rest is checked, `result` holds the whole feed (parseFeed).
      const shown = () => ({
        feed: result.feed!,
        problems: result.problems,
        sources: [],
        failed: [],
      });
      const rest = result.rest;
      return rest
        ? { ...shown(), pending: [rest], whole: () => Promise.resolve(shown()) }
        : shown();
    }
    const urls = resolveSources(src, document.baseURI);
    if (urls.length === 0) return initialState as never;
    const run = new AbortController();
    signal.addEventListener('abort', () => run.abort(signal.reason), { once: true });
    this.runAbort = run;
    const fresh = this.fresh;
    this.fresh = false;
    const context = this.source().context;
    // A feed another widget started checks what this one shows first, or loadFeeds waits.
    const loaded = await loadFeeds(urls, run.signal, { fresh, context, choice });
    if (!loaded.pending) return loaded;
    // Once the rest is checked, the cached results are whole: loading again merges those.
    return { ...loaded, whole: () => loadFeeds(urls, run.signal, { context }) };
  }

  private completed(value: Shown): void {
    this.value = value;
    this.loads++;
    this.loadedAt = Date.now();
    this.error = undefined;
    // The load event says the data is on screen; with part of the feed still to check, the
    // problems it lists are those found so far, and the console warning waits for all of them.
    this.host.dispatchEvent(
      new CustomEvent<FeedLoadDetail>('civic-feed-load', {
        bubbles: true,
        composed: true,
        detail: { sources: value.sources, problems: value.problems },
      }),
    );
    if (!value.pending || !value.whole) {
      warnOnce(this.host.localName, value);
      return;
    }
    void finish(value.pending)
      .then(value.whole)
      .then(
        async (all) => {
          if (this.value !== value) return;
          // Prepared like the first part (a calendar places the other months here), and kept
          // with it at once, so that a render in between does not take the part again.
          this.host.feedPrepare?.(all.feed);
          this.value = all;
          warnOnce(this.host.localName, all);
          // Every widget on the feed hears this once; most showed all they show already.
          await pause();
          const choice = this.choice();
          if (this.value === all && changed(value.feed, all.feed, choice && chooser(choice)))
            this.host.requestUpdate();
        },
        (error: unknown) => {
          if (this.value === value) this.failed(error);
        },
      );
  }

  private failed(error: unknown): void {
    if (isAbortError(error)) return;
    // Only the network is blamed for network failures: anything else is "try again later".
    const feedError =
      error instanceof FeedError ? error : new FeedError('unexpected', '', String(error));
    this.error = feedError;
    console.warn(`civic-widgets <${this.host.localName}>: ${feedError.message}`);
    this.host.dispatchEvent(
      new CustomEvent<FeedErrorDetail>('civic-feed-error', {
        bubbles: true,
        composed: true,
        detail: { error: feedError, stale: this.value !== undefined },
      }),
    );
  }

  private syncTimer(): void {
    const seconds = Number(this.source().refresh) || 0;
    if (seconds === this.timerSeconds && (this.timer !== undefined || seconds <= 0)) return;
    this.stopTimer();
    this.timerSeconds = seconds;
    if (seconds > 0 && this.host.isConnected) {
      this.timer = setInterval(() => this.reload(), Math.max(seconds, 1) * 1000);
    }
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.timerSeconds = 0;
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-feed-load': CustomEvent<FeedLoadDetail>;
    'civic-feed-error': CustomEvent<FeedErrorDetail>;
  }
}
