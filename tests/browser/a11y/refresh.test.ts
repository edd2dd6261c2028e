/*
 * WCAG 2.2.2 (Pause, Stop, Hide) when a page sets `refresh`: every widget
 * offers "Pause updates", or (the activity feed) holds new items behind
 * "Show N new activities", so nothing moves under the reader's eyes or focus.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { translator } from '../../../src/shared/i18n.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, requestCount, settled } from '../helpers/mount.js';
import { englishFeed, nestedSettled, TAGS } from './fixtures.js';

const t = translator('en');

/** A mounted widget, with `refresh` and everything else it needs to show data. */
async function mountRefreshing(tag: string, refresh: number, src?: string): Promise<CivicElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  const el = document.createElement(tag) as CivicElement;
  el.setAttribute('city', 'stoke-on-trent');
  el.setAttribute('month', '2026-12');
  el.setAttribute('refresh', String(refresh));
  if (src) el.setAttribute('src', src);
  else el.feed = englishFeed();
  wrapper.append(el);
  await settled(el);
  await nestedSettled(el);
  return el;
}

/** Controls with a part name, in the widget and the widgets inside it. */
function parts(el: Element, name: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(...root.querySelectorAll<HTMLElement>(`[part~=${name}]`));
    root.querySelectorAll('*').forEach((child) => child.shadowRoot && visit(child.shadowRoot));
  };
  visit(el.shadowRoot!);
  return found;
}

describe('automatic updates (refresh)', () => {
  for (const tag of TAGS.filter((tag) => tag !== 'activity-feed')) {
    it(`<${tag} refresh>: one "Pause updates" toggle for the whole widget`, async () => {
      const el = await mountRefreshing(tag, 60);
      const pauses = parts(el, 'pause');
      expect(pauses.length).to.equal(1);
      expect(pauses[0].textContent.trim()).to.equal(t('refreshPause'));
      expect(pauses[0].getAttribute('aria-pressed')).to.equal('false');
      await expectAccessible(el);
    });

    it(`<${tag}> without refresh: no pause control`, async () => {
      const el = await mountRefreshing(tag, 0);
      expect(parts(el, 'pause')).to.deep.equal([]);
    });
  }

  it('"Pause updates" stops the requests, and pressing it again resumes them', async () => {
    const src = feedUrl('unic/hub.json');
    const el = await mountRefreshing('network-card', 1, src);
    const pause = parts(el, 'pause')[0];
    await waitUntil(async () => (await requestCount(src)) >= 2, 'refresh never asked again', {
      timeout: 5000,
    });
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    const paused = await requestCount(src);
    // Two refresh periods with no request.
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(await requestCount(src)).to.equal(paused);
    pause.click();
    await waitUntil(async () => (await requestCount(src)) > paused, 'updates never resumed', {
      timeout: 5000,
    });
  });

  it('<activity-feed refresh>: new activities wait behind "Show 2 new activities"; a focused link does not move', async () => {
    const el = await mountRefreshing('activity-feed', 3600);
    expect(parts(el, 'pause')).to.deep.equal([]);
    const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.list a')[1];
    link.focus();
    const top = link.getBoundingClientRect().top;
    const next = englishFeed();
    const now = Date.now();
    next.activities.push(
      {
        ...next.activities[0],
        id: 'n1',
        title: 'Fresh one',
        published: new Date(now).toISOString(),
      },
      {
        ...next.activities[0],
        id: 'n2',
        title: 'Fresh two',
        published: new Date(now - 1000).toISOString(),
      },
    );
    el.feed = next;
    await waitUntil(() => parts(el, 'show-new').length === 1, 'no "Show new" control appeared');
    expect(link.getBoundingClientRect().top).to.equal(top);
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(el.shadowRoot!.textContent).to.not.contain('Fresh one');
    const show = parts(el, 'show-new')[0];
    expect(show.textContent.trim()).to.equal(t('activitiesShowNew', { count: 2 }));
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent.trim()).to.equal(
      t('activitiesNew', { count: 2 }),
    );
    await expectAccessible(el);
    show.click();
    await waitUntil(() => el.shadowRoot!.textContent.includes('Fresh one'), 'never shown');
    await el.updateComplete;
    await nextFrame();
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.textContent.trim()).to.equal('Fresh one');
    expect(parts(el, 'show-new')).to.deep.equal([]);
  });
});
