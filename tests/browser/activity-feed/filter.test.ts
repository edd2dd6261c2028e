import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount, text } from '../helpers/mount.js';
import {
  activity,
  announced,
  chip,
  chips,
  daysAgo,
  describeNode,
  focused,
  has,
  items,
  manyFeed,
  sampleFeed,
  shownIds,
} from './feeds.js';

const label = (button: Element) => button.textContent.replace(/\s+/g, ' ').trim();
const pressed = (el: ActivityFeed) =>
  chips(el)
    .filter((c) => c.getAttribute('aria-pressed') === 'true')
    .map((c) => label(c).replace(/ \(\d+\)$/, ''));

describe('<activity-feed>: filter by type', () => {
  it('offers toggle buttons in a labelled group: All first, the known types in order, then other words, with counts', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    const group = el.shadowRoot!.querySelector('[part=filters]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(
      el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent,
    ).to.equal('Filter by type');
    expect(chips(el).map(label)).to.deep.equal([
      'All (8)',
      'Article (3)',
      'News (2)',
      'Report (1)',
      'Video (1)',
      'Exhibition (1)',
    ]);
    expect(chips(el).every((c) => c.localName === 'button' && c.type === 'button')).to.equal(true);
    expect(pressed(el)).to.deep.equal(['All']);
  });

  it('shows only the chosen type, presses its chip, releases All and says how many are shown', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    chip(el, 'News').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['news-2d', 'news-40d']);
    expect(pressed(el)).to.deep.equal(['News']);
    expect(chip(el, 'News').getAttribute('part')).to.equal('filter pressed');
    expect(text(el, '[part=status]')).to.equal('Showing 2 of 2');
    await expectAccessible(el);
  });

  it('combines several types, and a second press turns a type off', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="20" .feed=${sampleFeed()}></activity-feed>`,
    );
    chip(el, 'News').click();
    chip(el, 'Report').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['news-2d', 'news-40d', 'report-old']);
    chip(el, 'News').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['report-old']);
    expect(pressed(el)).to.deep.equal(['Report']);
  });

  it('goes back to everything with All', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    chip(el, 'Video').click();
    await el.updateComplete;
    chip(el, 'All').click();
    await el.updateComplete;
    expect(items(el).length).to.equal(5);
    expect(pressed(el)).to.deep.equal(['All']);
  });

  it('emits a bubbling, composed civic-filter-change with the chosen types in chip order', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    setTimeout(() => chip(el, 'Exhibition').click());
    const first = await oneEvent<HTMLElementEventMap['civic-filter-change']>(
      document,
      'civic-filter-change',
    );
    expect(first.detail).to.deep.equal({ types: ['exhibition'] });
    expect(first.composed).to.equal(true);
    setTimeout(() => chip(el, 'Article').click());
    expect(
      (await oneEvent<HTMLElementEventMap['civic-filter-change']>(el, 'civic-filter-change')).detail
        .types,
    ).to.deep.equal(['article', 'exhibition']);
    setTimeout(() => chip(el, 'All').click());
    expect(
      (await oneEvent<HTMLElementEventMap['civic-filter-change']>(el, 'civic-filter-change')).detail
        .types,
    ).to.deep.equal([]);
  });

  it('does not emit when All is pressed while nothing is chosen', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    let count = 0;
    el.addEventListener('civic-filter-change', () => (count += 1));
    chip(el, 'All').click();
    await el.updateComplete;
    expect(count).to.equal(0);
  });

  it('works from the keyboard: Tab reaches each chip, Space and Enter toggle, focus stays on the chip', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    chips(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(describeNode(chip(el, 'Article')));
    await sendKeys({ press: 'Tab' });
    const news = chip(el, 'News');
    expect(focused(el)).to.equal(describeNode(news));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['news-2d', 'news-40d']);
    expect(focused(el)).to.equal(describeNode(news));
    expect(news.matches(':focus-visible')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(news.getAttribute('aria-pressed')).to.equal('false');
    expect(focused(el)).to.equal(describeNode(news));
  });

  it('announces the result politely', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(announced(el)).to.equal('');
    chip(el, 'Article').click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Showing 3 of 3');
    const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(region.classList.contains('visually-hidden')).to.equal(true);
  });

  it('starts again from `limit` items after a change of filter', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="2" .feed=${manyFeed(30)}></activity-feed>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(4);
    chip(el, 'Report').click();
    await el.updateComplete;
    expect(items(el).length).to.equal(2);
    expect(text(el, '[part=status]')).to.equal('Showing 2 of 10');
  });

  it('says when the chosen type has nothing left, and keeps that chip so it can be turned off', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    chip(el, 'Video').click();
    await el.updateComplete;
    const feed = sampleFeed();
    feed.activities = feed.activities.filter((a) => a.type !== 'video');
    el.feed = feed;
    await waitUntil(
      () => text(el).includes('No activities of this type.'),
      'no empty-type message',
    );
    expect(has(el.shadowRoot!, '[part=list]')).to.equal(false);
    expect(label(chip(el, 'Video'))).to.equal('Video (0)');
    expect(chip(el, 'Video').getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(el);
    chip(el, 'Video').click();
    await el.updateComplete;
    expect(items(el).length).to.equal(5);
  });

  it('offers no chips when every activity is of one type', async () => {
    const feed = {
      version: 1,
      activities: [activity('a', daysAgo(1), { type: 'news' }), activity('b', daysAgo(2))],
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(has(el.shadowRoot!, '[part=filters]')).to.equal(false);
  });

  it('keeps untyped activities under All only', async () => {
    const feed = {
      version: 1,
      activities: [
        activity('a', daysAgo(1), { type: 'news' }),
        activity('b', daysAgo(2), { type: 'report' }),
        activity('c', daysAgo(3)),
      ],
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(chips(el).map(label)).to.deep.equal(['All (3)', 'News (1)', 'Report (1)']);
    chip(el, 'News').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['a']);
  });
});
