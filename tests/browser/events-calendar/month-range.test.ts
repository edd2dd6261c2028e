/**
 * Months the feed never reaches, or that are not months at all: the calendar
 * always ends on a usable screen (a grid or a clear message), never on its
 * loading placeholder. The render fuzzer found `month="9999-12"` hanging.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled, text } from '../helpers/mount.js';
import { december, monthHeading, root } from './fixtures.js';

async function calendarFor(month: string): Promise<EventsCalendar> {
  const el = await fixture<EventsCalendar>(
    html`<events-calendar
      lang="en-GB"
      time-zone="Europe/London"
      month=${month}
      .feed=${december}
    ></events-calendar>`,
  );
  return settled(el, 5_000);
}

describe('<events-calendar> months far from the feed', () => {
  for (const month of ['9999-12', '0001-01', '1970-01', '2300-06']) {
    it(`shows month="${month}" as a grid with its own heading and a "no events" message`, async () => {
      const el = await calendarFor(month);
      expect(el.state).to.equal('ready');
      expect(root(el).querySelector('[part~=grid]'), 'the grid').to.exist;
      expect(root(el).querySelectorAll('[part~=day]').length).to.be.within(28, 42);
      expect(text(el, '[part~=empty]')).to.contain('No events');
      expect(monthHeading(el)).to.match(new RegExp(String(Number(month.slice(0, 4)))));
      await expectAccessible(el);
    });
  }

  it('moves on from December 9999 without leaving the calendar blank', async () => {
    const el = await calendarFor('9999-12');
    root(el).querySelector<HTMLButtonElement>('[part~=next]')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(monthHeading(el), 'there is no later month to show').to.equal('December 9999');
    root(el).querySelector<HTMLButtonElement>('[part~=previous]')!.click();
    await el.updateComplete;
    expect(monthHeading(el)).to.equal('November 9999');
  });

  for (const month of ['2026-13', 'december', '10000-01', '']) {
    it(`reads month="${month}" as "not a month" and shows the current month`, async () => {
      const el = await calendarFor(month);
      expect(el.state).to.equal('ready');
      expect(monthHeading(el)).to.equal('November 2026'); // the suite's pinned clock
    });
  }
});
