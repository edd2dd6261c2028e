/**
 * Titles in the wide month grid, the list view on phones (each event once,
 * a page at a time), focus when the calendar changes view by itself, and
 * events that run to 9999.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { LANGUAGES } from '../../../src/shared/strings/all.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled } from '../helpers/mount.js';
import { cell, cellName, december, feedWith, focusedDay, nextFrame, root } from './fixtures.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Nine timed events on 3 December, a three-day fair and a market over the whole month. */
const busy = feedWith([
  ...Array.from({ length: 9 }, (_, i) => ({
    id: `talk-${i}`,
    title: `Talk number ${i + 1} about the history of the potteries and their kilns`,
    start: `2026-12-03T${pad(9 + i)}:00`,
    end: `2026-12-03T${pad(9 + i)}:45`,
    city: 'stoke-on-trent',
  })),
  {
    id: 'fair',
    title: 'Ceramics fair',
    start: '2026-12-09',
    end: '2026-12-11',
    city: 'stoke-on-trent',
  },
  {
    id: 'market',
    title: 'Winter market',
    start: '2026-11-27',
    end: '2026-12-23',
    city: 'stoke-on-trent',
  },
  ...Array.from({ length: 12 }, (_, i) => ({
    id: `evening-${i}`,
    title: `Evening class ${i + 1}`,
    start: `2026-12-${pad(i + 12)}T19:00`,
    end: `2026-12-${pad(i + 12)}T21:00`,
    city: 'stoke-on-trent',
  })),
]);

