import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/events-calendar/define.js';
import { todayKey } from '../../../src/core/days.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, mount, requestCount, settled, text } from '../helpers/mount.js';
import {
  button,
  cell,
  cellName,
  december,
  feedWith,
  listedTitles,
  monthHeading,
  root,
} from './fixtures.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Chromium's en-GB writes "Thursday 3 December 2026", some ICU versions add a comma. */
const THURSDAY_3 = /^Thursday,? 3 December 2026/;

function december2026(extra = html``) {
  return mount<EventsCalendar>(
    html`<events-calendar lang="en-GB" time-zone="Europe/London" month="2026-12" .feed=${december}
      >${extra}</events-calendar
    >`,
  );
}

async function choose(el: EventsCalendar, day: string): Promise<void> {
  cell(el, day).click();
  await el.updateComplete;
}

describe('<events-calendar> month grid', () => {
  it('names the month in a heading inside a polite live region', async () => {
    const el = await december2026();
    expect(monthHeading(el)).to.equal('December 2026');
    const live = root(el).querySelector('[part~=heading]')!.closest('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(root(el).querySelector('h2[part~=heading]')).to.exist;
  });

  it('is an ARIA grid labelled by the month, with rows, column headers and grid cells', async () => {
    const el = await december2026();
    const grid = root(el).querySelector('[role=grid]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('heading');
    expect(grid.querySelectorAll('[role=row]').length).to.equal(7);
    expect(grid.querySelectorAll('[role=columnheader]').length).to.equal(7);
    expect(grid.querySelectorAll('[role=gridcell]').length).to.equal(42);
  });

  it('starts the week on Monday and names each weekday in short and in full', async () => {
    const el = await december2026();
    const headers = [...root(el).querySelectorAll('[role=columnheader]')];
    expect(
      headers.map((h) => h.querySelector('.visually-hidden')!.textContent.trim()),
    ).to.deep.equal(WEEKDAYS);
    expect(
      headers.map((h) => h.querySelector('[aria-hidden=true]')!.textContent.trim()),
    ).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(root(el).querySelector('[role=gridcell]')!.getAttribute('data-day')).to.equal(
      '2026-11-30',
    );
  });

  it('shows six weeks, with the days of other months muted but usable', async () => {
    const el = await december2026();
    const outside = cell(el, '2026-11-30');
    expect(outside.getAttribute('part')).to.contain('outside');
    expect(outside.tabIndex).to.equal(-1);
    expect(cell(el, '2027-01-10').getAttribute('part')).to.contain('outside');
    expect(cell(el, '2026-12-31').getAttribute('part')).not.to.contain('outside');
    expect(getComputedStyle(outside).color).not.to.equal(
      getComputedStyle(cell(el, '2026-12-02')).color,
    );
  });

  it('shows how many events a day has (in a medium container), and says it in the day’s accessible name', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <events-calendar
          lang="en-GB"
          time-zone="Europe/London"
          month="2026-12"
          .feed=${december}
        ></events-calendar>
      </div>`,
    );
    const el = await settled(box.querySelector('events-calendar')!);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(cell(el, '2026-12-03').querySelector('[part=count]')!.textContent).to.contain(
      '2 events',
    );
    expect(cellName(el, '2026-12-03')).to.match(/^Thursday,? 3 December 2026, 2 events$/);
    expect(cellName(el, '2026-12-19')).to.match(/^Saturday,? 19 December 2026, 1 event$/);
    expect(cellName(el, '2026-12-02')).to.match(/^Wednesday,? 2 December 2026$/);
    expect(cell(el, '2026-12-02').querySelector('[part=count]')).to.equal(null);
    expect(cell(el, '2026-12-03').querySelector('.number')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    expect(cell(el, '2026-12-03').getAttribute('part')).to.contain('has-events');
  });

  it('counts an event spanning midnight on both days, and next month’s events in the trailing days', async () => {
    const el = await december2026();
    expect(cellName(el, '2026-12-04')).to.match(/1 event$/);
    expect(cellName(el, '2027-01-02')).to.match(/1 event$/);
    for (const day of ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17']) {
      expect(cellName(el, day)).to.match(/1 event$/);
    }
  });

  it('marks today with aria-current="date" and the today part', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        .feed=${december}
      ></events-calendar>`,
    );
    const today = todayKey('Europe/London');
    expect(cell(el, today).getAttribute('aria-current')).to.equal('date');
    expect(cell(el, today).getAttribute('part')).to.contain('today');
    expect(root(el).querySelectorAll('[aria-current]').length).to.equal(1);
  });

  it('shows the current month of the display zone when month is not set', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        .feed=${december}
      ></events-calendar>`,
    );
    const month = todayKey('Europe/London').slice(0, 7);
    const expected = new Intl.DateTimeFormat('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${month}-15T12:00:00Z`));
    expect(monthHeading(el)).to.equal(expected);
    expect(el.hasAttribute('month')).to.equal(false);
  });

  it('goes to the next and previous month, reflects month, and says so with civic-month-change', async () => {
    const el = await december2026();
    setTimeout(() => button(el, 'next').click());
    const next = await oneEvent<HTMLElementEventMap['civic-month-change']>(
      el,
      'civic-month-change',
    );
    expect(next.detail).to.deep.equal({ month: '2027-01' });
    await el.updateComplete;
    expect(monthHeading(el)).to.equal('January 2027');
    expect(el.getAttribute('month')).to.equal('2027-01');
    button(el, 'previous').click();
    button(el, 'previous').click();
    await el.updateComplete;
    expect(monthHeading(el)).to.equal('November 2026');
    expect(el.month).to.equal('2026-11');
  });

  it('takes the Today button to the current month', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2020-01"
        .feed=${december}
      ></events-calendar>`,
    );
    button(el, 'today').click();
    await el.updateComplete;
    expect(el.month).to.equal(todayKey('Europe/London').slice(0, 7));
    expect(root(el).querySelector('td[tabindex="0"]')!.getAttribute('data-day')).to.equal(
      todayKey('Europe/London'),
    );
  });

  it('follows month set by the page, without a civic-month-change event', async () => {
    const el = await december2026();
    let fired = 0;
    el.addEventListener('civic-month-change', () => fired++);
    el.month = '2027-01';
    await el.updateComplete;
    expect(monthHeading(el)).to.equal('January 2027');
    expect(fired).to.equal(0);
  });

  it('warns about a month it cannot read and shows the current one', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await mount<EventsCalendar>(
        html`<events-calendar
          lang="en-GB"
          time-zone="Europe/London"
          month="December"
          .feed=${december}
        ></events-calendar>`,
      );
      expect(el.shadowRoot!.querySelector(`td[data-day="${todayKey('Europe/London')}"]`)).to.exist;
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('month="December"');
  });

  it('starts the week on the day week-start names', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        week-start="0"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(
      root(el).querySelector('[role=columnheader] .visually-hidden')!.textContent.trim(),
    ).to.equal('Sunday');
    expect(root(el).querySelector('[role=gridcell]')!.getAttribute('data-day')).to.equal(
      '2026-11-29',
    );
    el.weekStart = 6;
    await el.updateComplete;
    expect(root(el).querySelector('[role=gridcell]')!.getAttribute('data-day')).to.equal(
      '2026-11-28',
    );
  });

  it('ignores a week-start outside 0–6, with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await mount<EventsCalendar>(
        html`<events-calendar
          lang="en-GB"
          time-zone="Europe/London"
          month="2026-12"
          week-start="9"
          .feed=${december}
        ></events-calendar>`,
      );
      expect(root(el).querySelector('[role=gridcell]')!.getAttribute('data-day')).to.equal(
        '2026-11-30',
      );
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('week-start="9"');
  });

  it('passes axe in the month view', async () => {
    const el = await december2026();
    await expectAccessible(el);
  });
});

describe('<events-calendar> choosing a day', () => {
  it('lists the chosen day’s events in a region named after the day', async () => {
    const el = await december2026();
    await choose(el, '2026-12-03');
    const region = root(el).querySelector('[part=day-events]')!;
    expect(region.localName).to.equal('section');
    const labelledBy = region.getAttribute('aria-labelledby')!;
    expect(root(el).getElementById(labelledBy)!.textContent.trim()).to.match(
      /^Events on Thursday,? 3 December 2026$/,
    );
    expect(root(el).getElementById(labelledBy)!.localName).to.equal('h3');
    expect(listedTitles(el)).to.deep.equal(['Glaze talk', 'Late-night kiln opening']);
  });

  it('marks the chosen day with aria-selected and the selected part', async () => {
    const el = await december2026();
    await choose(el, '2026-12-19');
    expect(cell(el, '2026-12-19').getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, '2026-12-19').getAttribute('part')).to.contain('selected');
    expect(root(el).querySelectorAll('[aria-selected=true]').length).to.equal(1);
  });

  it('fires civic-day-select with the date and its events', async () => {
    const el = await december2026();
    setTimeout(() => cell(el, '2026-12-03').click());
    const { detail } = await oneEvent<HTMLElementEventMap['civic-day-select']>(
      el,
      'civic-day-select',
    );
    expect(detail.date).to.equal('2026-12-03');
    expect(detail.events.map((e) => e.id)).to.deep.equal(['glaze-talk', 'late-kiln']);
  });

  it('chooses the next day with events by default, without firing an event', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2020-01"
        .feed=${feedWith([
          { id: 'a', title: 'First', start: '2020-01-07', city: 'stoke-on-trent' },
          { id: 'b', title: 'Second', start: '2020-01-21', city: 'stoke-on-trent' },
        ])}
      ></events-calendar>`,
    );
    // January 2020 is past: the first day with events is chosen.
    expect(cell(el, '2020-01-07').getAttribute('aria-selected')).to.equal('true');
    expect(listedTitles(el)).to.deep.equal(['First']);
  });

  it('shows a timed event: its time range, linked title, place and summary', async () => {
    const el = await december2026();
    await choose(el, '2026-12-03');
    const item = root(el).querySelectorAll('[part~=event]')[1];
    expect(item.querySelector('[part=event-time]')!.textContent).to.contain(
      '3 Dec, 23:30 – 4 Dec, 01:00',
    );
    expect(item.querySelector('[part=event-time] time')!.getAttribute('datetime')).to.equal(
      '2026-12-03T23:30:00.000Z',
    );
    const link = item.querySelector<HTMLAnchorElement>('[part=event-title] a')!;
    expect(link.href).to.equal('https://example.org/events/late-kiln');
    expect(link.textContent.trim()).to.equal('Late-night kiln opening');
    expect(item.querySelector('[part=location]')!.textContent).to.contain('Middleport Pottery');
    expect(item.querySelector('[part=location]')!.textContent).to.contain('Port Street, Burslem');
    expect(item.textContent).to.contain('The door of the big kiln');
    const talk = root(el).querySelectorAll('[part~=event]')[0];
    expect(talk.querySelector('[part=event-time]')!.textContent.replace(/\s+/g, ' ')).to.contain(
      '18:00–19:30',
    );
    expect(talk.querySelector('[part=event-title] a')).to.equal(null);
  });

  it('says "All day" for an all-day event', async () => {
    const el = await december2026();
    await choose(el, '2026-12-19');
    expect(text(el, '[part=event-time]')).to.equal('All day');
  });

  it('lists a multi-day event on every day it covers, with "Day n of m"', async () => {
    const el = await december2026();
    for (const [day, n] of [
      ['2026-12-14', 1],
      ['2026-12-15', 2],
      ['2026-12-17', 4],
    ] as const) {
      await choose(el, day);
      expect(listedTitles(el)).to.deep.equal(['Biennial week']);
      expect(text(el, '[part=event-time]')).to.contain(`Day ${n} of 4`);
    }
    await choose(el, '2026-12-04');
    expect(text(el, '[part=event-time]')).to.contain('Day 2 of 2');
  });

  it('strikes a cancelled event through and says "Cancelled" in words', async () => {
    const el = await december2026();
    await choose(el, '2026-12-10');
    const item = root(el).querySelector('[part~=event]')!;
    expect(item.getAttribute('part')).to.equal('event cancelled');
    expect(item.querySelector('[part=status]')!.textContent.trim()).to.equal('Cancelled');
    const struck = item.querySelector('[part=event-title] s')!;
    expect(struck.textContent).to.equal('Family clay day');
    expect(getComputedStyle(struck).textDecorationLine).to.contain('line-through');
    expect(text(el, '[part=event-title]')).to.equal('Cancelled Family clay day');
  });

  it('says when an event is postponed or rescheduled', async () => {
    const el = await december2026();
    await choose(el, '2026-12-08');
    expect(text(el, '[part=status]')).to.equal('Postponed');
    expect(root(el).querySelector('[part=event-title] s')).to.equal(null);
    await choose(el, '2026-12-12');
    expect(text(el, '[part=status]')).to.equal('Rescheduled');
  });

  it('says "Online" with a link that says where it goes', async () => {
    const el = await december2026();
    await choose(el, '2026-12-09');
    const online = root(el).querySelector('[part=online]')!;
    expect(online.textContent).to.contain('Online');
    const link = online.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/join');
    expect(link.textContent.trim()).to.equal('Join Online exchange online');
  });

  it('says so when the chosen day has no events', async () => {
    const el = await december2026();
    await choose(el, '2026-12-02');
    expect(text(el, '[part=day-events]')).to.match(/No events on this day$/);
  });

  it('moves to the other month when one of its days is chosen', async () => {
    const el = await december2026();
    await choose(el, '2027-01-02');
    expect(el.month).to.equal('2027-01');
    expect(cell(el, '2027-01-02').getAttribute('aria-selected')).to.equal('true');
    expect(listedTitles(el)).to.deep.equal(['New year walk']);
  });

  it('passes axe with a day chosen', async () => {
    const el = await december2026();
    await choose(el, '2026-12-10');
    await expectAccessible(el);
    await choose(el, '2026-12-09');
    await expectAccessible(el);
  });
});

