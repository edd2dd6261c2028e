/**
 * A month with 5,000 events. Events are placed by day once per data or zone
 * change; a render only reads the index. Measured alone on a 2-core
 * machine: about 170 ms for the first render, 80 ms to place the events
 * again, under 60 ms per month change, 500 ms for the list of 5,000. The
 * limits are several times that, because test files run two at a time.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { mount } from '../helpers/mount.js';
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

  it('renders the month quickly and counts every event', async () => {
    const started = performance.now();
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        time-zone="Europe/London"
        .feed=${feed}
      ></events-calendar>`,
    );
    const elapsed = performance.now() - started;
    expect(elapsed, `first render took ${Math.round(elapsed)} ms`).to.be.below(3000);
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
  });

  it('moves between months and chooses days without placing the events again', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        time-zone="Europe/London"
        .feed=${feed}
      ></events-calendar>`,
    );
    const timings: number[] = [];
    for (const part of ['next', 'previous', 'next', 'previous']) {
      const started = performance.now();
      button(el, part).click();
      await el.updateComplete;
      timings.push(performance.now() - started);
    }
    const started = performance.now();
    cell(el, '2026-12-15').click();
    await el.updateComplete;
    timings.push(performance.now() - started);
    expect(Math.max(...timings), `timings ${timings.map(Math.round).join(', ')} ms`).to.be.below(
      500,
    );
  });

  it('places the events again quickly when the display zone changes', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        time-zone="Europe/London"
        .feed=${feed}
      ></events-calendar>`,
    );
    const started = performance.now();
    el.timeZone = 'Pacific/Auckland';
    await el.updateComplete;
    const elapsed = performance.now() - started;
    expect(elapsed, `placing again took ${Math.round(elapsed)} ms`).to.be.below(2000);
    // 08:00 in London on 1 December is 21:00 in Auckland: the first hours move to 1 December's evening.
    expect(cellName(el, '2026-12-01')).to.match(/events$/);
  });

  it('shows the month’s agenda of 5,000 events in reasonable time', async () => {
    const started = performance.now();
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        view="list"
        time-zone="Europe/London"
        .feed=${feed}
      ></events-calendar>`,
    );
    const elapsed = performance.now() - started;
    expect(root(el).querySelectorAll('[part~=event]').length).to.be.greaterThan(5000);
    expect(elapsed, `list took ${Math.round(elapsed)} ms`).to.be.below(15000);
  });
});
