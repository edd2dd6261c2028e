/**
 * Filters that explain themselves. `city` and `network` on a widget keep only
 * records with that id, so records without the field (it is optional) vanish
 * silently, and a misspelt id leaves nothing. This says so, once, in words an
 * editor can act on. DOM-free: the widgets call it where they filter.
 *
 * Most pages have nothing to be told: the check here is cheap, and the words
 * (./filter-notice-text.ts) load only when there is something to say.
 */

export interface Filterable {
  id?: string;
  city?: string;
  network?: string;
}

export type Field = 'city' | 'network';

const WARNED = Symbol.for('civic-widgets.warned-filters.v1');

/**
 * What a filter on `field` hides that an editor may not expect: records
 * without the field, or no match at all while the feed names other values
 * (records of other cities are meant to be hidden, so they alone are no
 * reason to speak).
 */
export function hides(
  records: readonly Filterable[],
  field: Field,
  wanted: string,
): { lacking: boolean; unmatched: boolean } {
  let lacking = false;
  let matching = false;
  let others = false;
  for (const record of records) {
    const value = record[field];
    if (value === undefined) lacking = true;
    else if (value === wanted) matching = true;
    else if (value) others = true;
  }
  return { lacking, unmatched: !matching && others };
}

/**
 * Writes the filter notice to the console, once per page for each distinct
 * notice; resolves once it is written (or when there is nothing to say).
 */
export async function warnAboutFilter(
  tag: string,
  list: 'events' | 'activities',
  records: readonly Filterable[],
  filters: Partial<Record<Field, string | undefined>>,
): Promise<void> {
  const speak = (['city', 'network'] as const).some((field) => {
    const wanted = filters[field];
    if (!wanted) return false;
    const { lacking, unmatched } = hides(records, field, wanted);
    return lacking || unmatched;
  });
  if (!speak) return;
  const { filterNotice } = await import('./filter-notice-text.js');
  const notice = filterNotice(tag, list, records, filters);
  if (!notice) return;
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (holder[WARNED] ??= new Set());
  if (warned.has(notice)) return;
  warned.add(notice);
  console.warn(`civic-widgets ${notice}`);
}
