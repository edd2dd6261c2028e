import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled } from '../helpers/mount.js';
import {
  activity,
  chip,
  chips,
  daysAgo,
  describeNode,
  focused,
  has,
  items,
  sampleFeed,
} from './feeds.js';

async function mountAt(
  width: number,
  feed: unknown = sampleFeed(),
  limit = 5,
): Promise<ActivityFeed> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <activity-feed lang="en-GB" limit=${limit} .feed=${feed}></activity-feed>
    </div>`,
  );
  return settled(wrapper.querySelector('activity-feed')!);
}

/** Everything a reader can click or tap. */
const targets = (el: ActivityFeed) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button'),
];

async function withNewItem(el: ActivityFeed): Promise<HTMLLIElement> {
  const feed = sampleFeed();
  feed.activities.push(activity('fresh', daysAgo(0.01)));
  el.feed = feed;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=new]'), 'no new item');
  return el.shadowRoot!.querySelector<HTMLLIElement>('li[part~=new]')!;
}

describe('<activity-feed>: layout and theming', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

  it('fits a 280 px sidebar: one column, nothing wider than the widget, and passes axe', async () => {
    const el = await mountAt(280);
    expect(el.getBoundingClientRect().width).to.equal(280);
    const [first, second] = items(el);
    expect(second.getBoundingClientRect().top).to.be.greaterThan(
      first.getBoundingClientRect().bottom - 1,
    );
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, `${node.localName}.${node.className} overflows`).to.be.at.most(
        el.getBoundingClientRect().right + 0.5,
      );
    }
    await expectAccessible(el);
  });

  it('lays activities out as cards, three across, in a 1200 px column', async () => {
    const el = await mountAt(1200, sampleFeed(), 6);
    const tops = items(el).map((li) => Math.round(li.getBoundingClientRect().top));
    expect(tops[0]).to.equal(tops[1]);
    expect(tops[1]).to.equal(tops[2]);
    expect(tops[3]).to.be.greaterThan(tops[2]);
    expect(getComputedStyle(items(el)[0]).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(items(el)[0]).borderLeftWidth).to.equal('1px');
    await expectAccessible(el);
  });

  it('lists activities one under the other in a 500 px column', async () => {
    const el = await mountAt(500);
    const [first, second] = items(el);
    expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom);
  });

  for (const width of [280, 1200]) {
    it(`makes every link and button at least 24 px high at ${width} px`, async () => {
      const el = await mountAt(width);
      const all = targets(el);
      expect(all.length).to.be.greaterThan(10);
      for (const target of all) {
        const { height, width: w } = target.getBoundingClientRect();
        expect(height, `"${target.textContent.trim()}" is ${height}px high`).to.be.at.least(24);
        expect(w).to.be.at.least(24);
      }
    });
  }

  it('shows a focus ring on chips, links and Show more when reached by keyboard', async () => {
    const el = await mountAt(600);
    chips(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(describeNode(chips(el)[1]));
    expect(getComputedStyle(chips(el)[1]).outlineStyle).to.equal('solid');
    expect(getComputedStyle(chips(el)[1]).outlineWidth).to.equal('3px');
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!;
    more.focus();
    await sendKeys({ press: 'Shift+Tab' });
    const link = el.shadowRoot!.activeElement as HTMLElement;
    expect(link.localName).to.equal('a');
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('tells a pressed chip by more than colour: a tick, and a filled background', async () => {
    const el = await mountAt(600);
    const all = chip(el, 'All');
    const article = chip(el, 'Article');
    expect(getComputedStyle(all, '::before').content).to.contain('✓');
    expect(getComputedStyle(article, '::before').content).to.equal('none');
    expect(getComputedStyle(all).backgroundColor).to.not.equal(
      getComputedStyle(article).backgroundColor,
    );
  });

  it('stays usable in forced-colours mode: pressed chips and new items are still marked', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mountAt(600);
    const pressed = getComputedStyle(chip(el, 'All'));
    const plain = getComputedStyle(chip(el, 'Article'));
    expect(pressed.backgroundColor).to.not.equal(plain.backgroundColor);
    expect(getComputedStyle(chip(el, 'All'), '::before').content).to.contain('✓');
    const item = await withNewItem(el);
    expect(getComputedStyle(item).borderInlineStartWidth).to.equal('4px');
    expect(getComputedStyle(item.querySelector('[part=new]')!).borderTopStyle).to.equal('solid');
    await expectAccessible(el);
  });

  it('animates a new item’s arrival, and not when the reader asks for reduced motion', async () => {
    const el = await mountAt(600);
    expect(getComputedStyle(await withNewItem(el)).animationName).to.equal('arrive');
    await emulateMedia({ reducedMotion: 'reduce' });
    const calm = await mountAt(600);
    expect(getComputedStyle(await withNewItem(calm)).animationName).to.equal('none');
  });

  it('inherits the page’s font and colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif; color: rgb(40, 10, 90)">
        <activity-feed .feed=${sampleFeed()}></activity-feed>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('activity-feed')!);
    const summary = el.shadowRoot!.querySelector('[part=summary]')!;
    expect(getComputedStyle(summary).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(summary).color).to.equal('rgb(40, 10, 90)');
  });

  it('takes its accent from --civic-accent and exposes its parts to ::part', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .themed {
            --civic-accent: rgb(0, 100, 0);
          }
          .themed::part(item) {
            background: rgb(250, 250, 210);
          }
        </style>
        <activity-feed class="themed" .feed=${sampleFeed()}></activity-feed>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('activity-feed')!);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~=title] a')!).color).to.equal(
      'rgb(0, 100, 0)',
    );
    expect(getComputedStyle(items(el)[0]).backgroundColor).to.equal('rgb(250, 250, 210)');
    for (const part of [
      'base',
      'heading',
      'filters',
      'filter',
      'list',
      'item',
      'type',
      'title',
      'summary',
      'date',
      'more',
      'status',
    ]) {
      expect(has(el.shadowRoot!, `[part~=${part}]`), part).to.equal(true);
    }
  });
});
