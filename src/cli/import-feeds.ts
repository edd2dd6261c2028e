/**
 * RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed 1.1 items to feed
 * activities. Every text field is turned into plain text: feeds carry HTML
 * in descriptions (escaped or in CDATA), and the contract never does.
 */
import { createHash } from 'node:crypto';
import type { Activity } from '../feed/types.js';
import { decodeEntities, htmlToText, looksLikeHtml, normalizeText, shorten } from './html.js';
import { ReadError } from './io.js';
import { formatUtc } from '../core/wall.js';
import {
  childElements,
  descendants,
  firstChild,
  inherited,
  parseXml,
  textOf,
  XmlError,
  type XmlElement,
} from './xml.js';

export interface FeedImportOptions {
  city?: string;
  network?: string;
  /** Activity type for every item (default "news"). */
  type?: string;
  /** Where the document came from, to resolve relative links. */
  baseUrl?: string;
}

export interface FeedImportResult {
  activities: Activity[];
  title?: string;
  language?: string;
  notes: string[];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const MEDIA = 'http://search.yahoo.com/mrss/';
const MAX_ID = 200;
/** Summaries are "one or two sentences": long article bodies are shortened. */
const SUMMARY_MAX = 500;
const TITLE_FROM_TEXT_MAX = 90;

/** "Tue, 10 Jun 2003 04:00:00 GMT" or "2003-06-10T04:00:00+02:00" → "2003-06-10T02:00:00Z". */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? undefined : formatUtc(ms);
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href.trim();
  }
}

