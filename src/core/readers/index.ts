/**
 * The readers: what councils already publish (a civic feed, iCalendar, RSS,
 * Atom, JSON Feed) as bytes in, valid feed records and problems out. The
 * same functions run in the widgets (browser) and in `civic-feed import`
 * (Node); they touch neither the DOM nor Node directly (see platform.ts).
 * Each reader is imported when a source of its kind turns up, so a page
 * with an RSS feed never loads the iCalendar reader, and the other way round.
 */
import { parseFeed } from '../../feed/parse.js';
import { emptyFeed, type Feed, type Problem } from '../../feed/types.js';
import { ReaderError, type FeedPart, type ReaderContext } from './context.js';
import { decodeBytes } from './decode.js';
import { canonicalZone } from '../zones.js';
import { sniffSource, type SourceKind } from './sniff.js';

export { usePlatform, type Platform, type XmlNode, type XmlParser } from './platform.js';
export { htmlToText, looksLikeHtml, normalizeText } from './html.js';
export { sniffSource, sniffText, type SourceKind } from './sniff.js';

export interface ReadOptions {
  contentType?: string; // HTTP Content-Type incl. charset
  url?: string;
  timeZone?: string; // zone for date-times without one (default: the feed's city zone, else UTC)
  city?: string;
  network?: string;
  language?: string; // given to records that have none
  from?: string;
  to?: string; // YYYY-MM-DD window for expanding recurring events
  /** The kind, when the caller knows it (the CLI's `import ics`); else sniffed. */
  kind?: SourceKind;
}

export interface ReadResult {
  kind: SourceKind;
  feed: Feed;
  problems: Problem[];
  /** True when the source as a whole could not be read (not just some records). */
  unreadable?: boolean;
}

/** One reader: the text of a source in, records out. */
export type Reader = (text: string, ctx: ReaderContext) => FeedPart;
export type DirectKind = Exclude<SourceKind, 'civic'>;

const READERS: Record<DirectKind, () => Promise<Reader>> = {
  ics: () => import('./ics-reader.js').then((m) => m.readIcs),
  rss: () => import('./feeds.js').then((m) => m.readRss),
  atom: () => import('./feeds.js').then((m) => m.readAtom),
  jsonfeed: () => import('./feeds.js').then((m) => m.readJsonFeed),
};

/**
 * Reads a source, loading the reader its kind needs; never rejects: what
 * cannot be read is a problem in plain words.
 */
export async function readSource(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const kind = options.kind ?? sniffSource(bytes, options.contentType, options.url);
  let reader: Reader | undefined;
  if (kind && kind !== 'civic')
    try {
      reader = await READERS[kind]();
    } catch {
      const message = 'the reader for this kind of file could not be loaded (check the connection)';
      const problems: Problem[] = [{ path: '', message, severity: 'error' }];
      return { kind, feed: emptyFeed(), problems, unreadable: true };
    }
  return readSourceWith(bytes, { ...options, kind }, reader);
}

/** The same, with the reader given (see all.ts for callers that have every reader at hand). */
export function readSourceWith(
  bytes: Uint8Array,
  options: ReadOptions,
  reader: Reader | undefined,
): ReadResult {
  const problems: Problem[] = [];
  const kind = options.kind;
  if (!kind) {
    problems.push({
      path: '',
      message:
        'this is not a calendar or feed that can be read (expected iCalendar, RSS, Atom, JSON Feed or a civic feed)',
      severity: 'error',
    });
    return { kind: 'civic', feed: emptyFeed(), problems, unreadable: true };
  }
  const decoded = decodeBytes(bytes, options.contentType, kind === 'rss' || kind === 'atom');
  problems.push(...decoded.problems);
  let candidate: unknown;
  try {
    if (kind === 'civic') {
      try {
        candidate = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
      } catch {
        throw new ReaderError('not a civic feed: the text is not valid JSON');
      }
    } else {
      const given = options.timeZone?.trim();
      const zone = given ? canonicalZone(given) : undefined;
      if (given && !zone)
        throw new ReaderError(`"${given}" is not an IANA time zone such as Europe/Brussels`);
      const ctx: ReaderContext = {
        timeZone: zone || 'UTC',
        explicitZone: Boolean(zone),
        city: options.city,
        network: options.network,
        language: options.language,
        from: options.from,
        to: options.to,
        url: options.url,
        problems,
      };
      const part = reader!(decoded.text, ctx);
      const feed: Record<string, unknown> = { version: 1 };
      if (part.title) feed.title = part.title;
      const language = (part.language ?? options.language)?.trim().replace(/_/g, '-');
      if (language) feed.language = language;
      feed.events = part.events ?? [];
      feed.activities = part.activities ?? [];
      candidate = feed;
    }
  } catch (error) {
    problems.push({
      path: '',
      message:
        error instanceof ReaderError
          ? error.message
          : 'the file could not be read (an unexpected error in the reader; please report it with the file)',
      severity: 'error',
    });
    return { kind, feed: emptyFeed(), problems, unreadable: true };
  }
  const parsed = parseFeed(candidate);
  problems.push(...parsed.problems.map((p) => labelled(p, candidate)));
  return { kind, feed: parsed.feed ?? emptyFeed(), problems };
}

/** A validation problem names the record's id, which the source's author can find. */
function labelled(p: Problem, candidate: unknown): Problem {
  const m = /^(events|activities)\[(\d+)\]/.exec(p.path);
  const list = m ? (candidate as Record<string, { id?: unknown }[]>)[m[1]] : undefined;
  const id = list?.[Number(m![2])]?.id;
  return typeof id === 'string' ? { ...p, message: `${JSON.stringify(id)}: ${p.message}` } : p;
}
