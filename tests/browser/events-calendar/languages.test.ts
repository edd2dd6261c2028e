/**
 * Welsh and French (and how a bare "en" is read). Names of months and
 * weekdays come from Intl; Chromium ships no Welsh, so for "cy" the widget
 * fills in the CLDR names itself (see NAME_TABLES in src/shared/dates.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount, settled, text } from '../helpers/mount.js';
import { cell, cellName, december, monthHeading, root } from './fixtures.js';

async function calendar(lang: string, view = 'month'): Promise<EventsCalendar> {
  return mount<EventsCalendar>(
    html`<events-calendar
      lang=${lang}
      month="2026-12"
      view=${view}
      time-zone="Europe/London"
      .feed=${december}
    ></events-calendar>`,
  );
}

function weekdays(el: EventsCalendar, which: 'short' | 'long'): string[] {
  return [...root(el).querySelectorAll('[role=columnheader]')].map((th) =>
    th
      .querySelector(which === 'short' ? '[aria-hidden=true]' : '.visually-hidden')!
      .textContent.trim(),
  );
}

async function choose(el: EventsCalendar, day: string): Promise<void> {
  cell(el, day).click();
  await el.updateComplete;
}

describe('<events-calendar> in Welsh (lang="cy")', () => {
  it('names the month "Rhagfyr 2026"', async () => {
    const el = await calendar('cy');
    expect(monthHeading(el)).to.equal('Rhagfyr 2026');
  });

  it('starts the week on Monday, with Welsh weekday names', async () => {
    const el = await calendar('cy');
    expect(weekdays(el, 'long')).to.deep.equal([
      'Dydd Llun',
      'Dydd Mawrth',
      'Dydd Mercher',
      'Dydd Iau',
      'Dydd Gwener',
      'Dydd Sadwrn',
      'Dydd Sul',
    ]);
    expect(weekdays(el, 'short')).to.deep.equal(['Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad', 'Sul']);
  });

  it('names the days in Welsh, with their events, and lists them', async () => {
    const el = await calendar('cy');
    expect(cellName(el, '2026-12-03')).to.match(/^Dydd Iau,? 3 Rhagfyr 2026, /);
    await choose(el, '2026-12-03');
    const dayHeading = text(el, '[part=day-heading]');
    expect(dayHeading).to.contain('Dydd Iau');
    expect(dayHeading).to.contain('3 Rhagfyr 2026');
    expect(text(el, '[part=day-events]')).to.contain('3 Rhag, 23:30 – 4 Rhag, 01:00');
  });

  it('speaks Welsh in its controls and marks the feed’s English text as English', async () => {
    const el = await calendar('cy');
    const previous = root(el).querySelector('[part~=previous]')!;
    expect(previous.textContent).not.to.contain('Previous');
    await choose(el, '2026-12-03');
    expect(root(el).querySelector('[part~=event]')!.getAttribute('lang')).to.equal('en-GB');
    expect(root(el).querySelector('[part=add-to-calendar]')!.getAttribute('lang')).to.equal('cy');
    await expectAccessible(el);
  });

  it('shows the list view in Welsh', async () => {
    const el = await calendar('cy', 'list');
    expect(text(el, '[part=day-heading]')).to.match(/^Dydd Iau,? 3 Rhagfyr 2026$/);
    await expectAccessible(el);
  });
});

describe('<events-calendar> in French (lang="fr")', () => {
  it('names the month "décembre 2026"', async () => {
    const el = await calendar('fr');
    expect(monthHeading(el)).to.equal('décembre 2026');
  });

  it('starts the week on Monday, with French weekday names', async () => {
    const el = await calendar('fr');
    expect(weekdays(el, 'long')).to.deep.equal([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    expect(weekdays(el, 'short')[0]).to.equal('lun.');
  });

  it('names the days in French and lists their events', async () => {
    const el = await calendar('fr');
    expect(cellName(el, '2026-12-03')).to.equal('jeudi 3 décembre 2026, 2 événements');
    await choose(el, '2026-12-03');
    expect(text(el, '[part=day-heading]')).to.contain('jeudi 3 décembre 2026');
    expect(text(el, '[part=day-events]')).to.contain('23:30');
    await expectAccessible(el);
  });

  it('shows the list view in French', async () => {
    const el = await calendar('fr', 'list');
    expect(text(el, '[part=day-heading]')).to.equal('jeudi 3 décembre 2026');
    await expectAccessible(el);
  });

  it('takes its language from an ancestor and follows a change', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <events-calendar
          month="2026-12"
          time-zone="Europe/London"
          .feed=${december}
        ></events-calendar>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('events-calendar')!);
    expect(monthHeading(el)).to.equal('décembre 2026');
    wrapper.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(monthHeading(el)).to.equal('Rhagfyr 2026');
  });
});

for (const [lang, january, empty] of [
  ['cy', 'Ionawr 2027', /^Dim digwyddiadau/],
  ['fr', 'janvier 2027', /^Aucun événement/],
] as const) {
  describe(`<events-calendar> keyboard and states in lang="${lang}"`, () => {
    it('moves through the months from the keyboard, naming each in the language', async () => {
      const el = await calendar(lang);
      cell(el, '2026-12-31').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(monthHeading(el)).to.equal(january);
      expect((root(el).activeElement as HTMLElement).dataset.day).to.equal('2027-01-01');
      // Home keeps to the month on screen (docs/decisions/calendar-keys.md): 1 January is its row's first day here.
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect((root(el).activeElement as HTMLElement).dataset.day).to.equal('2027-01-01');
      expect(monthHeading(el)).to.equal(january);
    });

    it('says the month is empty in the language, in both views', async () => {
      for (const view of ['month', 'list']) {
        const el = await mount<EventsCalendar>(
          html`<events-calendar
            lang=${lang}
            month="2026-06"
            view=${view}
            .feed=${december}
          ></events-calendar>`,
        );
        expect(text(el, '[part=empty]')).to.match(empty);
        await expectAccessible(el);
      }
    });
  });
}

describe('<events-calendar> English variants', () => {
  it('reads a bare "en" for a British city as British English, Monday first', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en"
        month="2026-12"
        city="stoke-on-trent"
        .feed=${december}
      ></events-calendar>`,
    );
    expect(weekdays(el, 'long')[0]).to.equal('Monday');
    expect(cellName(el, '2026-12-19')).to.match(/^Saturday,? 19 December 2026/);
  });

  it('follows a region the page gives: "en-US" starts on Sunday', async () => {
    const el = await calendar('en-US');
    expect(weekdays(el, 'long')[0]).to.equal('Sunday');
    expect(cellName(el, '2026-12-19')).to.match(/^Saturday, December 19, 2026/);
  });
});
