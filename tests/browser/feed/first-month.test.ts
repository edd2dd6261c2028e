/**
 * The calendar's feed is checked in two parts: the events of the grid on
 * screen before the first render, the others when the browser is idle
 * (FeedController, parseFeed's `first`). The idle callbacks are held here and
 * run by hand, so the test sees the page between the two parts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache, type LoadedFeeds } from '../../../src/feed/loader.js';
import '../../../src/widgets/events-calendar/define.js';
import '../../../src/widgets/activity-feed/define.js';
import '../../../src/widgets/network-card/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { feedUrl, settled, text } from '../helpers/mount.js';

const FEED = 'states/calendar-first.json';

const shownIds = (el: HTMLElement) =>
  (el as unknown as { data: { value?: LoadedFeeds } }).data.value?.feed.events.map((e) => e.id);

/** Counts the widget's requestUpdate calls from now on. */
function countUpdates(el: HTMLElement & { requestUpdate(): void }): { n: number } {
  const calls = { n: 0 };
  const original = el.requestUpdate.bind(el);
  el.requestUpdate = (...args: Parameters<typeof original>) => {
    calls.n++;
    original(...args);
  };
  return calls;
}

describe('the calendar checks the month on screen first', () => {
  let held: IdleRequestCallback[] = [];
  let warnings: string[] = [];
  let loads = 0;
  const idle = window.requestIdleCallback.bind(window);
  const warn = console.warn.bind(console);
  const countLoad = () => loads++;

  beforeEach(() => {
    held = [];
    warnings = [];
    loads = 0;
    window.requestIdleCallback = (callback) => held.push(callback);
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    document.addEventListener('civic-feed-load', countLoad);
  });
  afterEach(() => {
    window.requestIdleCallback = idle;
    console.warn = warn;
    document.removeEventListener('civic-feed-load', countLoad);
    clearFeedCache();
  });

  async function runHeldCallbacks(): Promise<void> {
    while (held.length) {
      held.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Each line appears once in the one warning. */
  function expectListedOnce(warning: string, lines: string[]): void {
    for (const line of lines) expect(warning.split(line).length - 1, line).to.equal(1);
  }

  async function expectTwoParts(el: EventsCalendar): Promise<void> {
    await settled(el);
    // First render: December's events (and the market that runs into it), nothing else checked yet.
    expect(text(el)).to.contain('Winter craft fair');
    expect(shownIds(el)).to.deep.equal(['dec-fair', 'dec-carols', 'nov-market']);
    expect(warnings).to.deep.equal([]);
    expect(loads).to.equal(1);
    expect(held.length).to.be.greaterThan(0);

    await runHeldCallbacks();
    await waitUntil(() => warnings.length > 0, 'no console warning after the rest was checked');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['dec-fair', 'mar-kiln', 'dec-carols', 'nov-market']);
    expect(warnings).to.have.length(1);
    expect(loads).to.equal(1);
    // The relative image address was read correctly: counted in one line, not listed.
    expect(warnings[0]).to.match(/<events-calendar>: 2 problems in /);
    expectListedOnce(warnings[0], [
      'event 2, url (events[1].url): "javascript:alert(1)" is not an absolute https:, http:, mailto: or tel: URL; left out, the rest of this event is kept',
      'event 4, title (events[3].title): is missing; this event was dropped',
      "1 relative address was read against the feed's address",
    ]);
    expect(warnings[0]).not.to.contain('images/kilns.svg');

    // Later renders write nothing more.
    el.requestUpdate();
    await el.updateComplete;
    await runHeldCallbacks();
    expect(warnings).to.have.length(1);
  }

  it('from a feed address', async () => {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar month="2026-12" src=${feedUrl(FEED)}></events-calendar>`,
    );
    await expectTwoParts(el);
  });

  it('from a feed object', async () => {
    const feed = (await (await fetch(`/demo/feeds/${FEED}`)).json()) as object;
    const el = await fixture<EventsCalendar>(
      html`<events-calendar month="2026-12" .feed=${feed}></events-calendar>`,
    );
    await settled(el);
    expect(shownIds(el)).to.deep.equal(['dec-fair', 'dec-carols', 'nov-market']);
    expect(warnings).to.deep.equal([]);
    await runHeldCallbacks();
    await waitUntil(() => warnings.length > 0, 'no console warning after the rest was checked');
    expect(warnings).to.have.length(1);
    // A feed object has no address: the relative image is left out, an error, not a warning.
    expect(warnings[0]).to.contain(
      'city 1, image.url (cities[0].image.url): "images/kilns.svg" is not an absolute https: or http: URL',
    );
    expect(shownIds(el)).to.include('mar-kiln');
  });

  it('counts events two dates away as on screen: zones can move a time that far', async () => {
    const feed = (await (await fetch(`/demo/feeds/${FEED}`)).json()) as { events: object[] };
    // December's six weeks (from Sunday, for this feed's city) end on 9 January. 00:30 on
    // 11 January at UTC+14 is 22:30 on 9 January at UTC−12, the calendar's zone here.
    const start = '2027-01-11T00:30+14:00';
    feed.events.push({ id: 'far-east', title: 'Dawn lantern walk', start });
    const el = await fixture<EventsCalendar>(
      html`<events-calendar
        month="2026-12"
        time-zone="Etc/GMT+12"
        .feed=${feed}
      ></events-calendar>`,
    );
    await settled(el);
    // In the first part, before any idle callback ran.
    expect(held.length).to.be.greaterThan(0);
    expect(el.feedFirstRange()).to.deep.equal({ from: '2026-11-29', to: '2027-01-09' });
    expect(shownIds(el)).to.include('far-east');
  });

  it('checks the rest once for every widget on the feed; a calendar of another month waits for its events, and nothing renders twice', async () => {
    const src = feedUrl(FEED);
    const box = await fixture<HTMLElement>(html`
      <div>
        <events-calendar month="2026-12" src=${src}></events-calendar>
        <events-calendar month="2027-03" src=${src}></events-calendar>
      </div>
    `);
    const [december, march] = box.querySelectorAll<EventsCalendar>('events-calendar');
    await settled(december);
    await settled(march);
    // December's check did not take March's events: March's wait hurried the rest, so its
    // first render has them (never an empty March that fills in later).
    expect(shownIds(march)).to.include('mar-kiln');
    expect(text(march)).to.contain('Spring kiln opening');
    const decemberUpdates = countUpdates(december);
    const marchUpdates = countUpdates(march);
    await runHeldCallbacks();
    await waitUntil(() => warnings.length > 0, 'no console warning after the rest was checked');
    await december.updateComplete;
    // December showed all its month already, March all of March: no second render.
    expect(decemberUpdates.n).to.equal(0);
    expect(marchUpdates.n).to.equal(0);
    expect(shownIds(december)).to.include('mar-kiln');
    expect(warnings).to.have.length(1);
    expect(loads).to.equal(2);
  });

  it('a network card checks networks and cities first, and a calendar that joins its feed still draws its month at once', async () => {
    const src = feedUrl(FEED);
    const problems = new Map<string, string[]>();
    const record = (event: Event) => {
      const { detail, target } = event as CustomEvent<LoadedFeeds>;
      problems.set(
        (target as Element).localName,
        detail.problems.map((p) => p.path),
      );
    };
    document.addEventListener('civic-feed-load', record);
    try {
      const card = await fixture<HTMLElement>(
        html`<network-card src=${src} network="potteries"></network-card>`,
      );
      await settled(card as EventsCalendar);
      expect(text(card)).to.contain('Potteries towns');
      // Only what the card shows was checked: the city's relative image, no event yet.
      expect(problems.get('network-card')).to.deep.equal(['cities[0].image.url']);
      expect(shownIds(card)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);

      // A calendar on the same feed: the card's check took no events, so the calendar hurries
      // the rest and draws December with its events in its first render.
      const calendar = await fixture<EventsCalendar>(
        html`<events-calendar month="2026-12" src=${src}></events-calendar>`,
      );
      await settled(calendar);
      expect(text(calendar)).to.contain('Winter craft fair');
      expect(problems.get('events-calendar')).to.deep.equal([
        'cities[0].image.url',
        'events[1].url',
        'events[3].title',
      ]);
      const cardUpdates = countUpdates(card as EventsCalendar);
      await runHeldCallbacks();
      await waitUntil(() => warnings.length > 0, 'no console warning after the rest was checked');
      // One warning lists every problem once, the events' among them; the card, whose records
      // did not change, does not render again.
      expect(warnings).to.have.length(1);
      expectListedOnce(warnings[0], ['event 4, title (events[3].title): is missing']);
      expect(cardUpdates.n).to.equal(0);
    } finally {
      document.removeEventListener('civic-feed-load', record);
    }
  });

  it('gives a widget that shows everything the whole feed, once', async () => {
    const src = feedUrl(FEED);
    const box = await fixture<HTMLElement>(html`
      <div>
        <events-calendar month="2026-12" src=${src}></events-calendar>
        <activity-feed src=${src}></activity-feed>
      </div>
    `);
    const news = box.querySelector<ActivityFeed>('activity-feed')!;
    const problems: string[][] = [];
    news.addEventListener('civic-feed-load', (event) =>
      problems.push(event.detail.problems.map((p) => p.path)),
    );
    // No idle callback runs here: the activity feed's wait hurries the rest.
    await settled(news);
    expect(shownIds(news)).to.deep.equal(['dec-fair', 'mar-kiln', 'dec-carols', 'nov-market']);
    expect(problems).to.deep.equal([['cities[0].image.url', 'events[1].url', 'events[3].title']]);
  });
});
