/**
 * The feed checker page (demo/checker.html) as an editor uses it: the real
 * page's markup and script, a pasted text, a chosen file, a feed address.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { expectAccessible } from '../helpers/axe.js';
import { text } from '../helpers/mount.js';

const q = <T extends HTMLElement = HTMLElement>(selector: string) =>
  document.querySelector<T>(selector)!;

const problems = () =>
  [...document.querySelectorAll<HTMLElement>('#problems li')].map((li) =>
    li.innerText.replace(/\s+/g, ' ').trim(),
  );

async function resultFor(source: string): Promise<void> {
  await waitUntil(
    () => q('#result-heading').textContent === `Result for ${source}`,
    `no result for ${source}`,
  );
}

before(async () => {
  const page = await (await fetch('/demo/checker.html')).text();
  const main = new DOMParser().parseFromString(page, 'text/html').querySelector('main')!;
  document.documentElement.lang = 'en-GB';
  const style = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/demo/demo.css',
  });
  document.head.append(style);
  await new Promise((resolve) => style.addEventListener('load', resolve));
  document.body.append(document.importNode(main, true));
  await import('../../../demo/checker.js');
});

describe('feed checker page', () => {
  it('places a JSON syntax error at its line and column, in plain words, and moves focus to it', async () => {
    q<HTMLTextAreaElement>('#text').value =
      '{\n  "version": 1,\n  "events": [\n    { "id": "a", "title": "Open studio", },\n  ]\n}';
    q('#by-text button').click();
    await resultFor('the pasted text');
    expect(problems()).to.deep.equal([
      'Problem The file is not valid JSON: line 4, column 40: there is a comma after the last field of this object. What to write instead: remove this comma (the last field has none after it).',
    ]);
    expect(q('#summary').textContent).to.equal(
      'The widgets cannot read it yet: 1 problem to fix first.',
    );
    expect(document.activeElement).to.equal(q('#result-heading'));
    expect(q('#status').textContent).to.equal(q('#summary').textContent);
    expect(q('#preview-section').hidden).to.equal(true);
    await expectAccessible(q('main'));
  });

  it('counts records from 1, gives each problem its line and a fix, and previews the four widgets', async () => {
    const feed = JSON.stringify(
      {
        version: 1,
        cities: [{ id: 'stoke', name: 'Stoke-on-Trent' }],
        networks: [{ id: 'unic', name: 'UNIC', cities: ['stoke'] }],
        activities: [
          { id: 'n1', title: 'New kiln for the museum', published: '2026-11-20', city: 'stoke' },
        ],
        events: [
          { id: 'e1', title: 'Open studio', start: '2026-12-05', city: 'stoke' },
          { id: 'e2', title: 'Late kiln', start: 'next Tuesday' },
        ],
      },
      null,
      2,
    );
    const input = q<HTMLInputElement>('#file');
    const files = new DataTransfer();
    files.items.add(new File([feed], 'stoke.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await resultFor('stoke.json');
    const [only, ...rest] = problems();
    expect(rest).to.deep.equal([]);
    expect(only).to.match(/^Problem: Line 36, column 16, Event 2, start/);
    expect(only).to.contain('"next Tuesday" is not a date');
    expect(only).to.contain('What to write instead: write 2026-12-03 for all day');
    expect(q('#summary').textContent).to.equal(
      'This is a civic-widgets feed (JSON). 1 problem. Shown: 1 city, 1 network, 1 activity, 1 of 2 events (1 left out).',
    );
    const widgets = [
      ...q('#previews').querySelectorAll(
        'events-calendar, activity-feed, city-profile, network-card',
      ),
    ];
    expect(widgets.map((w) => w.localName)).to.deep.equal([
      'events-calendar',
      'activity-feed',
      'city-profile',
      'network-card',
    ]);
    for (const widget of widgets)
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(() => widgets.every((w) => text(w).length > 0), 'widgets did not render');
    // The calendar opens on the feed's month, so the editor sees the event, not an empty month.
    expect(widgets[0].getAttribute('month')).to.equal('2026-12');
    expect(text(widgets[0])).to.contain('Open studio');
    expect(text(widgets[1])).to.contain('New kiln for the museum');
    expect(text(widgets[3])).to.contain('Stoke-on-Trent');
    await expectAccessible(q('main'));
  });

  it('reads a feed address, and says what to do when the address is wrong', async () => {
    q<HTMLInputElement>('#address').value =
      `${location.origin}/demo/feeds/unic/stoke-on-trent.json`;
    q('#by-address button').click();
    await resultFor(`${location.origin}/demo/feeds/unic/stoke-on-trent.json`);
    expect(q('#summary').textContent).to.match(
      /^This is a civic-widgets feed \(JSON\)\. No problems/,
    );
    q<HTMLInputElement>('#address').value = `${location.origin}/demo/feeds/nothing-here.json`;
    q('#by-address button').click();
    await resultFor(`${location.origin}/demo/feeds/nothing-here.json`);
    expect(problems()[0]).to.match(
      /The server answered 404 Not Found\. What to write instead: check the address: the file is not there/,
    );
    await expectAccessible(q('main'));
  });

  it('works from the keyboard: the address field submits with Enter', async () => {
    const address = q<HTMLInputElement>('#address');
    address.value = '';
    address.focus();
    await sendKeys({ type: 'not an address' });
    await sendKeys({ press: 'Enter' });
    await resultFor('the address');
    expect(problems()[0]).to.contain('"not an address" is not a web address');
    expect(document.activeElement).to.equal(q('#result-heading'));
  });

  it('reads an iCalendar file with the core readers, previews it and offers it as a feed file', async () => {
    q<HTMLTextAreaElement>('#text').value = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Stoke-on-Trent City Council//Events//EN',
      'BEGIN:VEVENT',
      'UID:open-studio-2026-12-05@stoke.gov.uk',
      'DTSTAMP:20261101T090000Z',
      'DTSTART;VALUE=DATE:20261205',
      'SUMMARY:Open studio day',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    q('#by-text button').click();
    await waitUntil(() => /iCalendar/.test(q('#summary').textContent ?? ''), 'not read');
    expect(q('#summary').textContent).to.equal(
      'This is an events calendar (iCalendar). No problems: the widgets can show it as it is. Shown: 1 event.',
    );
    expect(q('#download').hidden).to.equal(false);
    const link = q<HTMLAnchorElement>('#download-link');
    expect(link.download).to.equal('feed.json');
    const converted = (await (await fetch(link.href)).json()) as {
      version: number;
      events: { title: string; start: string }[];
    };
    expect(converted.version).to.equal(1);
    expect(converted.events.map((e) => [e.title, e.start])).to.deep.equal([
      ['Open studio day', '2026-12-05'],
    ]);
    const calendar = q('#previews events-calendar');
    await waitUntil(() => text(calendar).includes('Open studio day'), 'no event in the preview');
    await expectAccessible(q('main'));
  });
});
