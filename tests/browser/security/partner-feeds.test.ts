/**
 * Issue 15, item 7: one partner feed of junk in a merged `src` list. 60,000 junk records (180 KB)
 * blanked the widget, the good feeds' records included, and blamed the resident's internet
 * connection. Now its problems are reported (the first ones, then a count), its good records are
 * kept up to the record cap, the other feeds are shown, and an error names the right cause.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../../src/feed/feed-controller.js';
import {
  loadFeeds,
  MAX_PROBLEMS_PER_FEED,
  MAX_RECORDS_PER_LIST,
} from '../../../src/feed/loader.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, settled, text } from '../helpers/mount.js';

const NETWORK_MESSAGE = 'Check your internet connection, then try again.';

interface Loaded {
  el: CivicElement;
  loads: FeedLoadDetail[];
  errors: FeedErrorDetail[];
}

async function mountActivityFeed(src: string): Promise<Loaded> {
  const loads: FeedLoadDetail[] = [];
  const errors: FeedErrorDetail[] = [];
  const el = await fixture<CivicElement>(
    html`<activity-feed
      src=${src}
      @civic-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)}
      @civic-feed-error=${(e: CustomEvent<FeedErrorDetail>) => errors.push(e.detail)}
    ></activity-feed>`,
  );
  await settled(el, 30_000);
  return { el, loads, errors };
}

describe('a junk partner feed in a merged src list', () => {
  it('60,000 junk records (180 KB) beside a good feed: both feeds shown, problems reported', async () => {
    const good = feedUrl('unic/limoges.json');
    const junk = feedUrl('unic/delft.json', { junk: 60_000 });
    const { el, loads, errors } = await mountActivityFeed(`${good} ${junk}`);
    expect(errors, 'no error event').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    expect(el.state).to.equal('ready');
    expect(text(el)).not.to.contain(NETWORK_MESSAGE);
    const junkSource = new URL(junk, location.href).href;
    // The junk is 60,000 events: the list checked what it shows (activities) before its first
    // render, and the events when the page was idle; their problems came with the whole feed.
    expect(loads[0].problems.filter((p) => p.source === junkSource)).to.deep.equal([]);
    const whole = () =>
      (el as unknown as { data: { value: { problems: FeedLoadDetail['problems'] } } }).data.value
        .problems;
    await waitUntil(
      () => whole().some((p) => p.source === junkSource),
      'the junk events were never checked',
      { timeout: 30_000 },
    );
    const fromJunk = whole().filter((p) => p.source === junkSource);
    // The first problems in full, then one that counts the rest: 3 per junk record.
    expect(fromJunk.length).to.equal(MAX_PROBLEMS_PER_FEED + 1);
    expect(fromJunk.at(-1)!.message).to.match(
      /and 179,\d{3} more problems in this feed; run "civic-feed validate" on it for the full list/,
    );
    const ids = (
      el as unknown as { data: { value: { feed: { activities: { id: string }[] } } } }
    ).data.value.feed.activities.map((a) => a.id);
    expect(ids.some((id) => id.startsWith('limoges/'))).to.equal(true);
    expect(ids.some((id) => id.startsWith('delft/'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part~=item]').length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('a feed with more records than the cap keeps the first 10,000 of each list and says so', async () => {
    const big = new URL(
      feedUrl('unic/delft.json', { events: MAX_RECORDS_PER_LIST + 500 }),
      location.href,
    ).href;
    const good = new URL(feedUrl('unic/limoges.json'), location.href).href;
    const loaded = await loadFeeds([big, good], new AbortController().signal);
    const events = loaded.feed.events;
    expect(events.filter((e) => e.id.startsWith('delft/') || /^e\d+$/.test(e.id)).length).to.equal(
      MAX_RECORDS_PER_LIST,
    );
    expect(events.some((e) => e.id.startsWith('limoges/'))).to.equal(true);
    const capped = loaded.problems.find((p) => p.source === big && p.path === 'events');
    expect(capped?.message).to.match(
      /10,537 valid events; only the first 10,000 of each list are read \(537 left out\)/,
    );
  });

  it('an error that is not the network does not blame the internet connection', async () => {
    const errors: FeedErrorDetail[] = [];
    // A feed object whose reading throws: a fault in the page's data, not the network.
    const hostile = new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'version') throw new Error('boom');
          return undefined;
        },
      },
    );
    const el = await fixture<CivicElement & { feed: unknown }>(
      html`<activity-feed
        .feed=${hostile}
        @civic-feed-error=${(e: CustomEvent<FeedErrorDetail>) => errors.push(e.detail)}
      ></activity-feed>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(errors[0].error.kind).not.to.equal('network');
    expect(text(el)).not.to.contain(NETWORK_MESSAGE);
    await expectAccessible(el);
  });
});
