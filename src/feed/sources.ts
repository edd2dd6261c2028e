/**
 * Direct sources: a widget's `src` may be an iCalendar file, an RSS or Atom
 * feed or a JSON Feed, besides a civic feed. What every page needs to tell
 * them apart is here; reading them (./direct.ts and the readers of
 * src/core/readers) is imported only when such a source turns up, so a page
 * of civic feeds never downloads it.
 */

/** What a widget tells the readers. */
export interface SourceContext {
  city?: string;
  network?: string;
  /** YYYY-MM-DD window for expanding recurring events. */
  from?: string;
  to?: string;
}

/**
 * A cheap look at the text: is it one of the formats the readers take? It
 * stays apart from the readers' sniffSource on purpose: importing that module
 * here made the bundler put it, and so the readers' chunk, on every page.
 */
export function isDirectSource(text: string): boolean {
  const start = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return true;
  if (start.startsWith('{')) return /jsonfeed\.org\/version/.test(start);
  return /^<(\?xml|!--|rss|feed|rdf:RDF)/i.test(start) && /<(rss|feed|rdf:RDF)[\s>]/i.test(start);
}

/** The recurrence window for a widget showing `month` (YYYY-MM): a month before to a year after. */
export function windowAround(month: string | undefined): Pick<SourceContext, 'from' | 'to'> {
  const now = new Date();
  const [year, index] = /^\d{4}-\d{2}$/.test(month ?? '')
    ? month!.split('-').map(Number)
    : [now.getFullYear(), now.getMonth() + 1];
  const day = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);
  return { from: day(year, index - 1), to: day(year, index + 13) };
}
