/**
 * Days and times across zones. Every expectation holds in any viewer zone
 * (what depends on the viewer is computed with Intl here), so this file can
 * also run with the browser's zone emulated (Playwright's timezoneId) as
 * Pacific/Auckland, America/Los_Angeles and Europe/London.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/events-calendar/define.js';
import { dayKeyAt } from '../../../src/core/days.js';
import { offsetAt, viewerTimeZone } from '../../../src/core/zones.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount, text } from '../helpers/mount.js';
import { cell, cellName, feedWith, listedTitles, root, stoke } from './fixtures.js';

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London'];

const lateKiln = {
  id: 'late-kiln',
  title: 'Late-night kiln opening',
  start: '2026-12-03T23:30',
  end: '2026-12-04T01:00',
  city: 'stoke-on-trent',
};
const market = {
  id: 'market',
  title: 'Makers’ market',
  start: '2026-12-19',
  city: 'stoke-on-trent',
};

async function calendar(
  feed: unknown,
  { zone, city, month = '2026-12' }: { zone?: string; city?: string; month?: string } = {},
): Promise<EventsCalendar> {
  return mount<EventsCalendar>(
    html`<events-calendar
      lang="en-GB"
      month=${month}
      time-zone=${zone ?? ''}
      city=${city ?? ''}
      .feed=${feed}
    ></events-calendar>`,
  );
}

async function choose(el: EventsCalendar, day: string): Promise<void> {
  cell(el, day).click();
  await el.updateComplete;
}

function hasEvents(el: EventsCalendar, day: string): boolean {
  return /event/.test(cellName(el, day));
}

/** A zone whose offset differs from the viewer's at that instant. */
function otherZone(instant: number): string {
  const viewer = offsetAt(instant, viewerTimeZone());
  return ['Asia/Tokyo', 'America/New_York'].find((zone) => offsetAt(instant, zone) !== viewer)!;
}

