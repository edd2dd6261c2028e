/*
 * WCAG 1.4.12 Text spacing. The criterion's own values are set on the host
 * page the way the usual bookmarklet sets them: `*` with !important, which
 * reaches the widget's host element but not the elements inside its shadow
 * root. Spacing gets in there only by inheritance, so each text element is
 * checked for what it renders, against its own font size: line height at
 * least 1.5 times, letter spacing 0.12 times, word spacing 0.16 times. And
 * no text may be lost: a box with text must not be smaller than its text
 * (clipped or spilling out), except a title cut to a line or three whose
 * full text the element still carries (its title attribute or its name).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled } from '../helpers/mount.js';
import { TAGS, englishFeed, nestedSettled } from './fixtures.js';

const SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** The English feed, with a December day of the calendar fuller than a grid cell holds. */
function feed() {
  const base = englishFeed();
  const talk = (id: string, title: string, start: string, extra: object = {}) => ({
    id,
    title,
    start,
    city: 'stoke-on-trent',
    ...extra,
  });
  (base.events as object[]).push(
    talk(
      'e3',
      'Open studios at the Spode works, with tours of the bottle ovens',
      '2026-12-10T10:00',
    ),
    talk('e4', 'Clay for beginners', '2026-12-10T13:00', { status: 'cancelled' }),
    talk('e5', 'Council meeting on the heritage action zone', '2026-12-10T18:00'),
    talk('e6', 'Winter market', '2026-12-10T19:00'),
    talk('e7', 'Ceramics biennial', '2026-12-14', { end: '2026-12-17' }),
  );
  return base;
}

/** Every element of a shadow root and of the widgets nested in it. */
function allElements(root: ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName === 'style') continue;
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

const rendered = (el: HTMLElement) => el.getClientRects().length > 0;
const ownText = (el: HTMLElement) =>
  [...el.childNodes].some((n) => n instanceof Text && n.data.trim() !== '');
/** Hidden on screen and read by screen readers (1 px, clipped): not laid out as text. */
const visuallyHidden = (el: HTMLElement) => {
  const s = getComputedStyle(el);
  return s.position === 'absolute' && parseFloat(s.width) <= 1 && parseFloat(s.height) <= 1;
};
const folded = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The whole text stays available: in the title attribute (a time before it aside) or the name. */
const fullTextKept = (el: HTMLElement) => {
  const text = folded(el.textContent);
  const title = folded(el.getAttribute('title'));
  return (title !== '' && text.endsWith(title)) || folded(el.getAttribute('aria-label')) === text;
};

const where = (el: Element) =>
  `<${el.localName} class="${el.getAttribute('class') ?? ''}"> "${folded(el.textContent).slice(0, 28)}"`;

function spacingProblems(el: HTMLElement): string[] {
  const problems: string[] = [];
  for (const node of allElements(el.shadowRoot!)) {
    if (!ownText(node) || !rendered(node) || visuallyHidden(node)) continue;
    // A hidden glyph with no letter or digit (the arrows "‹ ›") has nothing to space.
    if (node.closest('[aria-hidden=true]') && !/[\p{L}\p{N}]/u.test(node.textContent)) continue;
    const s = getComputedStyle(node);
    const size = parseFloat(s.fontSize);
    const need = (name: string, value: string, factor: number) => {
      if (!(parseFloat(value) >= factor * size - 0.01))
        problems.push(`${where(node)}: ${name} ${value} at font-size ${s.fontSize}`);
    };
    need('line-height', s.lineHeight, 1.5);
    need('letter-spacing', s.letterSpacing, 0.12);
    need('word-spacing', s.wordSpacing, 0.16);
  }
  return problems;
}

function clippingProblems(el: HTMLElement): string[] {
  const problems: string[] = [];
  for (const node of allElements(el.shadowRoot!)) {
    if (!rendered(node) || visuallyHidden(node) || !folded(node.textContent)) continue;
    const s = getComputedStyle(node);
    if (s.display === 'inline' || s.display === 'contents') continue;
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    const clips = hides(s.overflowX) || hides(s.overflowY);
    // Text taller than its box: clipped when the box hides overflow, else spilling over what follows.
    const tall = node.scrollHeight > node.clientHeight + 1;
    const wide = clips && node.scrollWidth > node.clientWidth + 1;
    if ((tall || wide) && !(clips && fullTextKept(node)))
      problems.push(
        `${where(node)}: content ${node.scrollWidth}×${node.scrollHeight} in a box ${node.clientWidth}×${node.clientHeight}`,
      );
  }
  return problems;
}

async function mountAt(tag: string, width: number, view?: string): Promise<CivicElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = 'en-GB';
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  const el = document.createElement(tag) as CivicElement;
  el.setAttribute('month', '2026-12');
  el.setAttribute('city', 'stoke-on-trent');
  el.setAttribute('time-zone', 'Europe/London');
  if (view) el.setAttribute('view', view);
  el.feed = feed();
  wrapper.append(el);
  await settled(el);
  await nestedSettled(el);
  return el;
}

interface Case {
  tag: string;
  width: number;
  view?: string;
  /** What must be on screen for the check to cover it. */
  shows: string[];
}
const SHOWS: Record<string, Record<number, string[]>> = {
  'events-calendar': {
    1280: ['.grid .number', '.titles .title', '.titles .more', '.day-heading', '.view-button'],
    320: ['.agenda .day-heading', '.agenda .event-title', '.status'],
  },
  'activity-feed': { 320: ['.chip'], 1280: ['.chip'] },
};
const CASES: Case[] = [
  ...[1280, 320].flatMap((width) =>
    TAGS.map((tag) => ({ tag, width, shows: SHOWS[tag]?.[width] ?? [] })),
  ),
  // The grid's counts: in words at a medium width, a dot and a number in a sidebar.
  { tag: 'events-calendar', width: 600, view: 'month', shows: ['.count .long', '.number'] },
  { tag: 'events-calendar', width: 320, view: 'month', shows: ['.count .short', '.number'] },
];

describe('text spacing from the page (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = SPACING;
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    for (const wrapper of document.body.querySelectorAll('div[lang="en-GB"]')) wrapper.remove();
  });

  it('the check finds text clipped by a fixed box, and lets a clamped title with its full text pass', () => {
    const host = document.createElement('div');
    host.lang = 'en-GB';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p style="height: 1em; overflow: hidden">Two words</p>
      <span style="display: block; width: 3em; overflow: hidden; white-space: nowrap" title="A long title">A long title</span>`;
    const problems = clippingProblems(host);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^<p class=""> "Two words": content \d+×24 in a box \d+×16$/);
  });

  for (const { tag, width, view, shows } of CASES) {
    const name = `<${tag}${view ? ` view="${view}"` : ''}> at ${width} px`;
    it(`${name}: every text spaced as the reader asks, none lost`, async () => {
      const el = await mountAt(tag, width, view);
      for (const selector of shows) {
        await waitUntil(
          () => allElements(el.shadowRoot!).some((n) => n.matches(selector) && rendered(n)),
          `${name} shows no ${selector}`,
        );
      }
      await el.updateComplete;
      const texts = allElements(el.shadowRoot!).filter((n) => ownText(n) && rendered(n));
      expect(texts.length).to.be.greaterThan(3);
      expect([...spacingProblems(el), ...clippingProblems(el)]).to.deep.equal([]);
      await expectAccessible(el);
    });
  }
});
