/**
 * Files that are not our JSON feed: iCalendar, RSS, Atom, JSON Feed. They
 * are recognised here and the editor is told how to convert them.
 */
import type { FeedCheck } from '../src/feed/check.js';

function kindOf(text: string, hints: { name?: string; contentType?: string }): string {
  const head = text.slice(0, 400);
  if (/BEGIN:VCALENDAR/i.test(head) || /calendar/i.test(hints.contentType ?? ''))
    return 'an events calendar (iCalendar)';
  if (/<rss[\s>]/i.test(head)) return 'a news feed (RSS)';
  if (/<feed[\s>]/i.test(head)) return 'a news feed (Atom)';
  if (/jsonfeed\.org/.test(head)) return 'a JSON Feed';
  if (/^\s*</.test(head)) return 'a web page or XML file';
  return 'a file of an unknown kind';
}

export function readOtherFormat(
  _bytes: Uint8Array,
  text: string,
  hints: { name?: string; contentType?: string; url?: string },
): Promise<FeedCheck & { format: string }> {
  const format = kindOf(text, hints);
  return Promise.resolve({
    format,
    feed: null,
    counts: {},
    problems: [
      {
        path: '',
        where: '',
        severity: 'error',
        message: `this looks like ${format}, not a civic-widgets feed`,
        fix: 'convert it with `civic-feed import` (see docs/hubs.md), or check that you chose the right file',
      },
    ],
  });
}
