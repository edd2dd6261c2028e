/**
 * What kind of source a download is: the one rule, used by the readers and by
 * the widgets' loader (which must decide before it loads the readers' chunk).
 */
export type SourceKind = 'civic' | 'ics' | 'rss' | 'atom' | 'jsonfeed';

/** The start of the text, BOM and UTF-16/32 zero bytes set aside, for sniffing only. */
function head(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < Math.min(bytes.length, 4096) && out.length < 1024; i++)
    if (bytes[i] !== 0 && bytes[i] < 0x80) out += String.fromCharCode(bytes[i]);
  return out.replace(/^[^\x20-\x7e]+/, '').trimStart();
}

const BY_TYPE: Record<string, SourceKind> = {
  'text/calendar': 'ics',
  'application/ics': 'ics',
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'jsonfeed',
};
const BY_EXTENSION: Record<string, SourceKind> = {
  ics: 'ics',
  ical: 'ics',
  ifb: 'ics',
  rss: 'rss',
  rdf: 'rss',
  atom: 'atom',
};

/** Decide the kind from the HTTP content type, the URL's extension and the first bytes. */
export function sniffSource(
  bytes: Uint8Array,
  contentType?: string,
  url?: string,
): SourceKind | undefined {
  return sniffText(head(bytes), contentType, url);
}

/**
 * The same decision from text already decoded (the widgets' loader has text).
 * Small on purpose: the loader imports it to decide whether to load the readers at all.
 */
export function sniffText(
  text: string,
  contentType?: string,
  url?: string,
): SourceKind | undefined {
  const start = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  if (start.startsWith('{')) return /jsonfeed\.org\/version/.test(start) ? 'jsonfeed' : 'civic';
  if (start.startsWith('<')) {
    // The root element: after the declaration, comments and a DOCTYPE.
    const root =
      /^(?:<\?[^>]*>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/i.exec(
        start,
      );
    const name = root?.[2];
    if (name === 'rss' || name === 'RDF') return 'rss';
    if (name === 'feed') return 'atom';
    return undefined;
  }
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (type && BY_TYPE[type]) return BY_TYPE[type];
  const extension = /\.([a-z]{2,5})(?:[?#]|$)/i.exec(url ?? '')?.[1].toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}
