/**
 * The WAI-ARIA APG date grid keyboard, with real key presses (sendKeys goes
 * through the browser's input pipeline, not synthetic events).
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { mount } from '../helpers/mount.js';
import {
  button,
  cell,
  december,
  focusedDay,
  listedTitles,
  monthHeading,
  root,
} from './fixtures.js';

async function calendar(month = '2026-12', weekStart?: number): Promise<EventsCalendar> {
  return mount<EventsCalendar>(
    html`<events-calendar
      lang="en-GB"
      time-zone="Europe/London"
      month=${month}
      week-start=${weekStart ?? ''}
      .feed=${december}
    ></events-calendar>`,
  );
}

/** Puts keyboard focus on a day, as a reader would by tabbing in and moving. */
async function focusDay(el: EventsCalendar, day: string): Promise<void> {
  cell(el, day).focus();
  await el.updateComplete;
  expect(focusedDay(el)).to.equal(day);
}

async function press(el: EventsCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<events-calendar> keyboard', () => {
  it('has one tab stop in the grid, on the chosen day', async () => {
    const el = await calendar();
    cell(el, '2026-12-19').click();
    await el.updateComplete;
    const stops = root(el).querySelectorAll('[role=gridcell][tabindex="0"]');
    expect(stops.length).to.equal(1);
    expect(stops[0].getAttribute('data-day')).to.equal('2026-12-19');
    expect(root(el).querySelectorAll('[role=gridcell][tabindex="-1"]').length).to.equal(41);
  });

  it('tabs from the last control into the grid, and out of it in one press', async () => {
    const el = await calendar();
    cell(el, '2026-12-19').click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part~=view-button]:last-child')!.focus();
    await press(el, 'Tab');
    expect(focusedDay(el)).to.equal('2026-12-19');
    await press(el, 'Tab');
    expect(focusedDay(el)).to.equal(undefined);
    expect(root(el).activeElement!.closest('[part=day-events]')).to.exist;
  });

  it('moves by a day with Left and Right, and by a week with Up and Down', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-16');
    await press(el, 'ArrowRight');
    expect(focusedDay(el)).to.equal('2026-12-17');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedDay(el)).to.equal('2026-12-15');
    await press(el, 'ArrowDown');
    expect(focusedDay(el)).to.equal('2026-12-22');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(focusedDay(el)).to.equal('2026-12-08');
    expect(root(el).querySelectorAll('[role=gridcell][tabindex="0"]').length).to.equal(1);
  });

  it('goes to the first and last day of the week with Home and End', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-17');
    await press(el, 'Home');
    expect(focusedDay(el)).to.equal('2026-12-14');
    await press(el, 'End');
    expect(focusedDay(el)).to.equal('2026-12-20');
  });

  it('follows week-start for Home and End', async () => {
    const el = await calendar('2026-12', 0);
    await focusDay(el, '2026-12-17');
    await press(el, 'Home');
    expect(focusedDay(el)).to.equal('2026-12-13');
    await press(el, 'End');
    expect(focusedDay(el)).to.equal('2026-12-19');
  });

  it('changes month with PageUp and PageDown, keeping the day (or the last one the month has)', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-31');
    await press(el, 'PageDown');
    expect(monthHeading(el)).to.equal('January 2027');
    expect(focusedDay(el)).to.equal('2027-01-31');
    await press(el, 'PageDown');
    expect(focusedDay(el)).to.equal('2027-02-28');
    await press(el, 'PageUp');
    await press(el, 'PageUp');
    expect(focusedDay(el)).to.equal('2026-12-28');
    expect(el.month).to.equal('2026-12');
  });

  it('changes year with Shift+PageUp and Shift+PageDown, and knows 29 February 2028', async () => {
    const el = await calendar('2028-02');
    await focusDay(el, '2028-02-29');
    await press(el, 'Shift+PageDown');
    expect(monthHeading(el)).to.equal('February 2029');
    expect(focusedDay(el)).to.equal('2029-02-28');
    await press(el, 'Shift+PageUp');
    await press(el, 'Shift+PageUp');
    expect(focusedDay(el)).to.equal('2027-02-28');
  });

  it('crosses into the next and previous month with the arrows, focus following the day', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-31');
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const { detail } = await oneEvent<HTMLElementEventMap['civic-month-change']>(
      el,
      'civic-month-change',
    );
    expect(detail.month).to.equal('2027-01');
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2027-01-01');
    await press(el, 'ArrowUp');
    expect(monthHeading(el)).to.equal('December 2026');
    expect(focusedDay(el)).to.equal('2026-12-25');
  });

  it('chooses the focused day with Enter', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-09');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = await oneEvent<HTMLElementEventMap['civic-day-select']>(
      el,
      'civic-day-select',
    );
    expect(detail.date).to.equal('2026-12-09');
    await el.updateComplete;
    expect(listedTitles(el)).to.deep.equal(['Online exchange']);
    expect(focusedDay(el)).to.equal('2026-12-09');
  });

  it('chooses the focused day with Space, without scrolling the page', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-19');
    const scrolled = window.scrollY;
    await press(el, 'Space');
    expect(cell(el, '2026-12-19').getAttribute('aria-selected')).to.equal('true');
    expect(window.scrollY).to.equal(scrolled);
  });

  it('leaves the page’s shortcuts alone (Alt, Ctrl and Meta with a key)', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-16');
    const event = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    cell(el, '2026-12-16').dispatchEvent(event);
    await el.updateComplete;
    expect(event.defaultPrevented).to.equal(false);
    expect(focusedDay(el)).to.equal('2026-12-16');
  });

  it('keeps focus on the navigation buttons and moves the grid’s tab stop with them', async () => {
    const el = await calendar();
    await focusDay(el, '2026-12-16');
    button(el, 'next').focus();
    await press(el, 'Enter');
    expect(monthHeading(el)).to.equal('January 2027');
    expect(root(el).activeElement).to.equal(button(el, 'next'));
    expect(root(el).querySelector('[tabindex="0"]')!.getAttribute('data-day')).to.equal(
      '2027-01-16',
    );
  });

  it('switches the view from the keyboard', async () => {
    const el = await calendar();
    const list = root(el).querySelector<HTMLButtonElement>('[part~=view-button]:last-child')!;
    list.focus();
    await press(el, 'Space');
    expect(el.view).to.equal('list');
    expect(root(el).querySelector('[part=agenda]')).to.exist;
    const month = root(el).querySelector<HTMLButtonElement>('[part~=view-button]')!;
    month.focus();
    await press(el, 'Enter');
    expect(el.view).to.equal('month');
  });
});
