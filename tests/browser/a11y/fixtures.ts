/**
 * One English feed (language "en-GB") with something for every widget, and
 * helpers that read what a reader's tools read: the text and labels inside
 * every shadow root, nested widgets included, and the language each carries.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { settled } from '../helpers/mount.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Relative to now, so "5 hours ago" stays "5 hours ago" whatever the day the test runs. */
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export function englishFeed() {
  return {
    version: 1,
    language: 'en-GB',
    cities: [
      {
        id: 'stoke-on-trent',
        name: 'Stoke-on-Trent',
        country: 'GB',
        region: 'Staffordshire',
        population: 258366,
        timeZone: 'Europe/London',
        summary: 'The Potteries, six towns that made the world’s tableware.',
        description: 'Home of the bottle kiln.',
        url: 'https://www.stoke.gov.uk',
        networks: ['unic'],
      },
      { id: 'limoges', name: 'Limoges', country: 'FR', timeZone: 'Europe/Paris' },
    ],
    networks: [
      {
        id: 'unic',
        name: 'UNIC',
        title: 'Urban Network for Innovation in Ceramics',
        theme: 'Ceramics and urban regeneration',
        start: '2009-03-01',
        end: '2012-06-30',
        lead: 'limoges',
        cities: ['stoke-on-trent', 'limoges'],
        summary: 'Ceramics cities working together.',
        url: 'https://example.org/unic',
      },
    ],
    practices: [
      {
        id: 'kiln-trail',
        title: 'Kiln trail',
        summary: 'A walking route past every surviving kiln.',
        city: 'stoke-on-trent',
        topics: ['heritage'],
      },
    ],
    activities: [
      activity('a1', ago(5 * HOUR), 'news'),
      activity('a2', ago(2 * DAY + HOUR), 'report'),
      activity('a3', ago(3 * DAY + HOUR), 'article'),
      activity('a4', '2024-03-14', 'article'),
    ],
    events: [
      {
        id: 'e1',
        title: 'Glaze talk',
        start: '2026-12-03T18:00',
        end: '2026-12-03T19:30',
        city: 'stoke-on-trent',
        url: 'https://example.org/events/glaze',
      },
      {
        id: 'e2',
        title: 'Porcelain exchange in Limoges',
        start: '2026-12-03T10:00',
        end: '2026-12-03T12:00',
        timeZone: 'Europe/Paris',
        city: 'stoke-on-trent',
      },
    ],
  };
}

function activity(id: string, published: string, type: string) {
  return {
    id,
    title: `Kiln news ${id}`,
    summary: 'A short summary in English.',
    published,
    type,
    city: 'stoke-on-trent',
    url: `https://example.org/news/${id}`,
  };
}

/** Every string in the feed, so a text can be told to be feed text. */
export function feedStrings(feed: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(feed);
  return found;
}

/** The language a node is exposed in: the nearest `lang`, through shadow roots. */
export function langOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      const lang = current.getAttribute('lang')!;
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return document.documentElement.lang;
}

export interface Label {
  text: string;
  lang: string;
  where: string;
}

const describe = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${
    el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''
  }>`;

/**
 * Every visible or spoken text in a widget and the widgets inside it: text
 * nodes (not in <style>) and aria-label / title values, each with its language.
 */
export function labels(root: Element): Label[] {
  const out: Label[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (text && parent && parent.localName !== 'style') {
        out.push({ text, lang: langOf(node), where: describe(parent) });
      }
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title']) {
        const value = node.getAttribute(name)?.trim();
        if (value)
          out.push({ text: value, lang: langOf(node), where: `${describe(node)}[${name}]` });
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  if (root.shadowRoot) root.shadowRoot.childNodes.forEach(visit);
  return out;
}

export const TAGS = ['network-card', 'activity-feed', 'events-calendar', 'city-profile'] as const;

/** Mounts one widget with the English feed in a page section of language `pageLang`. */
export async function mountIn(
  tag: (typeof TAGS)[number],
  pageLang: string,
  feed: unknown = englishFeed(),
): Promise<CivicElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${pageLang}></div>`);
  const el = document.createElement(tag) as CivicElement;
  el.setAttribute('month', '2026-12');
  el.setAttribute('city', 'stoke-on-trent');
  el.setAttribute('time-zone', 'Europe/London');
  el.feed = feed;
  wrapper.append(el);
  await settled(el);
  await nestedSettled(el);
  return el;
}

export async function nestedSettled(el: Element): Promise<void> {
  const nested = [
    ...(el.shadowRoot?.querySelectorAll<CivicElement>(
      'network-card, activity-feed, events-calendar',
    ) ?? []),
  ];
  await Promise.all(nested.map((child) => settled(child)));
  await Promise.all(nested.map((child) => child.updateComplete));
}
