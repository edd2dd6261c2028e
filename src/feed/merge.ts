/**
 * mergeFeeds: the contract's merge. Records with the same id in the same
 * array are one record; the copy with the later `updated` wins (the record's
 * own `updated`, else its feed's), else the copy from the later feed.
 * Records keep the order in which their id was first seen, so merging a feed
 * with itself returns it unchanged, and the result holds the same records
 * whatever the order of the inputs (apart from that tie-break).
 */
import { instant, pickWinner } from './parse.js';
import { emptyFeed, RECORD_KINDS } from './types.js';
import type { Feed } from './types.js';

export { pickWinner };

function sameOrUndefined<K extends 'title' | 'url' | 'language'>(
  feeds: readonly Feed[],
  key: K,
): Feed[K] | undefined {
  const first = feeds[0]?.[key];
  return feeds.every((feed) => feed[key] === first) ? first : undefined;
}

/**
 * Merges valid feeds (as returned by parseFeed) into one.
 *
 * When the feeds are written in different languages, each record that does
 * not say its own `language` is given its feed's, so that a hub mixing French
 * and Portuguese text still tells screen readers which is which.
 *
 * @example
 * const hub = mergeFeeds([limoges, aveiro, delft]);
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed {
  const merged: Feed = emptyFeed();
  if (feeds.length === 0) return merged;
  const title = sameOrUndefined(feeds, 'title');
  const url = sameOrUndefined(feeds, 'url');
  const language = sameOrUndefined(feeds, 'language');
  if (title !== undefined) merged.title = title;
  if (url !== undefined) merged.url = url;
  if (language !== undefined) merged.language = language;
  const updated = feeds
    .map((feed) => feed.updated)
    .filter((value): value is string => typeof value === 'string')
    .sort((x, y) => instant(x) - instant(y))
    .at(-1);
  if (updated !== undefined) merged.updated = updated;
  const stampLanguage = language === undefined;

  for (const kind of RECORD_KINDS) {
    const byId = new Map<string, { record: object; feedUpdated?: string }>();
    for (const feed of feeds) {
      for (const original of feed[kind] as { id: string; language?: string }[]) {
        const record =
          stampLanguage && feed.language && original.language === undefined
            ? { ...original, language: feed.language }
            : original;
        const earlier = byId.get(record.id);
        if (!earlier) {
          byId.set(record.id, { record, feedUpdated: feed.updated });
          continue;
        }
        const winner = pickWinner(earlier.record, record, earlier.feedUpdated, feed.updated);
        if (winner !== earlier.record) byId.set(record.id, { record, feedUpdated: feed.updated });
      }
    }
    (merged[kind] as object[]) = [...byId.values()].map((entry) => entry.record);
  }
  return merged;
}
