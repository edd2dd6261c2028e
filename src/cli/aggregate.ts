/**
 * civic-feed aggregate: a network hub's merged feed from its partners' feeds.
 *
 * - Sources are fetched a few at a time (a bound, default 8), each with its
 *   own time limit, with conditional GET (If-None-Match / If-Modified-Since)
 *   against a cache folder that keeps the last good copy of every source.
 * - A source that fails (HTTP error, timeout, not JSON, wrong version) is
 *   reported and its last good copy is used; the hub fails (exit 1) only when
 *   no source at all could be read, and then the old hub file is left alone.
 * - Memory: a source's text lives only until it is parsed and cached; only
 *   the parsed records are kept, merged with mergeFeeds (which shares the
 *   record objects), then streamed to disk record by record.
 * - The hub file is written atomically: readers see the old or the new file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { mergeFeeds } from '../feed/merge.js';
import { parseFeedText } from '../feed/parse.js';
import { findReferenceProblems } from '../feed/references.js';
import { formatProblem, RECORD_KINDS } from '../feed/types.js';
import type { Feed } from '../feed/types.js';
import { parse, positiveInteger, positiveNumber, str, UsageError, type FlagValue } from './args.js';
import {
  bytesToText,
  describeFileError,
  download,
  isUrl,
  ReadError,
  redactUrl,
  redactUrls,
  writeFileAtomic,
} from './io.js';
import { clean, ellipsize, paint, plural, table, useColour, writeProgress } from './term.js';

export const AGGREGATE_USAGE = `Usage: civic-feed aggregate <file|url>… -o hub.json [options]
       civic-feed aggregate --config hub.config.json

Fetches partner feeds, merges them by the feed contract (same id in the same
list = one record; the later "updated" wins) and writes one hub feed.
A source that fails keeps its last good copy from the cache and is reported;
the hub is only left unwritten (exit 1) when no source could be read at all.

Options:
  -o, --output FILE        where to write the hub feed (written atomically)
  --config FILE            JSON: {"sources": […], "output", "concurrency",
                           "timeout", "cacheDir", "title"}; paths in it are
                           relative to the config file; flags override it
  --concurrency N          sources fetched at the same time (default 8)
  --timeout SECONDS        time limit per source (default 15)
  --cache-dir DIR          last good copies and ETags (default .civic-feed-cache)
  --title TEXT             the hub feed's title
  --json                   print the summary as JSON instead of a table
  --max-bytes N            largest answer accepted per source (default 5 MB)
  --allow-private          also fetch from internal addresses (refused by
                           default: loopback, private, link-local, metadata)
  -h, --help               show this help

Exit codes: 0 hub written (some sources may have failed, see the summary),
1 no source could be read, 2 wrong usage or unreadable config.`;

export type SourceStatus = 'fresh' | 'not-modified' | 'cached-after-error' | 'failed';

export interface SourceSummary {
  source: string;
  status: SourceStatus;
  records: number;
  problems: number;
  ms: number;
  /** What went wrong (failed and cached-after-error). */
  error?: string;
  /** When the cached copy used was fetched (cached-after-error). */
  cachedAt?: string;
}

export interface AggregateSettings {
  sources: string[];
  output: string;
  concurrency: number;
  timeoutSeconds: number;
  cacheDir: string;
  title?: string;
}

interface CacheMeta {
  source: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
}

/** A failure worth falling back to the cache for. */
class SourceError extends Error {}

function cachePaths(cacheDir: string, source: string) {
  const key = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return { body: resolve(cacheDir, `${key}.json`), meta: resolve(cacheDir, `${key}.meta.json`) };
}

async function readMeta(path: string): Promise<CacheMeta | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as CacheMeta;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Parses feed text; a whole-feed failure (not JSON, wrong version) is a SourceError. */
function parseOrFail(text: string): { feed: Feed; problems: number } {
  const result = parseFeedText(text.replace(/^\uFEFF/, ''));
  if (!result.feed) throw new SourceError(result.problems.map((p) => formatProblem(p)).join('; '));
  return { feed: result.feed, problems: result.problems.length };
}