describe('<events-calendar> time zones', () => {
  it(`runs in the viewer zone ${viewerTimeZone()}`, () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(viewerTimeZone());
  });

  it('puts 23:30 in London on 3 December on 3 December in a London calendar, whatever the viewer’s zone', async () => {
    const el = await calendar(feedWith([lateKiln]), { city: 'stoke-on-trent' });
    expect(hasEvents(el, '2026-12-03')).to.equal(true);
    await choose(el, '2026-12-03');
    expect(text(el, '[part=event-time]')).to.contain('3 Dec, 23:30 – 4 Dec, 01:00');
    const explicit = await calendar(feedWith([lateKiln]), { zone: 'Europe/London' });
    expect(hasEvents(explicit, '2026-12-03')).to.equal(true);
  });

  for (const zone of ZONES) {
    it(`puts the 23:30 London event on the day it is in ${zone} when time-zone says so`, async () => {
      const el = await calendar(feedWith([lateKiln]), { zone });
      const day = dayKeyAt(Date.parse('2026-12-03T23:30:00Z'), zone);
      expect(day).to.equal(zone === 'Pacific/Auckland' ? '2026-12-04' : '2026-12-03');
      expect(hasEvents(el, day)).to.equal(true);
      // The event's own times stay London times.
      await choose(el, day);
      expect(text(el, '[part=event-time] time')).to.equal('3 Dec, 23:30 – 4 Dec, 01:00');
    });

    it(`never moves an all-day event, in a ${zone} calendar`, async () => {
      const el = await calendar(
        feedWith([
          market,
          {
            ...market,
            id: 'auckland',
            city: undefined,
            timeZone: 'Pacific/Auckland',
            start: '2026-12-05',
          },
        ]),
        { zone },
      );
      expect(hasEvents(el, '2026-12-19')).to.equal(true);
      expect(hasEvents(el, '2026-12-18')).to.equal(false);
      expect(hasEvents(el, '2026-12-20')).to.equal(false);
      expect(hasEvents(el, '2026-12-05')).to.equal(true);
      expect(hasEvents(el, '2026-12-04')).to.equal(false);
      await choose(el, '2026-12-19');
      expect(text(el, '[part=event-time]')).to.equal('All day');
    });
  }

  it('keeps the city’s zone by default when the feed has one city', async () => {
    const auckland = {
      id: 'auckland',
      name: 'Auckland',
      country: 'NZ',
      timeZone: 'Pacific/Auckland',
    };
    const event = { id: 'e', title: 'Breakfast talk', start: '2026-12-03T08:00', city: 'auckland' };
    const single = await calendar({ version: 1, cities: [auckland], events: [event] });
    expect(hasEvents(single, '2026-12-03')).to.equal(true);
    // Two cities and no city attribute: the viewer's zone decides the day.
    const two = await calendar({ version: 1, cities: [auckland, stoke], events: [event] });
    const viewerDay = dayKeyAt(Date.parse('2026-12-02T19:00:00Z'), viewerTimeZone());
    expect(hasEvents(two, viewerDay)).to.equal(true);
    // city picks that city's zone again.
    const chosen = await calendar(
      { version: 1, cities: [auckland, stoke], events: [event] },
      { city: 'auckland' },
    );
    expect(hasEvents(chosen, '2026-12-03')).to.equal(true);
  });

  it('ignores a time-zone it does not know, with a warning, and keeps the city’s', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let el: EventsCalendar;
    try {
      el = await calendar(feedWith([lateKiln]), {
        zone: 'Mars/Olympus_Mons',
        city: 'stoke-on-trent',
      });
    } finally {
      console.warn = original;
    }
    expect(hasEvents(el, '2026-12-03')).to.equal(true);
    expect(warnings.join('\n')).to.contain('time-zone="Mars/Olympus_Mons"');
  });

  it('shows times in the event’s zone, names the zone when it is not the viewer’s, and gives the viewer’s time', async () => {
    const start = Date.parse('2026-12-09T09:00:00Z');
    const zone = otherZone(start);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(start);
    const part = (type: string) => local.find((p) => p.type === type)!.value;
    const event = {
      id: 'abroad',
      title: 'Exchange',
      start: `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`,
      end: `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`.replace(
        /T(\d\d)/,
        (_, h: string) => `T${String((Number(h) + 1) % 24).padStart(2, '0')}`,
      ),
      timeZone: zone,
    };
    const el = await calendar(feedWith([event]), { zone, month: event.start.slice(0, 7) });
    await choose(el, event.start.slice(0, 10));
    const when = text(el, '[part=event-time]');
    const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'long' })
      .formatToParts(start)
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(when).to.contain(`${part('hour')}:${part('minute')}`);
    expect(when).to.contain(`Times in ${zoneName}`);
    const viewerStart = new Intl.DateTimeFormat('en-GB', {
      hour: 'numeric',
      minute: '2-digit',
    }).format(start);
    expect(when).to.contain(viewerStart);
    expect(when).to.match(/your time$/);
    await expectAccessible(el);
  });

  it('does not name the zone when the event is in the viewer’s', async () => {
    const event = {
      id: 'here',
      title: 'Here',
      start: '2026-12-09T10:00',
      end: '2026-12-09T11:00',
      timeZone: viewerTimeZone(),
    };
    const el = await calendar(feedWith([event]), { zone: viewerTimeZone() });
    await choose(el, '2026-12-09');
    expect(text(el, '[part=event-time]')).to.equal('10:00–11:00');
  });

  it('reads a time with an offset as that moment', async () => {
    const event = {
      id: 'o',
      title: 'Offset',
      start: '2026-12-03T23:30:00+01:00',
      city: 'stoke-on-trent',
    };
    const london = await calendar(feedWith([event]), { city: 'stoke-on-trent' });
    expect(hasEvents(london, '2026-12-03')).to.equal(true);
    await choose(london, '2026-12-03');
    expect(text(london, '[part=event-time] time')).to.equal('22:30');
    const auckland = await calendar(feedWith([event]), { zone: 'Pacific/Auckland' });
    expect(hasEvents(auckland, '2026-12-04')).to.equal(true);
  });

  it('reads a local time with no zone anywhere in the viewer’s zone, as the feed contract says', async () => {
    const event = { id: 'n', title: 'No zone', start: '2026-12-03T12:00' };
    const el = await calendar({ version: 1, events: [event] });
    expect(hasEvents(el, '2026-12-03')).to.equal(true);
    await choose(el, '2026-12-03');
    expect(text(el, '[part=event-time]')).to.equal('12:00');
  });

  it('counts the night the clocks go forward as eleven hours on two days (29 March 2026, London)', async () => {
    const event = {
      id: 'firing',
      title: 'Overnight wood firing',
      start: '2026-03-28T20:00',
      end: '2026-03-29T08:00',
      city: 'stoke-on-trent',
    };
    const el = await calendar(feedWith([event]), { city: 'stoke-on-trent', month: '2026-03' });
    expect(hasEvents(el, '2026-03-28')).to.equal(true);
    expect(hasEvents(el, '2026-03-29')).to.equal(true);
    await choose(el, '2026-03-29');
    expect(text(el, '[part=event-time]')).to.contain('28 Mar, 20:00 – 29 Mar, 08:00');
    expect(text(el, '[part=event-time]')).to.contain('Day 2 of 2');
    const datetime = root(el).querySelector('[part=event-time] time')!.getAttribute('datetime');
    expect(datetime).to.equal('2026-03-28T20:00:00.000Z');
  });

  it('places the hour that happens twice on 25 October 2026 (London) at its first reading', async () => {
    const event = {
      id: 'twice',
      title: 'Twice',
      start: '2026-10-25T01:30',
      city: 'stoke-on-trent',
    };
    const el = await calendar(feedWith([event]), { city: 'stoke-on-trent', month: '2026-10' });
    await choose(el, '2026-10-25');
    expect(root(el).querySelector('[part=event-time] time')!.getAttribute('datetime')).to.equal(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('has 29 days in February 2028', async () => {
    const event = { id: 'leap', title: 'Leap day', start: '2028-02-29', city: 'stoke-on-trent' };
    const el = await calendar(feedWith([event]), { city: 'stoke-on-trent', month: '2028-02' });
    const inMonth = [...root(el).querySelectorAll('[role=gridcell]:not([part~=outside])')];
    expect(inMonth.length).to.equal(29);
    expect(hasEvents(el, '2028-02-29')).to.equal(true);
    await choose(el, '2028-02-29');
    expect(listedTitles(el)).to.deep.equal(['Leap day']);
  });
});
