import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/city-profile/define.js';
import type { CityProfile } from '../../../src/widgets/city-profile/city-profile.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, mount, requestCount, settled, text } from '../helpers/mount.js';

const HUB = 'unic/hub.json';

async function nestedSettled(el: CityProfile): Promise<void> {
  const nested = [
    ...el.shadowRoot!.querySelectorAll<CivicElement>(
      'network-card, activity-feed, events-calendar',
    ),
  ];
  await Promise.all(nested.map((child) => settled(child)));
}

describe('<city-profile>', () => {
  it('shows the header, description, website, networks, practices, activities and events of the chosen city', async () => {
    const src = feedUrl(HUB);
    const el = await mount<CityProfile>(
      html`<city-profile lang="en-GB" city="stoke-on-trent" src=${src}></city-profile>`,
    );
    await nestedSettled(el);
    const root = el.shadowRoot!;
    expect(text(el, '[part=name]')).to.equal('Stoke-on-Trent');
    expect(text(el, '[part=facts]')).to.contain('United Kingdom');
    expect(text(el, '[part=facts]')).to.match(/Population\s*2\d\d,\d{3}/);
    expect(root.querySelectorAll('[part=about] p').length).to.be.within(2, 4);
    const website = root.querySelector<HTMLAnchorElement>('[part=website]')!;
    expect(website.textContent.trim()).to.equal('Visit the Stoke-on-Trent website');
    expect(website.href).to.match(/^https:\/\/www\.stoke\.gov\.uk/);
    const card = root.querySelector('network-card')!;
    expect(card.getAttribute('network')).to.equal('unic');
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(root.querySelectorAll('[part=practice]').length).to.be.greaterThanOrEqual(2);
    expect(root.querySelector('activity-feed')!.getAttribute('city')).to.equal('stoke-on-trent');
    expect(root.querySelector('events-calendar')!.getAttribute('city')).to.equal('stoke-on-trent');
    expect(await requestCount(src)).to.equal(1);
    await expectAccessible(el);
  });

  it('shows the first city of the feed without a city attribute', async () => {
    const el = await mount<CityProfile>(
      html`<city-profile src=${feedUrl('unic/limoges.json')} sections="about"></city-profile>`,
    );
    expect(text(el, '[part=name]')).to.equal('Limoges');
    expect(el.shadowRoot!.querySelector('[part=name] span')!.getAttribute('lang')).to.equal('fr');
  });

  it('chooses and orders sections with the sections attribute', async () => {
    const el = await mount<CityProfile>(
      html`<city-profile
        sections="practices networks"
        city="delft"
        src=${feedUrl(HUB)}
      ></city-profile>`,
    );
    const sections = [...el.shadowRoot!.querySelectorAll('section[part=section]')].map((s) =>
      s.getAttribute('aria-labelledby'),
    );
    expect(sections).to.deep.equal(['practices-title', 'networks-title']);
    expect(el.shadowRoot!.querySelector('[part=about]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('activity-feed')).to.equal(null);
  });

  it('uses the heading level it is given, and nests the others below it', async () => {
    const el = await mount<CityProfile>(
      html`<city-profile
        heading-level="3"
        sections="practices"
        city="delft"
        src=${feedUrl(HUB)}
      ></city-profile>`,
    );
    expect(el.shadowRoot!.querySelector('h3[part=name]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('#practices-title')!.localName).to.equal('h4');
    expect(el.shadowRoot!.querySelector('.practice-title')!.localName).to.equal('h5');
  });

  it('says so when the city is not in the feed', async () => {
    const el = await mount<CityProfile>(
      html`<city-profile city="atlantis" src=${feedUrl(HUB)}></city-profile>`,
    );
    expect(text(el)).to.contain('This city is not in the feed.');
  });

  it('speaks Welsh and French', async () => {
    const cy = await mount<CityProfile>(
      html`<city-profile
        lang="cy"
        sections="about"
        city="stoke-on-trent"
        src=${feedUrl(HUB)}
      ></city-profile>`,
    );
    // Chromium ships no Welsh region names, so the country stays in English; our own strings are Welsh.
    expect(text(cy, '[part=facts]')).to.contain('Poblogaeth');
    expect(text(cy, '[part=website]')).to.equal('Ewch i wefan Stoke-on-Trent');
    const fr = await mount<CityProfile>(
      html`<city-profile
        lang="fr"
        sections="about"
        city="stoke-on-trent"
        src=${feedUrl(HUB)}
      ></city-profile>`,
    );
    expect(text(fr, '[part=facts]')).to.contain('Royaume-Uni');
    expect(text(fr, '[part=website]')).to.equal('Visiter le site de Stoke-on-Trent');
    await expectAccessible(fr);
  });

  it('shows a skeleton that reserves space while loading', async () => {
    const el = await fixture<CityProfile>(
      html`<city-profile src=${feedUrl(HUB, { delay: 1000 })}></city-profile>`,
    );
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const skeleton = el.shadowRoot!.querySelector('[part=skeleton]')!;
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    await settled(el);
  });

  it('shows an error with Retry, and keeps the light-DOM link reachable', async () => {
    const el = await mount<CityProfile>(
      html`<city-profile src=${feedUrl(HUB, { status: 503 })}
        ><a href="https://www.stoke.gov.uk">Stoke-on-Trent City Council</a></city-profile
      >`,
    );
    expect(el.state).to.equal('error');
    expect(text(el, '[part~=error]')).to.contain('The city profile could not be loaded.');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
      'Stoke-on-Trent City Council',
    );
    await expectAccessible(el);
  });

  it('renders from a feed property, for frameworks', async () => {
    const el = document.createElement('city-profile');
    el.feed = { version: 1, cities: [{ id: 'x', name: 'Xville', population: 1200 }] };
    el.sections = 'about';
    document.body.append(el);
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el, '[part=name]')).to.equal('Xville');
    expect(text(el, '[part=facts]')).to.contain('1,200');
    el.remove();
  });
});
