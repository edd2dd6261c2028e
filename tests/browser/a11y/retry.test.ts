/*
 * WCAG 2.4.3 and 4.1.3 after "Try again", and honest error states (issue
 * 13, item 8): focus goes to the loaded widget's heading instead of
 * dropping to the page, the success is announced, and failures that
 * retrying cannot cure name the publisher and the detail instead of
 * offering "Try again". The error has a heading in every widget.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getFeedOptions, setFeedOptions } from '../../../src/feed/loader.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { translator } from '../../../src/shared/i18n.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, settled } from '../helpers/mount.js';
import { nestedSettled, TAGS } from './fixtures.js';

const t = translator('en');
const FILE = 'unic/hub.json';

async function mountFailing(tag: string, src: string): Promise<CivicElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  const el = document.createElement(tag) as CivicElement;
  el.setAttribute('city', 'stoke-on-trent');
  el.setAttribute('month', '2026-12');
  el.setAttribute('src', src);
  wrapper.append(el);
  return settled(el);
}

const status = (el: CivicElement) =>
  [...el.shadowRoot!.querySelectorAll('[role=status]')].map((s) => s.textContent.trim()).join(' ');

const defaults = { ...getFeedOptions() };
before(() => setFeedOptions({ retryDelay: 1 }));
after(() => setFeedOptions(defaults));

describe('after "Try again"', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: focus moves to the widget's heading, and "Loaded." is announced`, async () => {
      // Three 503s: the loader's own two retries fail, the reader's Retry works.
      const el = await mountFailing(tag, feedUrl(FILE, { failTimes: 3 }));
      expect(el.state).to.equal('error');
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!;
      retry.focus();
      retry.click();
      await waitUntil(() => el.state === 'ready', 'Retry did not load the feed', {
        timeout: 10_000,
      });
      await el.updateComplete;
      await nestedSettled(el);
      expect(document.activeElement, 'focus left the widget').to.equal(el);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.matches('h1, h2, h3, h4, h5, h6, [role=heading]'), focused.outerHTML).to.equal(
        true,
      );
      expect(status(el)).to.contain(t('retryDone'));
      await expectAccessible(el);
    });
  }

  it('leaves focus alone when the reader has moved on before the data came', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`);
    const el = await mountFailing('network-card', feedUrl(FILE, { failTimes: 3, delay: 300 }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    outside.focus();
    await waitUntil(() => el.state === 'ready', 'Retry did not load the feed', { timeout: 10_000 });
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });
});

describe('errors that retrying cannot fix', () => {
  for (const [what, src, detail] of [
    ['404', feedUrl(FILE, { status: 404 }), /404/],
    ['not JSON', feedUrl('states/not-json.json'), /JSON/i],
    ['a newer format version', feedUrl('states/version-2.json'), /version/i],
  ] as const) {
    for (const tag of TAGS) {
      it(`<${tag}>, ${what}: a heading, "the publisher needs to fix it" with the detail, no "Try again"`, async () => {
        const el = await mountFailing(tag, src);
        expect(el.state).to.equal('error');
        const box = el.shadowRoot!.querySelector('[part~=error]')!;
        const title = box.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
        expect(title, 'the error has no heading').to.not.equal(null);
        expect(box.textContent).to.contain(t('errorPublisher'));
        expect(box.querySelector('[part~=retry]')).to.equal(null);
        expect(box.textContent).to.not.contain(t('retry'));
        const shown = box.querySelector('[part=error-detail]')!;
        expect(shown.textContent).to.match(detail);
        // English for the publisher, marked as such on a page in any language.
        expect(shown.getAttribute('lang')).to.equal('en');
        await expectAccessible(el);
      });
    }
  }

  it('a server error still offers "Try again", with a heading', async () => {
    const el = await mountFailing('city-profile', feedUrl(FILE, { status: 500 }));
    const box = el.shadowRoot!.querySelector('[part~=error]')!;
    expect(box.querySelector('h2')!.textContent.trim()).to.equal(t('cityError'));
    expect(box.textContent).to.contain(t('errorServer'));
    expect(box.querySelector('[part~=retry]')!.textContent.trim()).to.equal(t('retry'));
  });
});