async function fetchText(
  source: string,
  meta: CacheMeta | undefined,
  timeoutSeconds: number,
): Promise<{ status: 200; text: string; etag?: string; lastModified?: string } | { status: 304 }> {
  const headers: Record<string, string> = {};
  if (meta?.etag) headers['if-none-match'] = meta.etag;
  if (meta?.lastModified) headers['if-modified-since'] = meta.lastModified;
  try {
    // The time limit covers the whole exchange, body included: a server that
    // sends headers and then stalls is cut off too.
    const result = await download(source, {
      timeoutSeconds,
      accept: 'application/json, application/feed+json;q=0.9, */*;q=0.5',
      headers,
      allowNotModified: meta !== undefined,
    });
    if (result.notModified) return { status: 304 };
    return {
      status: 200,
      text: bytesToText(result.bytes, result.contentType),
      etag: result.headers.get('etag') ?? undefined,
      lastModified: result.headers.get('last-modified') ?? undefined,
    };
  } catch (error) {
    if (error instanceof ReadError) throw new SourceError(error.message);
    throw error;
  }
}

async function loadSource(
  source: string,
  settings: AggregateSettings,
): Promise<{ summary: SourceSummary; feed?: Feed }> {
  const started = performance.now();
  const paths = cachePaths(settings.cacheDir, source);
  const hasBody = await exists(paths.body);
  const meta = hasBody ? await readMeta(paths.meta) : undefined;
  // Passwords and tokens in the address are never shown or stored.
  const shown = redactUrl(source);
  const done = (summary: Omit<SourceSummary, 'source' | 'ms'>, feed?: Feed) => ({
    summary: {
      source: shown,
      ...summary,
      ...(summary.error === undefined ? {} : { error: redactUrls(summary.error) }),
      ms: Math.round(performance.now() - started),
    },
    feed,
  });
  try {
    if (isUrl(source)) {
      const result = await fetchText(source, meta, settings.timeoutSeconds);
      if (result.status === 304) {
        const { feed, problems } = parseOrFail(await readFile(paths.body, 'utf8'));
        return done({ status: 'not-modified', records: countRecords(feed), problems }, feed);
      }
      const { feed, problems } = parseOrFail(result.text);
      // Only a copy that parsed is cached: the cache always holds the last good one.
      await writeFileAtomic(paths.body, async (append) => append(result.text));
      const newMeta: CacheMeta = {
        source: shown,
        etag: result.etag,
        lastModified: result.lastModified,
        fetchedAt: new Date().toISOString(),
      };
      await writeFileAtomic(paths.meta, async (append) => append(JSON.stringify(newMeta)));
      return done({ status: 'fresh', records: countRecords(feed), problems }, feed);
    }
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw new SourceError(describeFileError(error));
    }
    const { feed, problems } = parseOrFail(text);
    await writeFileAtomic(paths.body, async (append) => append(text));
    await writeFileAtomic(paths.meta, async (append) =>
      append(
        JSON.stringify({ source: shown, fetchedAt: new Date().toISOString() } satisfies CacheMeta),
      ),
    );
    return done({ status: 'fresh', records: countRecords(feed), problems }, feed);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    if (hasBody) {
      try {
        const { feed, problems } = parseOrFail(await readFile(paths.body, 'utf8'));
        const cachedAt = (meta ?? (await readMeta(paths.meta)))?.fetchedAt;
        return done(
          {
            status: 'cached-after-error',
            records: countRecords(feed),
            problems,
            error: error.message,
            cachedAt,
          },
          feed,
        );
      } catch {
        // The cached copy is unreadable too: fall through to failed.
      }
    }
    return done({ status: 'failed', records: 0, problems: 0, error: error.message });
  }
}

function countRecords(feed: Feed): number {
  return RECORD_KINDS.reduce((n, kind) => n + feed[kind].length, 0);
}

/** Runs `fn` over items with at most `limit` running at once; results keep the items' order. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Streams a feed to disk one record per line: never one giant string, and a
 * hub file that diffs well. The result is ordinary JSON.
 */