describe('<events-calendar> filters', () => {
  it('shows only one city’s events with city', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        city="pecs"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(root(el).querySelectorAll('[part~=has-events]').length).to.equal(1);
    expect(cellName(el, '2026-12-09')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-03')).not.to.match(/event/);
  });

  it('shows only one network’s events with network', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        network="unic"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(cellName(el, '2026-12-03')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-09')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-19')).not.to.match(/event/);
    el.network = undefined;
    await el.updateComplete;
    expect(cellName(el, '2026-12-19')).to.match(/1 event$/);
  });
});

describe('<events-calendar> states', () => {
  it('shows a skeleton while loading that reserves the grid’s height', async () => {
    const loading = await fixture<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        src=${feedUrl('states/calendar-december.json', { hang: 1 })}
        ><a href="https://example.org/events">All events</a></events-calendar
      >`,
    );
    await loading.updateComplete;
    expect(loading.state).to.equal('loading');
    const skeleton = root(loading).querySelector('[part=skeleton]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(loading, '[role=status]')).to.equal('Loading…');
    await expectAccessible(loading);

    const ready = await december2026();
    const base = root(ready).querySelector('[part=base]')!.getBoundingClientRect();
    const grid = root(ready).querySelector('[part=grid]')!.getBoundingClientRect();
    const bones = root(loading).querySelector('.skeleton-grid')!.getBoundingClientRect();
    const top = skeleton.getBoundingClientRect().top;
    expect(Math.abs(bones.height - grid.height)).to.be.below(4);
    expect(Math.abs(bones.top - top - (grid.top - base.top))).to.be.below(4);
    loading.remove();
  });

  it('shows an error with Retry and keeps the fallback link when the feed fails', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        src=${feedUrl('states/calendar-december.json', { status: 500 })}
        ><a href="https://example.org/events">All events on the council website</a></events-calendar
      >`,
    );
    expect(el.state).to.equal('error');
    expect(text(el, '[part=error]')).to.contain('Events could not be loaded.');
    expect(root(el).querySelector('button[part~=retry]')!.textContent.trim()).to.equal('Try again');
    const slot = root(el).querySelector<HTMLSlotElement>('[part=error] slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('All events on the council website');
    await expectAccessible(el);
  });

  it('says "No events this month" when the month is empty', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-06"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(text(el, '[part=empty]')).to.equal('No events this month');
    expect(root(el).querySelector('[part=grid]')).to.exist;
    expect(root(el).querySelector('[part=day-events]')).to.equal(null);
    await expectAccessible(el);
  });

  it('says "No events this month" for a feed with no events at all', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        src=${feedUrl('states/empty.json')}
      ></events-calendar>`,
    );
    expect(el.state).to.equal('ready');
    expect(text(el, '[part=empty]')).to.equal('No events this month');
  });

  it('loads from src and shows the valid events of a partial feed, with one warning for the editor', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let el: EventsCalendar;
    try {
      el = await mount<EventsCalendar>(
        html`<events-calendar
          lang="en-GB"
          time-zone="Europe/London"
          month="2026-12"
          src=${feedUrl('states/calendar-partial.json')}
        ></events-calendar>`,
      );
      // The month on screen is shown first; the warning waits until every record is checked.
      await waitUntil(() => warnings.length > 0, 'no warning for the editor');
    } finally {
      console.warn = original;
    }
    expect(el.state).to.equal('ready');
    expect(cellName(el, '2026-12-16')).not.to.match(/event/);
    expect(root(el).querySelectorAll('[part~=has-events]').length).to.equal(3);
    expect(cellName(el, '2026-12-17')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-19')).to.match(/1 event$/);
    // The bad link is left out; the event stays, as text.
    await choose(el, '2026-12-18');
    expect(listedTitles(el)).to.deep.equal(['A link that is not a link']);
    expect(root(el).querySelector('[part=day-events] a')).to.equal(null);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('events[1].start');
    expect(warnings[0]).to.contain('events[2].url');
  });

  it('renders feed text as text, never as markup', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        .feed=${feedWith([
          {
            id: 'x',
            title: '<img src=x onerror="window.hacked=1">Talk',
            start: '2026-12-05T10:00',
            summary: '<b>bold</b>',
            location: { name: '<script>alert(1)</script>' },
            city: 'stoke-on-trent',
          },
        ])}
      ></events-calendar>`,
    );
    await choose(el, '2026-12-05');
    expect(
      root(el).querySelector(
        '[part=day-events] img, [part=day-events] b, [part=day-events] script',
      ),
    ).to.equal(null);
    expect(listedTitles(el)[0]).to.equal('<img src=x onerror="window.hacked=1">Talk');
    expect(text(el, '[part=location]')).to.equal('<script>alert(1)</script>');
  });

  it('shows the days of the events in the Stoke-on-Trent sample feed', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en"
        month="2026-12"
        src=${feedUrl('unic/stoke-on-trent.json')}
      ></events-calendar>`,
    );
    expect(cellName(el, '2026-12-03')).to.match(THURSDAY_3);
    expect(cellName(el, '2026-12-03')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-19')).to.match(/1 event$/);
    await choose(el, '2026-12-08');
    expect(text(el, '[part=status]')).to.equal('Postponed');
  });

  it('waits for data without src or feed, showing its light DOM', async () => {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar><a href="https://example.org/events">Events</a></events-calendar>`,
    );
    await settled(el);
    expect(el.state).to.equal('idle');
    expect(root(el).querySelector('slot')).to.exist;
  });

  it('keeps the chosen day when the same feed refreshes', async () => {
    const el = await december2026();
    await choose(el, '2026-12-19');
    el.feed = { ...december, events: [...december.events] };
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(cell(el, '2026-12-19').getAttribute('aria-selected')).to.equal('true');
  });
});

