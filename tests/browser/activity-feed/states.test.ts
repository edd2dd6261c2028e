import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, mount, settled, text } from '../helpers/mount.js';
import { chips, has, items, sampleFeed } from './feeds.js';

/** Replaces console.warn while `run` runs; returns what was warned. */
async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<activity-feed>: states', () => {
  it('shows a skeleton with room for `limit` activities under the real heading while loading', async () => {
    const el = await fixture<ActivityFeed>(
      html`<activity-feed
        limit="4"
        src=${feedUrl('unic/stoke-on-trent.json', { hang: 1 })}
      ></activity-feed>`,
    );
    expect(el.state).to.equal('loading');
    const skeleton = el.shadowRoot!.querySelector('[part=skeleton]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '[part=skeleton] [role=status]')).to.equal('Loading…');
    expect(skeleton.querySelectorAll('.item').length).to.equal(4);
    expect(text(el, '[part=heading]')).to.equal('Latest activities');
    // One pulse for the whole placeholder (one layer to redraw each frame), none per bone.
    expect(getComputedStyle(skeleton).animationName).to.equal('pulse');
    const bones = [...skeleton.querySelectorAll('.bone')];
    expect(bones.length).to.be.greaterThan(4);
    expect(bones.map((bone) => getComputedStyle(bone).animationName)).to.satisfy(
      (names: string[]) => names.every((name) => name === 'none'),
    );
    await expectAccessible(el);
  });

  for (const width of [280, 400, 1000]) {
    it(`reserves about the final height while loading in a ${width} px container, so the page does not jump`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      const loading = document.createElement('activity-feed');
      loading.src = feedUrl('unic/stoke-on-trent.json', { hang: 1 });
      const ready = document.createElement('activity-feed');
      ready.src = feedUrl('unic/stoke-on-trent.json');
      wrapper.append(loading, ready);
      await settled(ready);
      await loading.updateComplete;
      expect(loading.state).to.equal('loading');
      const ratio = loading.offsetHeight / ready.offsetHeight;
      expect(
        ratio,
        `skeleton ${loading.offsetHeight}px, ready ${ready.offsetHeight}px`,
      ).to.be.within(0.85, 1.15);
    });
  }

  it('shows an error with Try again, and keeps the fallback content reachable', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed src=${feedUrl('unic/stoke-on-trent.json', { status: 503 })}
        ><a href="https://www.stoke.gov.uk/news">Stoke-on-Trent news</a></activity-feed
      >`,
    );
    expect(el.state).to.equal('error');
    expect(text(el, '[part=error]')).to.contain('The latest activities could not be loaded.');
    expect(text(el, '[part=heading]')).to.equal('Latest activities');
    expect(el.shadowRoot!.querySelector('[part~=retry]')!.textContent.trim()).to.equal('Try again');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part=error] slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Stoke-on-Trent news');
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('loads when Try again is pressed after a failure', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed
        src=${feedUrl('unic/stoke-on-trent.json', { failTimes: 3 })}
      ></activity-feed>`,
    );
    expect(el.state).to.equal('error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await waitUntil(() => el.state === 'ready', 'Try again did not load the feed', {
      timeout: 10_000,
    });
    await el.updateComplete;
    expect(items(el).length).to.equal(5);
  });

  it('says "No activities yet." when the feed has none', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed src=${feedUrl('states/activity-empty.json')}></activity-feed>`,
    );
    expect(el.state).to.equal('ready');
    expect(text(el, '[part=empty]')).to.equal('No activities yet.');
    expect(has(el.shadowRoot!, '[part=list], [part=filters], [part=more]')).to.equal(false);
    await expectAccessible(el);
  });

  it('says "No activities yet." when none is for this city', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed city="delft" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(text(el, '[part=empty]')).to.equal('No activities yet.');
    expect(chips(el).length).to.equal(0);
  });

  it('shows the valid activities of a partly broken feed and warns the editor once', async () => {
    let el!: ActivityFeed;
    const warnings = await captureWarnings(async () => {
      el = await mount<ActivityFeed>(
        html`<activity-feed src=${feedUrl('states/activity-partial.json')}></activity-feed>`,
      );
    });
    expect(items(el).map((li) => li.querySelector('a')!.textContent)).to.deep.equal([
      'Kiln opening night',
      'Annual report 2025',
    ]);
    // Only the feed's problems: a filter notice of an earlier test may arrive late (its words load on demand).
    const problems = warnings.filter((w) => w.includes('problem'));
    expect(problems.length, warnings.join('\n')).to.equal(1);
    expect(problems[0]).to.contain('activities[1].published');
    await expectAccessible(el);
  });

  it('shows only its light-DOM content when it has no feed', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed
        ><a href="https://www.stoke.gov.uk/news">Stoke-on-Trent news</a></activity-feed
      >`,
    );
    expect(el.state).to.equal('idle');
    expect(has(el.shadowRoot!, '[part=heading]')).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements().length).to.equal(1);
  });

  it('keeps the activities on screen and says so when a refresh fails', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    await captureWarnings(async () => {
      el.feed = { version: 99 };
      await waitUntil(() => el.shadowRoot!.querySelector('[part=notice]'), 'no notice');
    });
    expect(items(el).length).to.equal(5);
    expect(text(el, '[part=notice]')).to.contain('Could not update.');
    await expectAccessible(el);
  });
});
