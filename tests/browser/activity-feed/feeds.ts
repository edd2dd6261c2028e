/**
 * Feeds for the <activity-feed> tests, built at test time because relative
 * dates ("2 days ago") need dates relative to now. Static fixtures (partial,
 * empty) live in demo/feeds/states/activity-*.json with the other fixtures.
 */
import type { Activity } from '../../../src/feed/types.js';

export const DAY = 86_400_000;

/** An ISO date-time with offset, `days` before now. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString();
}

export function activity(id: string, published: string, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    title: `Title of ${id}`,
    published,
    url: `https://example.org/${id}`,
    summary: `Summary of ${id}.`,
    ...extra,
  };
}

/**
 * Eight activities in no particular order, of five types (one of them a word
 * the contract does not know), from two cities and two networks.
 */
export function sampleFeed() {
  return {
    version: 1,
    language: 'en-GB',
    cities: [
      { id: 'stoke', name: 'Stoke-on-Trent' },
      { id: 'limoges', name: 'Limoges' },
    ],
    activities: [
      activity('report-old', '2024-03-14', {
        type: 'report',
        title: 'Action plan revisited',
        city: 'stoke',
        network: 'unic',
      }),
      activity('news-2d', daysAgo(2), { type: 'news', title: 'Makers move in', city: 'stoke' }),
      activity('article-10d', daysAgo(10), { type: 'article', city: 'limoges', network: 'unic' }),
      activity('exhibition-3d', daysAgo(3), {
        type: 'Exhibition',
        title: 'Porcelaine en lumière',
        city: 'limoges',
        language: 'fr',
      }),
      activity('article-5h', daysAgo(5 / 24), { type: 'article', city: 'stoke', network: 'unic' }),
      activity('video-20d', daysAgo(20), { type: 'video', city: 'stoke' }),
      activity('news-40d', daysAgo(40), { type: 'news', city: 'limoges', network: 'other' }),
      activity('article-60d', daysAgo(60), { type: 'article', city: 'stoke' }),
    ] satisfies Activity[],
  };
}

/** The sample's ids, newest first. */
export const NEWEST_FIRST = [
  'article-5h',
  'news-2d',
  'exhibition-3d',
  'article-10d',
  'video-20d',
  'news-40d',
  'article-60d',
  'report-old',
];

/** `count` articles, one a day, newest first by id number (a-0 is the newest). */
export function manyFeed(count: number, extra: (i: number) => Partial<Activity> = () => ({})) {
  const now = Date.now();
  return {
    version: 1,
    activities: Array.from({ length: count }, (_, i) => ({
      id: `a-${i}`,
      title: `Activity ${i}`,
      published: new Date(now - (i + 1) * 3_600_000).toISOString(),
      url: `https://example.org/a-${i}`,
      type: i % 3 === 0 ? 'report' : 'news',
      ...extra(i),
    })),
  };
}

/** Ids of the activities on screen, in order. */
export function shownIds(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~=item]')].map(
    (li) => li.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? '',
  );
}

export function items(el: Element): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~=item]')];
}

export function chips(el: Element): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=filter]')];
}

export function chip(el: Element, label: string): HTMLButtonElement {
  const found = chips(el).find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!found) throw new Error(`no chip "${label}"`);
  return found;
}

/** The polite live region's text. */
export function announced(el: Element): string {
  return (el.shadowRoot!.querySelector('[aria-live=polite]')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short description of a node ("a[title] Activity 4"), for assertions: a
 * failing chai assertion that holds a DOM node itself makes Web Test Runner
 * lose the browser instead of reporting the failure.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `${node.localName}${part ? `[${part}]` : ''} ${node.textContent.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
}

/** What has focus inside the widget. */
export function focused(el: Element): string {
  return describeNode(el.shadowRoot!.activeElement);
}

export function has(root: ParentNode, selector: string): boolean {
  return root.querySelector(selector) !== null;
}
