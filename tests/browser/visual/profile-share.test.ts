/**
 * Issue 13, item 9: a profile's widgets use the profile's feed, strings,
 * language and theme. Parsing is counted through the feed object itself: a
 * Proxy records each time a parse reads the feed's `version`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import type { CityProfile } from '../../../src/widgets/city-profile/city-profile.js';
import { settled } from '../helpers/mount.js';

let hub: object;
before(async () => {
  hub = (await (await fetch('/demo/feeds/unic/hub.json')).json()) as object;
});

/** The hub feed, and how many times something has read its `version` (once per parse). */
function counted(): { feed: object; reads: () => number } {
  let reads = 0;
  const feed = new Proxy(structuredClone(hub), {
    get(target, key, receiver) {
      if (key === 'version') reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { feed, reads: () => reads };
}

const inner = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<CivicElement>('network-card, activity-feed, events-calendar'),
];

async function mountProfile(template: unknown): Promise<CityProfile> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${template}</div>`);
  const el = await settled(wrapper.querySelector<CityProfile>('city-profile')!);
  await Promise.all(inner(el).map((child) => settled(child)));
  return el;
}

describe('<city-profile> shares with its widgets', () => {
  it('parses its feed once, however many widgets it shows', async () => {
    const alone = counted();
    await mountProfile(
      html`<city-profile
        city="stoke-on-trent"
        sections="about"
        .feed=${alone.feed}
      ></city-profile>`,
    );
    const onceOnly = alone.reads();
    expect(onceOnly).to.be.greaterThan(0);

    const whole = counted();
    const el = await mountProfile(
      html`<city-profile city="stoke-on-trent" .feed=${whole.feed}></city-profile>`,
    );
    expect(inner(el).map((child) => child.localName)).to.deep.equal([
      'network-card',
      'activity-feed',
      'events-calendar',
    ]);
    expect(inner(el).every((child) => child.state === 'ready')).to.equal(true);
    expect(whole.reads()).to.equal(onceOnly);
  });

  it('gives its widgets its strings, language and theme', async () => {
    const el = await mountProfile(
      html`<city-profile
        city="stoke-on-trent"
        lang="fr"
        theme="dark"
        .strings=${{ activitiesHeading: 'Ce que nous faisons', cityNetworks: 'Nos réseaux' }}
        .feed=${structuredClone(hub)}
      ></city-profile>`,
    );
    const [card, feed, calendar] = inner(el);
    const text = (host: Element, selector: string) =>
      host.shadowRoot!.querySelector(selector)!.textContent.replace(/\s+/g, ' ').trim();
    expect(text(el, '#networks-title')).to.equal('Nos réseaux');
    expect(text(feed, '[part~=heading]')).to.equal('Ce que nous faisons');
    // French from the profile: the card's partner count and the calendar's Today button.
    expect(text(card, '.meta')).to.contain('villes partenaires');
    expect(text(calendar, '[part~=header]')).to.contain('Aujourd’hui');
    for (const child of [card, feed, calendar]) {
      expect(child.getAttribute('theme'), child.localName).to.equal('dark');
    }
  });

  it('lets a widget inside keep its own language', async () => {
    const el = await mountProfile(
      html`<city-profile
        city="stoke-on-trent"
        lang="fr"
        .feed=${structuredClone(hub)}
      ></city-profile>`,
    );
    const feed = el.shadowRoot!.querySelector<CivicElement>('activity-feed')!;
    feed.setAttribute('lang', 'de');
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelector('[part~=heading]')!.textContent.trim()).to.equal(
      'Neueste Aktivitäten',
    );
  });

  it('shares new data after a change of feed, without a parse per widget', async () => {
    const first = counted();
    const el = await mountProfile(
      html`<city-profile city="stoke-on-trent" .feed=${first.feed}></city-profile>`,
    );
    const next = counted();
    const changed = (
      next.feed as { activities: { city?: string; title: string; published: string }[] }
    ).activities;
    changed.unshift({
      ...changed.find((a) => a.city === 'stoke-on-trent')!,
      id: 'stoke-on-trent/new-one',
      title: 'A new kiln for the academy',
      published: '2026-12-02T10:00:00Z',
    } as (typeof changed)[number]);
    el.feed = next.feed;
    await settled(el);
    await el.updateComplete;
    const feed = el.shadowRoot!.querySelector<CivicElement>('activity-feed')!;
    await feed.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await feed.updateComplete;
    expect(feed.shadowRoot!.textContent).to.contain('A new kiln for the academy');
    expect(next.reads()).to.equal(first.reads());
  });
});