async function inBox(
  width: number,
  feed: unknown = busy,
  attrs: { view?: string; lang?: string } = {},
): Promise<{ box: HTMLDivElement; el: EventsCalendar }> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <events-calendar
        lang=${attrs.lang ?? 'en-GB'}
        time-zone="Europe/London"
        month="2026-12"
        view=${attrs.view ?? ''}
        .feed=${feed}
      ></events-calendar>
    </div>`,
  );
  const el = box.querySelector('events-calendar')!;
  if (!attrs.view) el.removeAttribute('view');
  await settled(el);
  await nextFrame();
  await el.updateComplete;
  return { box, el };
}

/** The lines of titles a day cell shows. */
function titleLines(el: EventsCalendar, day: string): string[] {
  return [...cell(el, day).querySelectorAll('.titles > *')].map((line) =>
    line.textContent.replace(/\s+/g, ' ').trim(),
  );
}

describe('<events-calendar> titles in the month grid', () => {
  it('shows the first events of a day with their times, and "+N more", when wide', async () => {
    const { el } = await inBox(1000);
    // All-day bands first (the market, named on Mondays and where it starts), then by
    // start time; 10 events: two lines and "+8 more".
    const [band, first, more] = titleLines(el, '2026-12-03');
    expect(band).to.equal('');
    expect(first).to.match(
      /^0?9:00 Talk number 1 about the history of the potteries and their kilns$/,
    );
    expect(more).to.equal('+8 more');
    expect(titleLines(el, '2026-12-03').length).to.equal(3);
    expect(cell(el, '2026-12-03').querySelector('[part=count]')).to.equal(null);
  });

  it('keeps the cell’s accessible name short and the titles hidden from it', async () => {
    const { el } = await inBox(1000);
    expect(cellName(el, '2026-12-03')).to.match(/^Thursday,? 3 December 2026, 10 events$/);
    expect(cell(el, '2026-12-03').querySelector('.titles')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    expect(root(el).querySelectorAll('[role=gridcell][tabindex="0"]').length).to.equal(1);
    expect(
      root(el).querySelectorAll('.titles [tabindex], .titles a, .titles button').length,
    ).to.equal(0);
  });

  it('clamps each title to one line and keeps the full title in its title attribute', async () => {
    const { el } = await inBox(1000);
    const line = cell(el, '2026-12-03').querySelectorAll<HTMLElement>('[part~=title]')[1];
    expect(line.getAttribute('title')).to.equal(
      'Talk number 1 about the history of the potteries and their kilns',
    );
    expect(getComputedStyle(line).whiteSpace).to.equal('nowrap');
    expect(line.scrollWidth).to.be.greaterThan(line.clientWidth);
    const lineHeight = parseFloat(getComputedStyle(line).lineHeight);
    expect(line.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
  });

  it('draws a multi-day event as a band on each of its days, named where it starts and on Mondays', async () => {
    const { el } = await inBox(1000);
    const band = (day: string) =>
      [...cell(el, day).querySelectorAll<HTMLElement>('[part~=band]')].find(
        (b) => b.title === 'Ceramics fair',
      )!;
    expect(band('2026-12-09').textContent.trim()).to.equal('Ceramics fair');
    expect(band('2026-12-10').textContent.trim()).to.equal('');
    expect(band('2026-12-11').classList.contains('continued')).to.equal(true);
    const market = [...cell(el, '2026-12-07').querySelectorAll<HTMLElement>('[part~=band]')][0];
    expect(market.textContent.trim()).to.equal('Winter market');
  });

  it('opens the day’s full list from "+N more"', async () => {
    const { el } = await inBox(1000);
    cell(el, '2026-12-03').querySelector<HTMLElement>('[part=more]')!.click();
    await el.updateComplete;
    expect(cell(el, '2026-12-03').getAttribute('aria-selected')).to.equal('true');
    const day = root(el).querySelector('[part=day-events]')!;
    expect(day.querySelector('[part~=day-heading]')!.textContent).to.match(/3 December 2026/);
    expect(day.querySelectorAll('[part~=event]').length).to.equal(6);
  });

  it('shows counts, not titles, in a medium container', async () => {
    const { el } = await inBox(600);
    expect(cell(el, '2026-12-03').querySelector('.titles')).to.equal(null);
    expect(cell(el, '2026-12-03').querySelector('[part=count]')!.textContent).to.contain(
      '10 events',
    );
  });

  for (const lang of Object.keys(LANGUAGES)) {
    it(`passes axe with titles and a day chosen in ${lang}`, async () => {
      const { el } = await inBox(1000, busy, { lang });
      cell(el, '2026-12-03').click();
      await el.updateComplete;
      expect(cell(el, '2026-12-03').querySelector('[part=more]')!.textContent).to.match(/8/);
      await expectAccessible(el);
    });
  }
});

describe('<events-calendar> list view on a phone', () => {
  it('lists a month-long market once, with "Continues" and its last day', async () => {
    const { el } = await inBox(360);
    expect(el.currentView).to.equal('list');
    const market = [...root(el).querySelectorAll('[part~=event]')].filter((li) =>
      li.textContent.includes('Winter market'),
    );
    expect(market.length).to.equal(1);
    expect(market[0].closest('[part=agenda-day]')!.getAttribute('data-day')).to.equal('2026-12-01');
    const when = market[0].querySelector('[part=event-time]')!.textContent.replace(/\s+/g, ' ');
    expect(when).to.contain('Continues');
    expect(when).to.contain('Until 23 December');
  });

  it('shows a page of events, and "Show more" moves focus to the first new one', async () => {
    const { el } = await inBox(360);
    const count = () => root(el).querySelectorAll('[part=agenda] [part~=event]').length;
    expect(count()).to.equal(6);
    const more = root(el).querySelector<HTMLButtonElement>('[part=show-more]')!;
    expect(more.textContent.trim()).to.equal('Show more events');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(count()).to.equal(12);
    expect((root(el).activeElement as HTMLElement).dataset.index).to.equal('6');
    // 23 events in the month: the fourth page is the last, and the button goes.
    for (let i = 0; i < 2; i++) {
      root(el).querySelector<HTMLButtonElement>('[part=show-more]')!.click();
      await el.updateComplete;
    }
    expect(count()).to.equal(23);
    expect(root(el).querySelector('[part=show-more]')).to.equal(null);
    await expectAccessible(el);
  });
});

describe('<events-calendar> focus when it changes view by itself', () => {
  it('keeps focus on the same day when the grid becomes a list (resize, zoom, rotation)', async () => {
    const { box, el } = await inBox(900);
    cell(el, '2026-12-09').focus();
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2026-12-09');
    box.style.width = '360px';
    await nextFrame();
    await el.updateComplete;
    await nextFrame();
    expect(el.currentView).to.equal('list');
    expect(document.activeElement).to.equal(el);
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('agenda-day');
    // The fair starts on the 9th: the list's day is the one that had focus.
    expect(focused.dataset.day).to.equal('2026-12-09');
  });

  it('goes back to the day in the grid when the list becomes a grid', async () => {
    const { box, el } = await inBox(360);
    root(el).querySelector<HTMLElement>('[part=agenda-day][data-day="2026-12-03"]')!.focus();
    box.style.width = '900px';
    await nextFrame();
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(el.currentView).to.equal('month');
    expect(document.activeElement).to.equal(el);
    expect(focusedDay(el)).to.equal('2026-12-03');
  });
});

describe('<events-calendar> Home and End', () => {
  it('go to the start and end of the week row without leaving the month', async () => {
    const { el } = await inBox(900, december);
    cell(el, '2026-12-03').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.month).to.equal('2026-12');
    expect(focusedDay(el)).to.equal('2026-12-01');
    cell(el, '2026-12-29').focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2026-12-31');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2026-12-28');
  });
});

describe('<events-calendar> with an event that runs to 9999', () => {
  const forever = feedWith([
    { id: 'forever', title: 'Permanent exhibition', start: '2026-06-01', end: '9999-12-31' },
    { id: 'talk', title: 'Curator talk', start: '2026-12-03T18:00', end: '2026-12-03T19:00' },
  ]);

  it('draws the days on screen in the grid, and lists the event once', async () => {
    const { el } = await inBox(1000, forever);
    expect(cellName(el, '2026-12-31')).to.match(/1 event$/);
    expect(cellName(el, '2026-12-03')).to.match(/2 events$/);
    el.view = 'list';
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('[part~=event]')].map((li) =>
      li.textContent.replace(/\s+/g, ' '),
    );
    expect(items.length).to.equal(2);
    expect(items[0]).to.contain('Until 31 December');
    el.month = '9999-12';
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~=event]').length).to.equal(1);
  });
});
