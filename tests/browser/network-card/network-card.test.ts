import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/network-card/define.js';
import type { NetworkCard } from '../../../src/widgets/network-card/network-card.js';
import { expectAccessible } from '../helpers/axe.js';
import { feedUrl, mount, settled, text } from '../helpers/mount.js';

const feed = {
  version: 1,
  cities: [
    { id: 'limoges', name: 'Limoges' },
    { id: 'delft', name: 'Delft' },
  ],
  networks: [
    {
      id: 'unic',
      name: 'UNIC',
      title: 'Urban Network for Innovation in Ceramics',
      theme: 'Ceramics and urban regeneration',
      start: '2009-03-01',
      end: '2012-06-30',
      lead: 'limoges',
      cities: ['delft', 'limoges', 'pecs'],
      summary: 'Nine ceramics cities working together.',
      url: 'https://example.org/unic',
    },
    { id: 'other', name: 'OTHER', url: 'javascript:alert(1)' },
  ],
};

describe('<network-card>', () => {
  it('shows the name, long title, theme, period, summary and partners with the lead first', async () => {
    const el = await mount<NetworkCard>(
      html`<network-card lang="en-GB" .feed=${feed}></network-card>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.contain('UNIC');
    expect(text(el, 'h2')).to.contain('Urban Network for Innovation in Ceramics');
    expect(text(el, 'dl')).to.contain('Ceramics and urban regeneration');
    expect(text(el, 'dl')).to.contain('March 2009');
    expect(text(el, 'dl')).to.contain('June 2012');
    const partners = [...root.querySelectorAll('[part~=partner]')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(partners).to.deep.equal(['Limoges (lead partner)', 'Delft', 'pecs']);
    const link = root.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(link.href).to.equal('https://example.org/unic');
    expect(link.textContent.trim()).to.equal('Visit the UNIC website');
    await expectAccessible(el);
  });

  it('picks the network named by the network attribute and never links a javascript: URL', async () => {
    const el = await mount<NetworkCard>(
      html`<network-card network="other" .feed=${feed}></network-card>`,
    );
    expect(text(el, 'h2')).to.equal('OTHER');
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });

  it('speaks French when an ancestor says lang="fr"', async () => {
    const wrapper = await fixture(
      html`<div lang="fr"><network-card .feed=${feed}></network-card></div>`,
    );
    const el = await settled(wrapper.querySelector<NetworkCard>('network-card')!);
    expect(text(el, 'a[part=link]')).to.equal('Visiter le site de UNIC');
    expect(text(el, 'dl')).to.contain('mars 2009');
  });

  it('has a compact variant with the partner count', async () => {
    const el = await mount<NetworkCard>(html`<network-card compact .feed=${feed}></network-card>`);
    expect(text(el)).to.contain('3 partner cities');
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
    await expectAccessible(el);
  });

  it('loads from src and reports a missing network', async () => {
    const el = await mount<NetworkCard>(
      html`<network-card network="nope" src=${feedUrl('states/empty.json')}></network-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('This network is not in the feed.');
  });

  it('shows an error with Retry and keeps the fallback link reachable when the feed fails', async () => {
    const el = await mount<NetworkCard>(
      html`<network-card src=${feedUrl('states/empty.json', { status: 503 })}
        ><a href="https://example.org/unic">UNIC network page</a></network-card
      >`,
    );
    expect(el.state).to.equal('error');
    expect(text(el, '[part=error]')).to.contain('The network could not be loaded.');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('UNIC network page');
    await expectAccessible(el);
  });
});
