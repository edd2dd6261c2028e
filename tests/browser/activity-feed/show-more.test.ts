import { expect, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount, text } from '../helpers/mount.js';
import { describeNode, focused, has, items, manyFeed } from './feeds.js';

const more = (el: ActivityFeed) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]');

describe('<activity-feed>: Show more', () => {
  it('says how many of how many are shown, and describes the button with it', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${manyFeed(12)}></activity-feed>`,
    );
    expect(text(el, '[part=status]')).to.equal('Showing 5 of 12');
    expect(more(el)!.textContent.trim()).to.equal('Show more');
    expect(more(el)!.getAttribute('aria-describedby')).to.equal('status');
    expect(el.shadowRoot!.getElementById('status')!.getAttribute('part')).to.equal('status');
  });

  it('adds `limit` more and moves focus to the first new item’s link', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="4" .feed=${manyFeed(12)}></activity-feed>`,
    );
    more(el)!.click();
    await el.updateComplete;
    // Focus moves in the next frame, with the frame's own layout.
    await nextFrame();
    expect(items(el).length).to.equal(8);
    const fifth = items(el)[4].querySelector('a')!;
    expect(fifth.textContent).to.equal('Activity 4');
    expect(focused(el)).to.equal(describeNode(fifth));
    expect(document.activeElement === el, describeNode(document.activeElement)).to.equal(true);
    expect(text(el, '[part=status]')).to.equal('Showing 8 of 12');
  });

  it('works from the keyboard, and the focused link shows a focus ring', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="3" .feed=${manyFeed(12)}></activity-feed>`,
    );
    more(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    const fourth = items(el)[3].querySelector('a')!;
    expect(focused(el)).to.equal(describeNode(fourth));
    expect(fourth.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(fourth).outlineStyle).to.equal('solid');
  });

  it('focuses the item itself when the first new item has no link', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed
        limit="2"
        .feed=${manyFeed(6, (i) => (i === 2 ? { url: undefined } : {}))}
      ></activity-feed>`,
    );
    more(el)!.click();
    await el.updateComplete;
    await nextFrame();
    const third = items(el)[2];
    expect(third.getAttribute('tabindex')).to.equal('-1');
    expect(focused(el)).to.equal(describeNode(third));
  });

  it('disappears once everything is shown, and the status says so', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="5" .feed=${manyFeed(12)}></activity-feed>`,
    );
    more(el)!.click();
    await el.updateComplete;
    expect(has(el.shadowRoot!, '[part=more]')).to.equal(true);
    more(el)!.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(12);
    expect(has(el.shadowRoot!, '[part=more]')).to.equal(false);
    expect(text(el, '[part=status]')).to.equal('Showing 12 of 12');
    await nextFrame();
    expect(focused(el)).to.equal(describeNode(items(el)[10].querySelector('a')));
  });

  it('is not offered when everything fits in `limit`', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="5" .feed=${manyFeed(5)}></activity-feed>`,
    );
    expect(has(el.shadowRoot!, '[part=more]')).to.equal(false);
    expect(text(el, '[part=status]')).to.equal('Showing 5 of 5');
  });

  it('passes axe after showing more', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${manyFeed(12)}></activity-feed>`,
    );
    more(el)!.click();
    await el.updateComplete;
    await expectAccessible(el);
  });
});
