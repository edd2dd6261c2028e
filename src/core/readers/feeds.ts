/**
 * RSS 2.0 (also in a default namespace), RSS 1.0 / RDF with Dublin Core,
 * Atom 1.0 and 0.3, and JSON Feed 1.x items to activities. Every text field
 * becomes plain text. An item whose date cannot be read exactly is skipped
 * with a problem; nothing is guessed.
 */
import type { Activity } from '../../feed/types.js';
import { drop, ReaderError, uniqueIds, type FeedPart, type ReaderContext } from './context.js';
import { readFeedDate } from './dates.js';
import { shortHash } from './hash.js';
import { htmlToText, normalizeText, shorten, textOrHtml } from './html.js';
import type { XmlNode } from './platform.js';
import { attr, child, children, inherited, parseXmlDocument, text } from './xml.js';

const ATOM = (ns: string) =>
  ns === 'http://www.w3.org/2005/Atom' || ns === 'http://purl.org/atom/ns#';
const CONTENT = (ns: string) => ns === 'http://purl.org/rss/1.0/modules/content/';
const DC = (ns: string) => ns === 'http://purl.org/dc/elements/1.1/';
const DCTERMS = (ns: string) => ns === 'http://purl.org/dc/terms/';
const MEDIA = (ns: string) => ns === 'http://search.yahoo.com/mrss/';
const MAX_ID = 200;
/** Summaries are "one or two sentences": long article bodies are shortened. */
const SUMMARY_MAX = 500;
const TITLE_FROM_TEXT_MAX = 90;

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function plain(html: string | undefined): string | undefined {
  return html === undefined ? undefined : htmlToText(html) || undefined;
}

interface Draft {
  id?: string;
  title?: string;
  url?: string;
  summaryHtml?: string;
  summaryText?: string;
  /** The raw date texts, read in finish() so that an unreadable one can be named. */
  published?: string;
  updated?: string;
  tags: string[];
  image?: string;
  language?: string;
}

function finish(drafts: Draft[], ctx: ReaderContext, label: string): Activity[] {
  const unique = uniqueIds();
  const activities: Activity[] = [];
  drafts.forEach((d, index) => {
    const path = `${label}[${index}]`;
    const summary = d.summaryText ?? plain(d.summaryHtml);
    const title = d.title || (summary ? shorten(summary, TITLE_FROM_TEXT_MAX) : undefined);
    const name = JSON.stringify(title ?? d.id ?? `item ${index + 1}`);
    if (!title) return drop(ctx, path, 'skipped: the item has neither a title nor any text');
    const published = readFeedDate(d.published, ctx.timeZone);
    const updated = readFeedDate(d.updated, ctx.timeZone);
    const bad = (d.published && !published && d.published) || (d.updated && !updated && d.updated);
    if (bad)
      return drop(
        ctx,
        path,
        `skipped ${name}: its date ${JSON.stringify(bad.trim().slice(0, 80))} cannot be read exactly`,
      );
    if (!published && !updated)
      return drop(ctx, path, `skipped ${name}: it has no publication date`);
    const raw = d.id?.trim() || d.url || '';
    const id = unique(
      raw && raw.length <= MAX_ID
        ? raw
        : `item-${shortHash(raw || `${title}|${published ?? updated}`)}`,
    );
    const a: Record<string, unknown> = { id, title, published: published ?? updated };
    if (updated && updated !== a.published) a.updated = updated;
    a.type = 'news';
    if (summary) a.summary = shorten(summary, SUMMARY_MAX);
    if (d.url) a.url = d.url;
    if (d.image) a.image = { url: d.image };
    const tags = [...new Set(d.tags.map((t) => t.trim()).filter(Boolean))];
    if (tags.length) a.tags = tags;
    if (ctx.city) a.city = ctx.city;
    if (ctx.network) a.network = ctx.network;
    if (d.language) a.language = d.language;
    activities.push(a as Activity);
  });
  return activities;
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v.trim() !== '');
}

export function readRss(source: string, ctx: ReaderContext): FeedPart {
  const root = parseXmlDocument(source);
  if (root.localName !== 'rss' && root.localName !== 'RDF')
    throw new ReaderError(
      `not an RSS feed: the document starts with <${root.localName}>, not <rss>`,
    );
  const rootNs = root.namespaceURI ?? '';
  const channel = children(root, 'channel')[0];
  const channelNs = channel?.namespaceURI ?? rootNs;
  // RSS's own elements: no namespace, or the one the channel is in (RSS 1.0, or 2.0 in a default namespace).
  const own = (ns: string) => ns === '' || ns === channelNs;
  const base = absolute(text(child(channel, 'link', own)), ctx.url) ?? ctx.url;
  const items = [
    ...(channel ? children(channel, 'item', own) : []),
    ...children(root, 'item', own),
  ];
  const drafts = items.map((item): Draft => {
    const field = (local: string, ns: (uri: string) => boolean) => text(child(item, local, ns));
    const guid = child(item, 'guid', own);
    const guidText = text(guid)?.trim();
    const enclosure = children(item, 'enclosure', own).find((e) =>
      /^image\//i.test(attr(e, 'type') ?? ''),
    );
    const media =
      children(item, 'content', MEDIA).find(
        (e) => /^image\//i.test(attr(e, 'type') ?? '') || attr(e, 'medium') === 'image',
      ) ?? child(item, 'thumbnail', MEDIA);
    const link = field('link', own)?.trim() || attr(item, 'rdf:about');
    return {
      id: guidText,
      title: plain(first(field('title', own), field('title', DC))),
      url: absolute(
        link ||
          (attr(guid, 'isPermaLink') !== 'false' && /^https?:/i.test(guidText ?? '')
            ? guidText
            : undefined),
        base,
      ),
      summaryHtml: first(
        field('description', own),
        field('encoded', CONTENT),
        field('description', DC),
      ),
      published: first(
        field('pubDate', own),
        field('date', DC),
        field('issued', DCTERMS),
        field('created', DCTERMS),
        field('modified', DCTERMS),
      ),
      updated: field('modified', DCTERMS),
      tags: [
        ...children(item, 'category', own).map((c) => plain(text(c)) ?? ''),
        ...children(item, 'subject', DC).map((c) => text(c) ?? ''),
      ],
      image: absolute(attr(enclosure, 'url') ?? attr(media, 'url'), base),
    };
  });
  return {
    activities: finish(drafts, ctx, 'items'),
    title: plain(first(text(child(channel, 'title', own)), text(child(channel, 'title', DC)))),
    language: first(
      text(child(channel, 'language', own)),
      text(child(channel, 'language', DC)),
    )?.trim(),
  };
}

