/**
 * Files that are not our JSON feed: iCalendar, RSS, Atom and JSON Feed, read
 * by the same core readers as `civic-feed import`, then checked by the same
 * rules as a feed, so the editor sees what the widgets would show.
 */
import { readSourceNow } from '../src/core/readers/all.js';
import type { SourceKind } from '../src/core/readers/index.js';
import { checkFeedValue, fixFor, type FeedCheck } from '../src/feed/check.js';
import { describePath } from '../src/feed/types.js';

const NAMES: Record<SourceKind, string> = {
  civic: 'a civic-widgets feed',
  ics: 'an events calendar (iCalendar)',
  rss: 'a news feed (RSS)',
  atom: 'a news feed (Atom)',
  jsonfeed: 'a JSON Feed',
};

export function readOtherFormat(
  bytes: Uint8Array,
  hints: { name?: string; contentType?: string; url?: string },
): FeedCheck & { format: string; converted: boolean } {
  const read = readSourceNow(bytes, {
    contentType: hints.contentType,
    url: hints.url ?? hints.name,
  });
  const problems = read.problems.map((p) => ({
    ...p,
    where: p.path ? describePath(p.path) : '',
    fix: fixFor(p),
  }));
  const readable = read.feed.events.length + read.feed.activities.length > 0;
  // The converted records pass the feed rules again: references and all, as in a feed file.
  const checked = checkFeedValue(read.feed);
  return {
    format: NAMES[read.kind],
    converted: readable,
    feed: readable || !problems.length ? checked.feed : null,
    counts: checked.counts,
    problems: [...problems, ...checked.problems],
  };
}