export async function writeFeedFile(path: string, feed: Feed): Promise<void> {
  await writeFileAtomic(path, async (append) => {
    const header: Record<string, unknown> = { version: 1 };
    for (const key of ['title', 'url', 'updated', 'language'] as const) {
      if (feed[key] !== undefined) header[key] = feed[key];
    }
    await append(JSON.stringify(header).slice(0, -1));
    for (const kind of RECORD_KINDS) {
      const records = feed[kind] as unknown[];
      await append(`,\n"${kind}": [`);
      for (let i = 0; i < records.length; i++) {
        await append(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(records[i])}`);
      }
      await append(records.length ? '\n]' : ']');
    }
    await append('\n}\n');
  });
}

export interface AggregateResult {
  exitCode: 0 | 1;
  sources: SourceSummary[];
  records: number;
  referenceWarnings: number;
  output: string;
  written: boolean;
  ms: number;
}

export async function aggregate(
  settings: AggregateSettings,
  onProgress?: (done: number, total: number, last: SourceSummary) => void,
): Promise<AggregateResult> {
  const started = performance.now();
  await mkdir(settings.cacheDir, { recursive: true });
  let finished = 0;
  const feeds: (Feed | undefined)[] = [];
  const summaries = await pool(settings.sources, settings.concurrency, async (source, index) => {
    const { summary, feed } = await loadSource(source, settings);
    feeds[index] = feed; // kept by position: the merge's tie-break follows the order of sources
    finished++;
    onProgress?.(finished, settings.sources.length, summary);
    return summary;
  });
  const usable = feeds.filter((f): f is Feed => f !== undefined);
  if (usable.length === 0) {
    return {
      exitCode: 1,
      sources: summaries,
      records: 0,
      referenceWarnings: 0,
      output: settings.output,
      written: false,
      ms: Math.round(performance.now() - started),
    };
  }
  const hub = mergeFeeds(usable);
  // Let the per-source arrays go: the hub shares their records, nothing else needs them.
  feeds.length = 0;
  usable.length = 0;
  if (settings.title) hub.title = settings.title;
  const referenceWarnings = findReferenceProblems(hub).length;
  await mkdir(dirname(resolve(settings.output)), { recursive: true });
  await writeFeedFile(settings.output, hub);
  return {
    exitCode: 0,
    sources: summaries,
    records: countRecords(hub),
    referenceWarnings,
    output: settings.output,
    written: true,
    ms: Math.round(performance.now() - started),
  };
}

interface ConfigFile {
  sources?: unknown;
  output?: unknown;
  concurrency?: unknown;
  timeout?: unknown;
  cacheDir?: unknown;
  title?: unknown;
}

/** A number or text from the config as a flag value; anything else is shown as JSON in the error. */
function configValue(value: unknown): FlagValue {
  if (value === undefined || typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

async function readConfig(path: string): Promise<{ config: ConfigFile; dir: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read config ${path}: ${describeFileError(error)}`,
      AGGREGATE_USAGE,
    );
  }
  try {
    const config = JSON.parse(text.replace(/^\uFEFF/, '')) as ConfigFile;
    if (typeof config !== 'object' || config === null || Array.isArray(config))
      throw new Error('not a JSON object');
    return { config, dir: dirname(resolve(path)) };
  } catch (error) {
    throw new UsageError(
      `config ${path} is not valid: ${(error as Error).message}`,
      AGGREGATE_USAGE,
    );
  }
}

function statusLabel(status: SourceStatus, colour: boolean): string {
  const c = paint(colour);
  switch (status) {
    case 'fresh':
      return c.green(status);
    case 'not-modified':
      return c.green(status);
    case 'cached-after-error':
      return c.yellow(status);
    case 'failed':
      return c.red(status);
  }
}

export function formatSummary(result: AggregateResult, colour: boolean): string {
  const rows = result.sources.map((s) => [
    ellipsize(clean(s.source), 60),
    statusLabel(s.status, colour),
    s.records.toLocaleString('en'),
    s.problems.toLocaleString('en'),
    `${(s.ms / 1000).toFixed(2)} s`,
  ]);
  const lines = [
    table(['source', 'status', 'records', 'problems', 'time'], rows, [
      'left',
      'left',
      'right',
      'right',
      'right',
    ]),
    '',
  ];
  const troubled = result.sources.filter((s) => s.error);
  for (const s of troubled) {
    const fallback =
      s.status === 'cached-after-error' ? ` (used the copy from ${s.cachedAt ?? 'the cache'})` : '';
    lines.push(
      `${s.status === 'failed' ? 'failed' : 'warning'}: ${clean(s.source)}: ${clean(s.error ?? '')}${fallback}`,
    );
  }
  const withProblems = result.sources.filter((s) => s.problems > 0).length;
  if (withProblems) {
    lines.push(
      `${plural(withProblems, 'source')} had invalid records (dropped or trimmed); run "civic-feed validate <source>" for details.`,
    );
  }
  if (result.referenceWarnings) {
    const n = result.referenceWarnings;
    lines.push(
      `${plural(n, 'reference')} in the hub ${n === 1 ? 'points' : 'point'} to a city or network that no source defines.`,
    );
  }
  const read = result.sources.filter((s) => s.status !== 'failed').length;
  lines.push(
    result.written
      ? `Wrote ${clean(result.output)}: ${plural(result.records, 'record')} from ${read} of ${plural(result.sources.length, 'source')} in ${(result.ms / 1000).toFixed(1)} s.`
      : `No source could be read; ${clean(result.output)} was not written.`,
  );
  return lines.join('\n');
}

export async function aggregateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'cache-dir': { type: 'string' },
      title: { type: 'string' },
      json: { type: 'boolean' },
    },
    AGGREGATE_USAGE,
  );
  if (values.help) {
    process.stdout.write(`${AGGREGATE_USAGE}\n`);
    return 0;
  }
  const { config, dir } = values.config
    ? await readConfig(String(values.config))
    : { config: {} as ConfigFile, dir: process.cwd() };
  const fromConfig = (p: unknown) =>
    typeof p === 'string' ? (isAbsolute(p) || isUrl(p) ? p : resolve(dir, p)) : undefined;
  if (
    config.sources !== undefined &&
    (!Array.isArray(config.sources) || !config.sources.every((s) => typeof s === 'string'))
  ) {
    throw new UsageError('config "sources" must be a list of file paths or URLs', AGGREGATE_USAGE);
  }
  const sources = positionals.length
    ? positionals
    : (config.sources ?? []).map((s) => fromConfig(s)!);
  if (sources.length === 0)
    throw new UsageError(
      'aggregate needs at least one source (or a --config with "sources")',
      AGGREGATE_USAGE,
    );
  const output = str(values.output) ?? fromConfig(config.output);
  if (!output)
    throw new UsageError('aggregate needs -o FILE (or "output" in the config)', AGGREGATE_USAGE);
  const settings: AggregateSettings = {
    // The same source twice would only be fetched twice: keep the first.
    sources: [...new Set(sources)],
    output,
    concurrency:
      positiveInteger(
        values.concurrency ?? configValue(config.concurrency),
        '--concurrency',
        AGGREGATE_USAGE,
      ) ?? 8,
    timeoutSeconds:
      positiveNumber(values.timeout ?? configValue(config.timeout), '--timeout', AGGREGATE_USAGE) ??
      15,
    cacheDir: str(values['cache-dir']) ?? fromConfig(config.cacheDir) ?? '.civic-feed-cache',
    title: str(values.title) ?? (typeof config.title === 'string' ? config.title : undefined),
  };
  const progress = process.stderr.isTTY && !values.json;
  const result = await aggregate(settings, (done, total, last) => {
    if (progress) {
      writeProgress(
        `\r\x1b[K[${done}/${total}] ${last.status.padEnd(18)} ${ellipsize(clean(last.source), 60)}`,
      );
    }
  });
  if (progress) writeProgress('\r\x1b[K');
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatSummary(result, useColour())}\n`);
  }
  return result.exitCode;
}