/** An Atom text construct (text, html, xhtml; Atom 0.3's mode="escaped") as plain text. */
function atomText(el: XmlNode | undefined): string | undefined {
  if (!el) return undefined;
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const value = text(el) ?? '';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return serialisedText(el);
  if (type === 'html' || type === 'text/html' || attr(el, 'mode') === 'escaped')
    return plain(value);
  return normalizeText(value, false) || undefined;
}

/** Text of an XHTML subtree with block elements kept apart, tidied by htmlToText. */
function serialisedText(el: XmlNode): string | undefined {
  const parts: string[] = [];
  const walk = (node: XmlNode) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const c = node.childNodes[i];
      if (c.nodeType === 1) {
        parts.push(`<${c.localName}>`);
        walk(c);
        parts.push(`</${c.localName}>`);
      } else if (c.nodeType === 3 || c.nodeType === 4) {
        parts.push((c.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      }
    }
  };
  walk(el);
  return plain(parts.join(''));
}

export function readAtom(source: string, ctx: ReaderContext): FeedPart {
  const root = parseXmlDocument(source);
  if (root.localName !== 'feed' || !ATOM(root.namespaceURI ?? ''))
    throw new ReaderError(
      `not an Atom feed: the document starts with <${root.localName}>, not <feed xmlns="http://www.w3.org/2005/Atom">`,
    );
  const feedBase = absolute(inherited(root, 'xml:base'), ctx.url) ?? ctx.url;
  const language = inherited(root, 'xml:lang');
  const drafts = children(root, 'entry', ATOM).map((entry): Draft => {
    const base = absolute(inherited(entry, 'xml:base'), feedBase) ?? feedBase;
    const links = children(entry, 'link', ATOM);
    const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
    const enclosure = links.find(
      (l) => attr(l, 'rel') === 'enclosure' && /^image\//i.test(attr(l, 'type') ?? ''),
    );
    const date = (local: string) => text(child(entry, local, ATOM));
    const entryLanguage = inherited(entry, 'xml:lang');
    return {
      id: text(child(entry, 'id', ATOM))?.trim() || undefined,
      title: atomText(child(entry, 'title', ATOM)),
      url: absolute(attr(alternate, 'href'), base),
      summaryText:
        atomText(child(entry, 'summary', ATOM)) ?? atomText(child(entry, 'content', ATOM)),
      // Atom 0.3 says issued/modified/created where 1.0 says published/updated.
      published: first(date('published'), date('issued'), date('created')),
      updated: first(date('updated'), date('modified')),
      tags: children(entry, 'category', ATOM).map((c) => attr(c, 'label') ?? attr(c, 'term') ?? ''),
      image: absolute(attr(enclosure, 'href'), base),
      language: entryLanguage !== language ? entryLanguage : undefined,
    };
  });
  return {
    activities: finish(drafts, ctx, 'entries'),
    title: atomText(child(root, 'title', ATOM)),
    language,
  };
}

export function readJsonFeed(source: string, ctx: ReaderContext): FeedPart {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch {
    throw new ReaderError('not a JSON Feed: the text is not valid JSON');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    typeof json.version !== 'string' ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(json.version)
  )
    throw new ReaderError(
      'not a JSON Feed: "version" is not "https://jsonfeed.org/version/1.1" (or 1)',
    );
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const base = absolute(str(json.home_page_url), ctx.url) ?? ctx.url;
  const items = Array.isArray(json.items) ? (json.items as unknown[]) : [];
  const language = str(json.language);
  const drafts = items
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item): Draft => ({
      id: typeof item.id === 'number' ? String(item.id) : str(item.id),
      title: plain(str(item.title)),
      url: absolute(str(item.url) ?? str(item.external_url), base),
      summaryText: textOrHtml(str(item.summary) ?? str(item.content_text)),
      summaryHtml: str(item.content_html),
      published: str(item.date_published),
      updated: str(item.date_modified),
      tags: Array.isArray(item.tags)
        ? item.tags.filter((t): t is string => typeof t === 'string')
        : [],
      image: absolute(str(item.image) ?? str(item.banner_image), base),
      language: str(item.language) !== language ? str(item.language) : undefined,
    }));
  return { activities: finish(drafts, ctx, 'items'), title: plain(str(json.title)), language };
}
