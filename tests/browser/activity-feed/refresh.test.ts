import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, mount, requestCount, text } from '../helpers/mount.js';
import {
  activity,
  announced,
  chip,
  daysAgo,
  describeNode,
  focused,
  has,
  items,
  sampleFeed,
  shownIds,
} from './feeds.js';

/** The sample feed with extra activities, as a later poll of the same feed would bring. */
function withNew(...extra: ReturnType<typeof activity>[]) {
  const feed = sampleFeed();
  feed.activities.push(...extra);
  return feed;
}

const newIds = (el: ActivityFeed) =>
  items(el)
    .filter((li) => li.part.contains('new'))
    .map((li) => li.querySelector('a')!.href.split('/').pop());

async function refreshWith(el: ActivityFeed, feed: unknown, until: () => boolean) {
  el.feed = feed;
  await waitUntil(until, 'the new data never showed');
  await el.updateComplete;
}

describe('<activity-feed>: new activities after a refresh', () => {
  it('announces nothing and marks nothing on the first load', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(announced(el)).to.equal('');
    expect(newIds(el)).to.deep.equal([]);
    expect(has(el.shadowRoot!, '[part=new]')).to.equal(false);
  });

  it('announces the new ones politely, in a visually hidden region', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    await refreshWith(
      el,
      withNew(activity('fresh-1', daysAgo(0.01)), activity('fresh-2', daysAgo(0.02))),
      () => shownIds(el).includes('fresh-1'),
    );
    const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    expect(announced(el)).to.equal('2 new activities');
  });

  it('marks the new ones, and only them, with a visible "New" label', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    await refreshWith(el, withNew(activity('fresh-1', daysAgo(0.01))), () =>
      shownIds(el).includes('fresh-1'),
    );
    expect(newIds(el)).to.deep.equal(['fresh-1']);
    expect(announced(el)).to.equal('1 new activity');
    const label = items(el)[0].querySelector('[part=new]')!;
    expect(label.textContent).to.equal('New');
    expect(label.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(items(el)[0]).borderInlineStartWidth).to.equal('4px');
    await expectAccessible(el);
  });

  it('announces nothing when a refresh brings the same ids, even with edited text', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    const edited = sampleFeed();
    edited.activities[4].title = 'Edited title';
    await refreshWith(el, edited, () => text(el).includes('Edited title'));
    expect(announced(el)).to.equal('');
    expect(newIds(el)).to.deep.equal([]);
  });

  it('announces again when a later refresh brings the same number of new ones', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    await refreshWith(el, withNew(activity('fresh-1', daysAgo(0.01))), () =>
      shownIds(el).includes('fresh-1'),
    );
    const first = el.shadowRoot!.querySelector('[aria-live=polite] span');
    await refreshWith(
      el,
      withNew(activity('fresh-1', daysAgo(0.01)), activity('fresh-2', daysAgo(0.005))),
      () => shownIds(el).includes('fresh-2'),
    );
    const second = el.shadowRoot!.querySelector('[aria-live=polite] span');
    expect(announced(el)).to.equal('1 new activity');
    expect(second !== first, 'the announcement node was re-created').to.equal(true);
    expect(newIds(el)).to.deep.equal(['fresh-2']);
  });

  it('counts only the new activities the reader’s filter shows', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    chip(el, 'Report').click();
    await el.updateComplete;
    await refreshWith(
      el,
      withNew(
        activity('fresh-news', daysAgo(0.01), { type: 'news' }),
        activity('fresh-report', daysAgo(0.01), { type: 'report' }),
      ),
      () => shownIds(el).includes('fresh-report'),
    );
    expect(announced(el)).to.equal('1 new activity');
    chip(el, 'All').click();
    await el.updateComplete;
    expect(newIds(el)).to.have.members(['fresh-news', 'fresh-report']);
  });

  it('keeps every item the reader had, Show more included, when new ones arrive on top', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="3" .feed=${sampleFeed()}></activity-feed>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
    await el.updateComplete;
    const before = shownIds(el);
    expect(before.length).to.equal(6);
    await refreshWith(
      el,
      withNew(activity('fresh-1', daysAgo(0.01)), activity('fresh-2', daysAgo(0.02))),
      () => shownIds(el).includes('fresh-1'),
    );
    expect(shownIds(el)).to.deep.equal(['fresh-1', 'fresh-2', ...before]);
    expect(text(el, '[part=status]')).to.equal('Showing 8 of 10');
  });

  it('leaves focus where it was when new activities arrive', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="3" .feed=${sampleFeed()}></activity-feed>`,
    );
    const link = items(el)[2].querySelector('a')!;
    link.focus();
    await refreshWith(el, withNew(activity('fresh-1', daysAgo(0.01))), () =>
      shownIds(el).includes('fresh-1'),
    );
    expect(focused(el)).to.equal(describeNode(link));
    expect(link.isConnected).to.equal(true);
    expect(items(el)[3].querySelector('a') === link).to.equal(true);
  });

  it('treats another feed (a new src) as a first load', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed src=${feedUrl('unic/stoke-on-trent.json')}></activity-feed>`,
    );
    expect(items(el).length).to.equal(5);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.src = feedUrl('states/activity-partial.json');
      await waitUntil(() => text(el).includes('Kiln opening'), 'the second feed never showed');
    } finally {
      console.warn = warn;
    }
    expect(announced(el)).to.equal('');
    expect(newIds(el)).to.deep.equal([]);
  });

  it('asks the server again every `refresh` seconds and announces nothing when the ids have not changed', async () => {
    const url = feedUrl('unic/stoke-on-trent.json');
    const el = await mount<ActivityFeed>(
      html`<activity-feed refresh="1" src=${url}></activity-feed>`,
    );
    expect(el.refresh).to.equal(1);
    await waitUntil(async () => (await requestCount(url)) >= 2, 'no second request', {
      timeout: 5000,
    });
    // The next load is this second answer or a later one: the same ids either way.
    await oneEvent(el, 'civic-feed-load');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(announced(el)).to.equal('');
    expect(has(el.shadowRoot!, '[part=new]')).to.equal(false);
    el.refresh = 0;
  });
});