describe('<events-calendar> attributes shared by every widget', () => {
  it('sets its heading levels from heading-level', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        heading-level="3"
        .feed=${december}
      ></events-calendar>`,
    );
    await choose(el, '2026-12-03');
    expect(root(el).querySelector('[part~=heading]')!.localName).to.equal('h3');
    expect(root(el).querySelector('[part=day-heading]')!.localName).to.equal('h4');
    expect(root(el).querySelector('[part=event-title]')!.localName).to.equal('h5');
  });

  it('takes a palette from theme', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-12"
        theme="dark"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 27)');
    expect(getComputedStyle(el).color).to.equal('rgb(243, 242, 241)');
    await expectAccessible(el);
  });

  it('uses the page’s wording from strings', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month="2026-06"
        .strings=${{ eventsEmptyMonth: 'Nothing on this month', eventsNext: 'Later' }}
        .feed=${december}
      ></events-calendar>`,
    );
    expect(text(el, '[part=empty]')).to.equal('Nothing on this month');
    expect(button(el, 'next').textContent).to.contain('Later');
  });

  it('asks the server again every refresh seconds', async () => {
    const url = feedUrl('states/calendar-december.json');
    const el = await mount<EventsCalendar>(
      html`<events-calendar lang="en-GB" month="2026-12" refresh="1" src=${url}></events-calendar>`,
    );
    await waitUntil(async () => (await requestCount(url)) >= 2, 'no second request', {
      timeout: 5000,
    });
    expect(el.state).to.equal('ready');
    el.remove();
  });

  it('falls back to choosing the view by width when view is not one it knows', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        view="grid"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(el.currentView).to.equal('month');
  });
});
