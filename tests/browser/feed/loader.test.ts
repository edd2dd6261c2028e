import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import {
  clearFeedCache,
  getFeedOptions,
  loadFeed,
  loadFeeds,
  setFeedOptions,
} from '../../../src/feed/loader.js';
import '../../../src/widgets/network-card/define.js';
import type { NetworkCard } from '../../../src/widgets/network-card/network-card.js';
import { feedUrl, mount, requestCount, serverStats, settled, text } from '../helpers/mount.js';

const CITY = 'unic/stoke-on-trent.json';
const NETWORK = 'unic/network.json';
const abs = (url: string) => new URL(url, location.href).href;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('feed loader', () => {
  const defaults = { ...getFeedOptions() };
  beforeEach(() => setFeedOptions({ retryDelay: 20 }));
  afterEach(() => {
    setFeedOptions(defaults);
    clearFeedCache();
  });

  it('makes one request for many widgets on the same feed', async () => {
    const src = feedUrl(CITY, { delay: 100 });
    const wrapper = await fixture(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<network-card src=${src}></network-card>`)}</div>`,
    );
    const cards = [...wrapper.querySelectorAll<NetworkCard>('network-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(cards.every((card) => card.state === 'ready')).to.equal(true);
    expect(await requestCount(src)).to.equal(1);
  });

  it('shares requests with a second copy of the library on the page', async () => {
    const url = abs(feedUrl(CITY, { delay: 100 }));
    // The same module under another URL is a second, independent module instance.
    const secondCopy = '/src/feed/loader.ts?second-copy';
    const copy = (await import(secondCopy)) as typeof import('../../../src/feed/loader.js');
    expect(copy.loadFeed).not.to.equal(loadFeed);
    const [a, b] = await Promise.all([
      loadFeed(url, new AbortController().signal),
      copy.loadFeed(url, new AbortController().signal),
    ]);
    expect(a).to.equal(b);
    expect(await requestCount(url)).to.equal(1);
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    const url = abs(feedUrl(CITY, { failTimes: 2 }));
    const result = await loadFeed(url, new AbortController().signal);
    expect(result.feed?.cities[0].id).to.equal('stoke-on-trent');
    expect(await requestCount(url)).to.equal(3);
  });

  it('gives up after two retries with an HTTP error naming the status', async () => {
    const url = abs(feedUrl(CITY, { status: 500 }));
    const error = await failure(loadFeed(url, new AbortController().signal));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.detail).to.contain('500');
    expect(await requestCount(url)).to.equal(3);
  });

  it('does not retry a 404', async () => {
    const url = abs(feedUrl(CITY, { status: 404 }));
    const error = await failure(loadFeed(url, new AbortController().signal));
    expect(error.detail).to.contain('check the address');
    expect(await requestCount(url)).to.equal(1);
  });

  it('times out a server that never answers', async () => {
    setFeedOptions({ timeout: 300, retries: 0 });
    const url = abs(feedUrl(CITY, { hang: 1 }));
    const error = await failure(loadFeed(url, new AbortController().signal));
    expect(error.kind).to.equal('timeout');
    expect(error.detail).to.contain('0.3 s');
  });

  it('refuses a body over the size cap with a clear message', async () => {
    setFeedOptions({ maxBytes: 2000 });
    const error = await failure(loadFeed(abs(feedUrl(CITY)), new AbortController().signal));
    expect(error.kind).to.equal('too-large');
    expect(error.detail).to.match(/larger than the .* limit/);
  });

  it('reports truncated JSON, an HTML page and a newer version as typed errors', async () => {
    const notJson = await failure(
      loadFeed(abs(feedUrl(CITY, { truncate: 1 })), new AbortController().signal),
    );
    expect(notJson.kind).to.equal('not-json');
    const page = await failure(
      loadFeed(
        abs(feedUrl('states/not-json.json', { type: 'text/html' })),
        new AbortController().signal,
      ),
    );
    expect(page.kind).to.equal('not-json');
    expect(page.detail).to.contain('looks like an HTML page');
    const newer = await failure(
      loadFeed(abs(feedUrl('states/version-2.json')), new AbortController().signal),
    );
    expect(newer.kind).to.equal('version');
  });

  it('keeps the request alive while one caller still wants it, and aborts it when the last leaves', async () => {
    const url = abs(feedUrl(CITY, { delay: 400 }));
    const first = new AbortController();
    const second = new AbortController();
    const a = loadFeed(url, first.signal);
    const b = loadFeed(url, second.signal);
    first.abort();
    expect((await failure(a)).name).to.equal('AbortError');
    const result = await b;
    expect(result.feed).not.to.equal(null);

    const lonely = abs(feedUrl(CITY, { delay: 400 }));
    const only = new AbortController();
    const c = loadFeed(lonely, only.signal);
    await new Promise((r) => setTimeout(r, 50));
    only.abort();
    await failure(c);
    await waitUntil(
      async () => (await serverStats(lonely)).aborted === 1,
      'the server saw no abort',
    );
  });

  it('merges several sources and reports one that fails without losing the others', async () => {
    const good = abs(feedUrl(CITY));
    const bad = abs(feedUrl(CITY, { status: 404 }));
    const result = await loadFeeds([good, bad], new AbortController().signal);
    expect(result.feed.cities.map((c) => c.id)).to.deep.equal(['stoke-on-trent']);
    expect(result.failed.map((e) => e.url)).to.deep.equal([bad]);
    expect(result.problems.some((p) => p.source === bad)).to.equal(true);
  });
});

describe('feed controller in a widget', () => {
  afterEach(() => clearFeedCache());

  it('fires civic-feed-load with the feed’s problems, and warns once in the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = document.createElement('network-card');
      el.src = feedUrl('states/partial.json');
      const loaded = oneEvent<HTMLElementEventMap['civic-feed-load']>(el, 'civic-feed-load');
      document.body.append(el);
      const event = await loaded;
      // The card's load event lists the problems in what it shows (networks and cities): none
      // here. The feed's other records are checked when the page is idle.
      expect(event.detail.problems).to.deep.equal([]);
      const second = document.createElement('network-card');
      second.src = el.src;
      document.body.append(second);
      await settled(second);
      await waitUntil(() => warnings.length > 0, 'no warning once the whole feed was checked');
      await new Promise((resolve) => setTimeout(resolve, 50));
      // One warning for both cards, with every problem of the feed.
      expect(warnings.filter((w) => w.includes('problem')).length).to.equal(1);
      expect(warnings[0]).to.contain('valid records are shown');
      expect(warnings[0]).to.contain('events[3].title');
      expect(warnings[0]).to.contain('activities[2].url');
      el.remove();
      second.remove();
    } finally {
      console.warn = original;
    }
  });

  it('fires civic-feed-error, and Retry loads the feed once the server recovers', async () => {
    const src = feedUrl(NETWORK, { failTimes: 3 });
    setFeedOptions({ retryDelay: 10 });
    const el = document.createElement('network-card');
    el.src = src;
    const failed = oneEvent<HTMLElementEventMap['civic-feed-error']>(el, 'civic-feed-error');
    document.body.append(el);
    expect((await failed).detail.error.kind).to.equal('http');
    await settled(el);
    expect(el.state).to.equal('error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await waitUntil(() => el.state === 'ready', 'Retry did not load');
    await el.updateComplete;
    expect(text(el, 'h2')).to.contain('UNIC');
    el.remove();
  });

  it('keeps the last good data on screen when a refresh fails', async () => {
    const src = feedUrl(NETWORK, { failAfter: 1 });
    setFeedOptions({ retries: 0 });
    const el = await mount<NetworkCard>(html`<network-card refresh="1" src=${src}></network-card>`);
    expect(el.state).to.equal('ready');
    const failed = await oneEvent<HTMLElementEventMap['civic-feed-error']>(el, 'civic-feed-error');
    expect(failed.detail.stale).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(el, 'h2')).to.contain('UNIC');
    expect(text(el, '[part=notice]')).to.contain('Could not update');
    el.remove();
  });

  it('aborts the request when the widget leaves the page', async () => {
    const src = feedUrl(NETWORK, { delay: 1500 });
    const el = await fixture<NetworkCard>(html`<network-card src=${src}></network-card>`);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await waitUntil(
      async () => (await serverStats(src)).aborted === 1,
      'the request was not aborted',
    );
  });

  it('does not abort when the widget is only moved within the page', async () => {
    const src = feedUrl(NETWORK, { delay: 300 });
    const el = await fixture<NetworkCard>(html`<network-card src=${src}></network-card>`);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect((await serverStats(src)).aborted).to.equal(0);
    other.remove();
  });

  it('waits for a lazy widget to come near the screen before loading', async () => {
    const src = feedUrl(NETWORK);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 5000px"></div>
        <network-card loading="lazy" src=${src}></network-card>
      </div>`,
    );
    const el = wrapper.querySelector<NetworkCard>('network-card')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.state).to.equal('idle');
    expect(await requestCount(src)).to.equal(0);
    el.scrollIntoView();
    await waitUntil(() => el.state === 'ready', 'the lazy widget did not load');
    expect(await requestCount(src)).to.equal(1);
  });
});
