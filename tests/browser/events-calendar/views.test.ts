/** The list view, the switch between views, and the layout at sidebar and column widths. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, settled, text } from '../helpers/mount.js';
import { cell, december, listedTitles, nextFrame, root } from './fixtures.js';

/** A calendar inside a box of a given width (the page around a widget decides its width). */
async function inBox(width: number, attrs: { view?: string; month?: string; src?: string } = {}) {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <events-calendar
        lang="en-GB"
        time-zone="Europe/London"
        month=${attrs.month ?? '2026-12'}
        view=${attrs.view ?? ''}
        src=${attrs.src ?? ''}
        .feed=${attrs.src ? undefined : december}
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

function agendaDays(el: EventsCalendar): string[] {
  return [...root(el).querySelectorAll('[part=agenda-day] [part=day-heading] time')].map((t) =>
    t.getAttribute('datetime')!,
  );
}

describe('<events-calendar> list view', () => {
  it('lists the month’s events grouped by day, under a heading per day', async () => {
    const { el } = await inBox(800, { view: 'list' });
    expect(root(el).querySelector('[part=grid]')).to.equal(null);
    // Each event once (the kiln night that ends on the 4th is under the 3rd), a page of six.
    expect(agendaDays(el)).to.deep.equal([
      '2026-12-03',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-12',
    ]);
    const first = root(el).querySelector('[part=agenda-day]')!;
    expect(first.querySelector('h3[part=day-heading]')!.textContent.trim()).to.match(
      /^Thursday,? 3 December 2026$/,
    );
    expect(first.querySelectorAll('h4[part=event-title]').length).to.equal(2);
    expect(listedTitles(el, '[part=agenda]')).to.include('Cancelled Family clay day');
  });

  it('leaves out the days of other months', async () => {
    const { el } = await inBox(800, { view: 'list' });
    expect(agendaDays(el)).not.to.include('2027-01-02');
  });

  it('says "No events this month" for an empty month', async () => {
    const { el } = await inBox(800, { view: 'list', month: '2026-06' });
    expect(text(el, '[part=empty]')).to.equal('No events this month');
    await expectAccessible(el);
  });

  it('passes axe', async () => {
    const { el } = await inBox(800, { view: 'list' });
    await expectAccessible(el);
  });

  it('marks the switch’s current view with aria-pressed, in a labelled group', async () => {
    const { el } = await inBox(800, { view: 'list' });
    const group = root(el).querySelector('[part=views]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('View');
    const [month, list] = group.querySelectorAll('button');
    expect(month.getAttribute('aria-pressed')).to.equal('false');
    expect(list.getAttribute('aria-pressed')).to.equal('true');
    expect(list.getAttribute('part')).to.contain('selected');
    month.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('month');
    expect(root(el).querySelector('[part=grid]')).to.exist;
  });
});

describe('<events-calendar> layout', () => {
  it('switches to the list by itself below 30em, and back when there is room', async () => {
    const { box, el } = await inBox(320);
    expect(el.currentView).to.equal('list');
    expect(root(el).querySelector('[part=agenda]')).to.exist;
    box.style.width = '900px';
    await waitUntil(() => el.currentView === 'month', 'did not switch back to the month');
    await el.updateComplete;
    expect(root(el).querySelector('[part=grid]')).to.exist;
    expect(el.hasAttribute('view')).to.equal(false);
  });

  it('keeps the month grid in a 280 px sidebar when view="month", compact: counts as dot and number', async () => {
    const { el } = await inBox(280, { view: 'month' });
    expect(root(el).querySelector('[part=grid]')).to.exist;
    const count = cell(el, '2026-12-03').querySelector('[part=count]')!;
    expect(getComputedStyle(count.querySelector('.short')!).display).not.to.equal('none');
    expect(getComputedStyle(count.querySelector('.long')!).display).to.equal('none');
    expect(count.querySelector('.short')!.textContent).to.equal('2');
    expect(getComputedStyle(count.querySelector('.dot')!).display).not.to.equal('none');
    expect(root(el).querySelector('[part=base]')!.scrollWidth).to.be.at.most(280);
    await expectAccessible(el);
  });

  it('writes the count in words in a column too narrow for titles', async () => {
    const { el } = await inBox(740);
    const count = cell(el, '2026-12-03').querySelector('[part=count]')!;
    expect(getComputedStyle(count.querySelector('.long')!).display).not.to.equal('none');
    expect(getComputedStyle(count.querySelector('.short')!).display).to.equal('none');
    expect(root(el).querySelector('[part=base]')!.getBoundingClientRect().width).to.equal(740);
  });

  it('hides the words of the arrow buttons when narrow, keeping their accessible names', async () => {
    const { el } = await inBox(280, { view: 'month' });
    const previous = root(el).querySelector('[part~=previous]')!;
    expect(previous.querySelector('.label')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(previous.textContent).to.contain('Previous month');
    const { el: wide } = await inBox(1200);
    expect(
      root(wide).querySelector('[part~=previous] .label')!.getBoundingClientRect().width,
    ).to.be.above(40);
  });

  it('gives every day and button a target of at least 24 by 24 px in a 280 px sidebar', async () => {
    const { el } = await inBox(280, { view: 'month' });
    for (const target of root(el).querySelectorAll('td, button')) {
      const { width, height } = target.getBoundingClientRect();
      expect(width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });

  it('reserves the final height of a 280 px grid while loading', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 280px">
        <events-calendar
          view="month"
          month="2026-12"
          src=${feedUrl('states/calendar-december.json', { hang: 1 })}
        ></events-calendar>
      </div>`,
    );
    const waiting = box.querySelector('events-calendar')!;
    await waiting.updateComplete;
    const { el } = await inBox(280, { view: 'month' });
    const skeleton = root(waiting).querySelector('[part=skeleton]')!.getBoundingClientRect();
    const bones = root(waiting).querySelector('.skeleton-grid')!.getBoundingClientRect();
    const base = root(el).querySelector('[part=base]')!.getBoundingClientRect();
    const grid = root(el).querySelector('[part=grid]')!.getBoundingClientRect();
    expect(Math.abs(bones.height - grid.height)).to.be.below(4);
    expect(Math.abs(bones.top - skeleton.top - (grid.top - base.top))).to.be.below(4);
    await expectAccessible(waiting);
    waiting.remove();
  });

  it('shows a visible focus ring on the focused day', async () => {
    const { el } = await inBox(800);
    cell(el, '2026-12-16').focus();
    const style = getComputedStyle(cell(el, '2026-12-16'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    // The black inner ring that gives the yellow contrast on any background.
    expect(getComputedStyle(cell(el, '2026-12-16'), '::after').boxShadow).to.contain('inset');
  });

  it('tells today and the chosen day apart without colour in forced-colors mode', async () => {
    const realNow = Date.now;
    Date.now = () => Date.parse('2026-12-16T12:00:00Z');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const { el } = await inBox(800);
      cell(el, '2026-12-19').click();
      await el.updateComplete;
      expect(cell(el, '2026-12-16').getAttribute('aria-current')).to.equal('date');
      const selected = getComputedStyle(cell(el, '2026-12-19'));
      const plain = getComputedStyle(cell(el, '2026-12-18'));
      // Chosen: filled with the system Highlight colour.
      expect(selected.backgroundColor).not.to.equal(plain.backgroundColor);
      expect(selected.color).not.to.equal(plain.color);
      // Today: a ring round the number, a shape that needs no colour.
      const ring = getComputedStyle(cell(el, '2026-12-16').querySelector('.number')!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      for (const day of ['2026-12-18', '2026-12-19']) {
        const number = getComputedStyle(cell(el, day).querySelector('.number')!);
        expect(number.outlineStyle).to.equal('none');
        expect(number.borderTopStyle).to.equal('none');
      }
      await expectAccessible(el);
    } finally {
      Date.now = realNow;
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('stops the skeleton’s pulse when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <events-calendar
            src=${feedUrl('states/calendar-december.json', { hang: 1 })}
          ></events-calendar>
        </div>`,
      );
      const el = box.querySelector('events-calendar')!;
      await el.updateComplete;
      const bone = root(el).querySelector('.bone')!;
      expect(getComputedStyle(bone).animationName).to.equal('none');
      el.remove();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('passes axe in the narrow list view', async () => {
    const { el } = await inBox(300);
    expect(el.currentView).to.equal('list');
    await expectAccessible(el);
  });
});
