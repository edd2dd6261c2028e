/**
 * Every HTML snippet in the docs, pasted as an editor would, works with the
 * docs' example feed (demo/feeds/example/feed.json): each widget in it shows
 * content, never "No events" or "nothing yet". The feed addresses in the
 * snippets are swapped for the example feed, and the script tags for the
 * sources (the same elements; the embedding tests cover the built file).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { upgradeAll } from '../../../src/define.js';

const DOCS = [
  'README.md',
  'docs/embedding.md',
  'docs/feed-format.md',
  'docs/hubs.md',
  'docs/security.md',
];
const TAGS = 'events-calendar, activity-feed, city-profile, network-card';
const EMPTY = /no events|nothing yet|not found|could not be loaded|no activities/i;
const EXAMPLE_FEED = `${location.origin}/demo/feeds/example/feed.json`;

interface Snippet {
  doc: string;
  html: string;
}

async function snippets(): Promise<Snippet[]> {
  const found: Snippet[] = [];
  for (const doc of DOCS) {
    const text = await (await fetch(`/${doc}`)).text();
    for (const match of text.matchAll(/```html\n([\s\S]*?)```/g))
      found.push({ doc, html: match[1] });
  }
  return found;
}

/** The snippet as DOM, with its feed addresses pointing at the example feed and no script tags. */
function paste(html: string): HTMLElement {
  const box = document.createElement('div');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  for (const element of parsed.body.querySelectorAll(`${TAGS}, [data-civic-widget]`)) {
    for (const name of ['src', 'data-src'])
      if (element.hasAttribute(name)) element.setAttribute(name, EXAMPLE_FEED);
  }
  box.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return box;
}

const shown = (element: Element) =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the snippets in the docs, with the docs’ example feed', () => {
  const realNow = Date.now;
  // The example feed's events are in December 2026: the calendars open on that month.
  before(() => {
    Date.now = () => Date.parse('2026-12-08T12:00:00Z');
  });
  after(() => {
    Date.now = realNow;
  });

  it('there are snippets to check, and every one holds a widget', async () => {
    const all = await snippets();
    expect(all.length).to.be.greaterThan(2);
    for (const { doc, html } of all) {
      expect(html, `${doc}: a snippet without a widget`).to.match(
        /<(events-calendar|activity-feed|city-profile|network-card)\b|data-civic-widget=/,
      );
    }
  });

  it('every widget in every snippet shows content from the example feed', async () => {
    for (const { doc, html } of await snippets()) {
      const box = paste(html);
      document.body.append(box);
      // Markup added after load is converted only on request (as a CMS page's own scripts would).
      await upgradeAll(box);
      try {
        await waitUntil(() => box.querySelector(TAGS), `${doc}: no widget in\n${html}`);
        const widgets = [...box.querySelectorAll(TAGS)];
        await waitUntil(
          () => widgets.every((w) => w.shadowRoot && !w.shadowRoot.querySelector('.skeleton')),
          `${doc}: a widget never finished loading in\n${html}`,
        );
        await waitUntil(() => widgets.every((w) => shown(w).length > 20), `${doc}: empty widget`);
        for (const widget of widgets) {
          expect(shown(widget), `${doc}: <${widget.localName}> in\n${html}`).not.to.match(EMPTY);
        }
      } finally {
        box.remove();
      }
    }
  });
});
