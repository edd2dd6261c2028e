/**
 * A month with 5,000 events. Speed is measured by `npm run bench`, not here
 * (no timed assertions): these check that the calendar does less, whatever
 * the machine: every event counted, a bounded number of elements drawn, a
 * list that shows a page at a time, and no placing again on a month change.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { pressAddToCalendar } from '../helpers/downloads.js';
import { mount, settled } from '../helpers/mount.js';
import { button, cell, cellName, root, stoke } from './fixtures.js';

const pad = (n: number) => String(n).padStart(2, '0');

function busyFeed(count: number) {
  const events = Array.from({ length: count }, (_, i) => {
    const day = (i % 31) + 1;
    const hour = 8 + (i % 12);
    return {
      id: `e${i}`,
      title: `Event ${i}`,
      start: `2026-12-${pad(day)}T${pad(hour)}:00`,
      end: `2026-12-${pad(day)}T${pad(hour + 1)}:30`,
      city: 'stoke-on-trent',
      ...(i % 50 === 0 && day < 28 ? { end: `2026-12-${pad(day + 3)}T10:00` } : {}),
    };
  });
  return { version: 1, cities: [stoke], events };
}

describe('<events-calendar> with 5,000 events in a month', () => {
  const feed = busyFeed(5000);
  const calendar = (view = '') =>
    mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        view=${view || 'month'}
        time-zone="Europe/London"
        .feed=${feed}
      ></events-calendar>`,
    );

  it('counts every event, and draws a bounded number of elements with titles', async () => {
    const el = await calendar();
    const total = [...root(el).querySelectorAll('[role=gridcell]:not([part~=outside])')]
      .map((td) =>
        Number(
          /, ([\d,]+) events?$/
            .exec(td.querySelector('.visually-hidden')!.textContent)?.[1]
            ?.replace(',', '') ?? 0,
        ),
      )
      .reduce((a, b) => a + b, 0);
    // 5,000 events plus the extra days of the 100 that run over several days.
    expect(total).to.be.greaterThan(5000);
    expect(cellName(el, '2026-12-01')).to.match(/16\d events$/);
    // Titles are drawn (the test page is wide), at most three lines a day.
    expect(cell(el, '2026-12-01').querySelectorAll('.titles > *').length).to.equal(3);
    // 42 days of at most three lines, and one page of the chosen day's events.
    expect(root(el).querySelectorAll('*').length).to.be.below(1500);
  });

  it('moves between months and chooses days without placing the events again', async () => {
    const el = await calendar();
    const placement = (el as unknown as { placement: unknown }).placement;
    for (const part of ['next', 'previous', 'next', 'previous']) {
      button(el, part).click();
      await el.updateComplete;
    }
    cell(el, '2026-12-15').click();
    await el.updateComplete;
    expect(el.month).to.equal('2026-12');
    expect((el as unknown as { placement: unknown }).placement).to.equal(placement);
  });

  it('does not place the same records again when the feed comes back whole, and does for new ones', async () => {
    const el = await calendar();
    const placed = () => (el as unknown as { placement: unknown }).placement;
    const load = async (value: unknown) => {
      const loaded = new Promise((resolve) =>
        el.addEventListener('civic-feed-load', resolve, { once: true }),
      );
      el.feed = value;
      await loaded;
      await el.updateComplete;
    };
    const first = placed();
    // A feed checked in two parts comes back as a new object holding the same records.
    await load({ ...feed, events: [...feed.events] });
    expect(placed()).to.equal(first);
    await load({ ...feed, events: [...feed.events.slice(1), { ...feed.events[0] }] });
    expect(placed()).not.to.equal(first);
  });

  it('places new data before the render that shows it, and the render does not place it again', async () => {
    const el = await calendar();
    const host = el as unknown as { feedPrepare(feed: unknown): void; placement: unknown };
    const prepare = host.feedPrepare.bind(el);
    let placed: unknown;
    let nameAtPrepare = '';
    host.feedPrepare = (value) => {
      nameAtPrepare = cellName(el, '2026-12-01');
      prepare(value);
      placed = host.placement;
    };
    const loaded = new Promise((resolve) =>
      el.addEventListener('civic-feed-load', resolve, { once: true }),
    );
    el.feed = { ...feed, events: feed.events.slice(0, 100) };
    await loaded;
    await el.updateComplete;
    // Placed while the old data was on screen; the render kept that placement.
    expect(nameAtPrepare).to.match(/16\d events$/);
    expect(placed).to.exist;
    expect(host.placement).to.equal(placed);
    expect(cellName(el, '2026-12-01')).to.match(/, [1-9] events?$/);
  });

  it('places the other months, checked later, before the render that shows them too', async () => {
    // December on screen is checked and placed first; July's events come with the rest.
    const july = feed.events.slice(0, 500).map((event, i) => ({
      ...event,
      id: `july-${i}`,
      start: event.start.replace('2026-12', '2027-07'),
      end: event.end.replace('2026-12', '2027-07'),
    }));
    const el = document.createElement('events-calendar');
    const host = el as unknown as { feedPrepare(feed: unknown): void; placement: unknown };
    const prepare = host.feedPrepare.bind(el);
    const placements: unknown[] = [];
    let placedWhole!: () => void;
    const whole = new Promise<void>((resolve) => (placedWhole = resolve));
    host.feedPrepare = (value) => {
      prepare(value);
      placements.push(host.placement);
      if ((value as { events: unknown[] }).events.length > 5000) placedWhole();
    };
    Object.assign(el, {
      lang: 'en-GB',
      month: '2026-12',
      timeZone: 'Europe/London',
      view: 'month',
    });
    el.feed = { ...feed, events: [...feed.events, ...july] };
    document.body.append(el);
    try {
      await settled(el);
      await whole;
      for (let i = 0; i < 7; i++) {
        button(el, 'next').click();
        await el.updateComplete;
      }
      expect(el.month).to.equal('2027-07');
      // Placed twice, the month on screen and then the whole feed; no render placed anything.
      expect(placements.length).to.equal(2);
      expect(host.placement).to.equal(placements[1]);
      expect(cellName(el, '2027-07-01')).to.match(/1\d events$/);
    } finally {
      el.remove();
    }
  });

  it('places the events again when the display zone changes', async () => {
    const el = await calendar();
    el.timeZone = 'Pacific/Auckland';
    await el.updateComplete;
    // 08:00 in London on 1 December is 21:00 in Auckland: the first hours move to 1 December's evening.
    expect(cellName(el, '2026-12-01')).to.match(/events$/);
  });

  it('lists a page of the month’s 5,000 events, with "Show more"', async () => {
    const el = await calendar('list');
    expect(root(el).querySelectorAll('[part~=event]').length).to.equal(6);
    expect(root(el).querySelector('[part=show-more]')).to.exist;
  });
});

describe('<events-calendar> "Add to calendar" on demand', () => {
  /** Module files of the iCalendar writer this page has fetched so far. */
  const writerFetches = () =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/(widgets\/events-calendar|core)\/ics\.(js|ts)$/.test(path));

  it('fetches the iCalendar writer only when a resident presses the button', async () => {
    // Keep every entry from here on (the default buffer holds 250).
    performance.setResourceTimingBufferSize(10_000);
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        view="month"
        time-zone="Europe/London"
        .feed=${busyFeed(40)}
      ></events-calendar>`,
    );
    cell(el, '2026-12-01').click();
    await el.updateComplete;
    expect(writerFetches()).to.deep.equal([]);
    const files = await pressAddToCalendar(el);
    expect(files.length).to.be.greaterThan(0);
    expect(files[0].text).to.contain('BEGIN:VCALENDAR');
    expect(writerFetches().length).to.be.greaterThan(0);
  });
});