/** A usable id: the item's own when it fits, else a short hash of it. */
function makeId(raw: string | undefined, fallback: string): string {
  const id = raw?.trim() || fallback;
  return id.length <= MAX_ID
    ? id
    : `item-${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
}

function plain(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = htmlToText(html);
  return text || undefined;
}

interface Draft {
  id?: string;
  title?: string;
  url?: string;
  summaryHtml?: string;
  summaryText?: string;
  published?: string;
  updated?: string;
  tags: string[];
  image?: string;
  language?: string;
}

function finish(drafts: Draft[], options: FeedImportOptions, notes: string[]): Activity[] {
  const used = new Set<string>();
  const activities: Activity[] = [];
  drafts.forEach((d, index) => {
    const summary = d.summaryText ?? plain(d.summaryHtml);
    const title = d.title || (summary ? shorten(summary, TITLE_FROM_TEXT_MAX) : undefined);
    const published = d.published ?? d.updated;
    const label = JSON.stringify(title ?? d.id ?? `item ${index + 1}`);
    if (!title) {
      notes.push(`skipped item ${index + 1}: it has neither a title nor any text`);
      return;
    }
    if (!published) {
      notes.push(`skipped ${label}: it has no publication date (or one that cannot be read)`);
      return;
    }
    let id = makeId(
      d.id ?? d.url,
      `item-${createHash('sha256').update(`${title}|${published}`).digest('hex').slice(0, 24)}`,
    );
    const baseId = id;
    for (let n = 2; used.has(id); n++) id = `${baseId}-${n}`;
    used.add(id);
    const a: Record<string, unknown> = { id, title, published };
    if (d.updated && d.updated !== published) a.updated = d.updated;
    a.type = options.type ?? 'news';
    if (summary) a.summary = shorten(summary, SUMMARY_MAX);
    if (d.url) a.url = d.url;
    if (d.image) a.image = { url: d.image };
    const tags = [...new Set(d.tags.map((t) => t.trim()).filter(Boolean))];
    if (tags.length) a.tags = tags;
    if (options.city) a.city = options.city;
    if (options.network) a.network = options.network;
    if (d.language) a.language = d.language;
    activities.push(a as Activity);
  });
  return activities;
}

function parseXmlOrFail(text: string, format: string): XmlElement {
  try {
    return parseXml(text);
  } catch (error) {
    if (error instanceof XmlError)
      throw new ReadError(`not a valid ${format} document: ${error.message}`);
    throw error;
  }
}

/** RSS 2.0, and RSS 1.0 (RDF), whose items sit beside the channel. */
export function importRss(text: string, options: FeedImportOptions = {}): FeedImportResult {
  const root = parseXmlOrFail(text, 'RSS');
  if (root.local !== 'rss' && root.local !== 'RDF') {
    throw new ReadError(`not an RSS feed: the document starts with <${root.local}>, not <rss>`);
  }
  const channel = firstChild(root, 'channel');
  const channelLink = textOf(channel && firstChild(channel, 'link')).trim() || undefined;
  const base = absolute(channelLink, options.baseUrl) ?? options.baseUrl;
  const notes: string[] = [];
  const drafts = descendants(root, 'item').map((item): Draft => {
    const field = (local: string, ns?: string) => {
      const el = childElements(item, local).find((c) => ns === undefined || c.ns === ns);
      return el ? textOf(el) : undefined;
    };
    // Plain RSS elements have no namespace (or RSS 1.0's); skip same-named ones from other vocabularies.
    const own = (local: string) =>
      childElements(item, local).find((c) => c.ns === '' || c.ns === 'http://purl.org/rss/1.0/');
    const guid = own('guid');
    const link = textOf(own('link')).trim() || undefined;
    const enclosure = childElements(item, 'enclosure').find((e) =>
      /^image\//i.test(e.attrs.get('type') ?? ''),
    );
    const media =
      childElements(item, 'content', MEDIA).find(
        (e) => /^image\//i.test(e.attrs.get('type') ?? '') || e.attrs.get('medium') === 'image',
      ) ?? childElements(item, 'thumbnail', MEDIA)[0];
    const description = own('description');
    return {
      id: guid ? textOf(guid).trim() : undefined,
      title: plain(own('title') ? textOf(own('title')) : undefined),
      url: absolute(
        link ??
          (guid?.attrs.get('isPermaLink') !== 'false' && /^https?:/i.test(textOf(guid))
            ? textOf(guid)
            : undefined),
        base,
      ),
      summaryHtml: description ? textOf(description) : field('encoded', CONTENT),
      published: normaliseDate(textOf(own('pubDate')) || field('date', DC)),
      tags: [
        ...childElements(item, 'category')
          .filter((c) => c.ns === '')
          .map((c) => plain(textOf(c)) ?? ''),
        ...childElements(item, 'subject', DC).map((c) => textOf(c)),
      ],
      image: absolute(enclosure?.attrs.get('url') ?? media?.attrs.get('url'), base),
    };
  });
  const language = channel
    ? textOf(firstChild(channel, 'language')).trim() || undefined
    : undefined;
  return {
    activities: finish(drafts, options, notes),
    title: channel ? plain(textOf(firstChild(channel, 'title'))) : undefined,
    language,
    notes,
  };
}

/** An Atom text construct (type text, html or xhtml) as plain text. */
function atomText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const type = (el.attrs.get('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    // The content is markup as XML elements: its text is what a reader sees.
    return plain(serialiseText(el));
  }
  if (type === 'html' || type === 'text/html') return plain(textOf(el));
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Text of an XHTML subtree with block elements separated, for htmlToText to tidy. */
function serialiseText(el: XmlElement): string {
  return el.children
    .map((c) =>
      typeof c === 'string'
        ? c.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        : `<${c.local}>${serialiseText(c)}</${c.local}>`,
    )
    .join('');
}

export function importAtom(text: string, options: FeedImportOptions = {}): FeedImportResult {
  const root = parseXmlOrFail(text, 'Atom');
  if (root.local !== 'feed' || root.ns !== ATOM) {
    throw new ReadError(
      `not an Atom feed: the document starts with <${root.local}>, not <feed xmlns="${ATOM}">`,
    );
  }
  const notes: string[] = [];
  const linkOf = (el: XmlElement, rel: string) =>
    childElements(el, 'link', ATOM).find((l) => (l.attrs.get('rel') ?? 'alternate') === rel);
  const feedBase = absolute(inherited(root, 'xml:base'), options.baseUrl) ?? options.baseUrl;
  const drafts = childElements(root, 'entry', ATOM).map((entry): Draft => {
    const base = absolute(inherited(entry, 'xml:base'), feedBase) ?? feedBase;
    const date = (local: string) => normaliseDate(textOf(firstChild(entry, local, ATOM)));
    const enclosure = childElements(entry, 'link', ATOM).find(
      (l) => l.attrs.get('rel') === 'enclosure' && /^image\//i.test(l.attrs.get('type') ?? ''),
    );
    return {
      id: textOf(firstChild(entry, 'id', ATOM)).trim() || undefined,
      title: atomText(firstChild(entry, 'title', ATOM)),
      url: absolute(linkOf(entry, 'alternate')?.attrs.get('href'), base),
      summaryText:
        atomText(firstChild(entry, 'summary', ATOM)) ??
        atomText(firstChild(entry, 'content', ATOM)),
      published: date('published'),
      updated: date('updated'),
      tags: childElements(entry, 'category', ATOM).map((c) =>
        decodeEntities(c.attrs.get('label') ?? c.attrs.get('term') ?? ''),
      ),
      image: absolute(enclosure?.attrs.get('href'), base),
      language: entry.attrs.get('xml:lang'),
    };
  });
  const language = root.attrs.get('xml:lang');
  // Entries in the feed's own language need not say it again.
  for (const d of drafts) if (d.language === language) delete d.language;
  return {
    activities: finish(drafts, options, notes),
    title: atomText(firstChild(root, 'title', ATOM)),
    language,
    notes,
  };
}

/** Fields meant as plain text that some publishers fill with HTML anyway. */
function textOrHtml(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return (looksLikeHtml(value) ? htmlToText(value) : normalizeText(value, false)) || undefined;
}

export function importJsonFeed(text: string, options: FeedImportOptions = {}): FeedImportResult {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    throw new ReadError(`not a JSON Feed: not valid JSON (${(error as Error).message})`);
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    typeof json.version !== 'string' ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(json.version)
  ) {
    throw new ReadError(
      'not a JSON Feed: "version" is not "https://jsonfeed.org/version/1.1" (or 1)',
    );
  }
  const notes: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const base = absolute(str(json.home_page_url), options.baseUrl) ?? options.baseUrl;
  const items = Array.isArray(json.items) ? (json.items as Record<string, unknown>[]) : [];
  const drafts = items
    .filter((item) => typeof item === 'object' && item !== null)
    .map((item): Draft => ({
      id: typeof item.id === 'number' ? String(item.id) : str(item.id),
      title: plain(str(item.title)),
      url: absolute(str(item.url) ?? str(item.external_url), base),
      summaryText: textOrHtml(str(item.summary) ?? str(item.content_text)),
      summaryHtml: str(item.content_html),
      published: normaliseDate(str(item.date_published)),
      updated: normaliseDate(str(item.date_modified)),
      tags: Array.isArray(item.tags)
        ? item.tags.filter((t): t is string => typeof t === 'string')
        : [],
      image: absolute(str(item.image) ?? str(item.banner_image), base),
      language: str(item.language),
    }));
  const language = str(json.language);
  for (const d of drafts) if (d.language === language) delete d.language;
  return {
    activities: finish(drafts, options, notes),
    title: plain(str(json.title)),
    language,
    notes,
  };
}
