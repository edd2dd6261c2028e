/**
 * Edge data through all four widgets: nothing at all, 10,000 records,
 * 5,000-character titles in a narrow column, right-to-left text, emoji and
 * combining characters, daylight-saving changes and 29 February, events
 * that span months and years, and duplicate ids. No timed assertions (the
 * widgets' own performance tests time things); these check that what is
 * shown is right and that nothing breaks.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { FeedLoadDetail } from '../../../src/feed/feed-controller.js';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { icsFileName } from '../../../src/widgets/events-calendar/ics.js';
import type {
  DaySelectDetail,
  EventsCalendar,
} from '../../../src/widgets/events-calendar/events-calendar.js';
import { feedUrl, settled, showAll, text } from '../helpers/mount.js';
import { catchPageErrors, deepElements, deepTexts, settleDeep } from './inspect.js';

type Tag = 'city-profile' | 'network-card' | 'activity-feed' | 'events-calendar';
const TAGS: Tag[] = ['city-profile', 'network-card', 'activity-feed', 'events-calendar'];

/** Mounts one widget of each kind on the same feed object, in a column `width` wide. */
async function mountAll(
  feed: unknown,
  {
    width = '48em',
    month,
    view,
    dir,
  }: { width?: string; month?: string; view?: string; dir?: string } = {},
): Promise<Record<Tag, CivicElement>> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`inline-size: ${width}`} dir=${dir ?? 'ltr'}>
      <city-profile .feed=${feed}></city-profile>
      <network-card .feed=${feed}></network-card>
      <activity-feed limit="20" .feed=${feed}></activity-feed>
      <events-calendar
        month=${month ?? '2026-12'}
        view=${view ?? 'month'}
        .feed=${feed}
      ></events-calendar>
    </div>`,
  );
  const found = Object.fromEntries(
    TAGS.map((tag) => [tag, wrapper.querySelector<CivicElement>(tag)!]),
  ) as Record<Tag, CivicElement>;
  for (const el of Object.values(found)) await settleDeep(el);
  return found;
}

const shadowText = (el: Element) => deepTexts(el).join(' ').replace(/\s+/g, ' ');

let caught: ReturnType<typeof catchPageErrors>;
const warn = console.warn;
beforeEach(() => {
  caught = catchPageErrors();
  console.warn = () => undefined;
});
afterEach(() => {
  console.warn = warn;
  caught.stop();
  clearFeedCache();
  expect(caught.errors, 'uncaught error or unhandled rejection').to.deep.equal([]);
});

describe('edge data: nothing to show', () => {
  const EXPECTED: Record<Tag, string> = {
    'city-profile': 'This city is not in the feed.',
    'network-card': 'This network is not in the feed.',
    'activity-feed': 'No activities yet.',
    'events-calendar': 'No events this month',
  };

  for (const [name, feed] of [
    ['a feed with no arrays (0 records)', { version: 1 }],
    [
      'a feed with empty arrays',
      { version: 1, cities: [], networks: [], practices: [], activities: [], events: [] },
    ],
    [
      'a feed whose arrays are null',
      { version: 1, cities: null, networks: null, activities: null, events: null },
    ],
  ] as const) {
    it(`${name}: every widget is ready and says there is nothing, in the month and the list view`, async () => {
      for (const view of ['month', 'list']) {
        const widgets = await mountAll(feed, { view });
        for (const tag of TAGS) {
          expect(widgets[tag].state, tag).to.equal('ready');
          expect(text(widgets[tag]), tag).to.contain(EXPECTED[tag]);
        }
      }
    });
  }

  it('states/empty.json (a city with nothing published) through src: the city, and one message', async () => {
    const el = await fixture<CivicElement>(
      html`<city-profile src=${feedUrl('states/empty.json')}></city-profile>`,
    );
    await settleDeep(el);
    const shown = shadowText(el);
    expect(shown).to.contain('Testville');
    expect(shown).to.contain('Nothing has been published for Testville yet');
    expect(shown).not.to.contain('No good practices shared yet.');
  });
});

describe('edge data: 10,000 records', function () {
  this.timeout(120_000);
  const N = 10_000;
  const TYPES = ['article', 'news', 'report', 'video', 'podcast', 'publication', 'exhibition'];
  const dayKey = (i: number) =>
    new Date(Date.UTC(2026, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);

  const feed = {
    version: 1,
    language: 'en-GB',
    cities: Array.from({ length: N }, (_, i) => ({ id: `city-${i}`, name: `City ${i}` })),
    networks: [
      {
        id: 'big',
        name: 'BIG',
        title: 'A network of ten thousand cities',
        lead: 'city-0',
        cities: Array.from({ length: N }, (_, i) => `city-${i}`),
      },
    ],
    practices: Array.from({ length: N }, (_, i) => ({
      id: `practice-${i}`,
      title: `Practice ${i}`,
      city: 'city-0',
    })),
    activities: Array.from({ length: N }, (_, i) => ({
      id: `activity-${i}`,
      title: `Activity ${i}`,
      type: TYPES[i % TYPES.length],
      published: new Date(Date.UTC(2026, 10, 30) - i * 3_600_000).toISOString(),
      url: `https://example.org/a/${i}`,
    })),
    events: Array.from({ length: N }, (_, i) => ({
      id: `event-${i}`,
      title: `Event ${i}`,
      start: i % 2 ? dayKey(i) : `${dayKey(i)}T${String(8 + (i % 12)).padStart(2, '0')}:00`,
    })),
  };
  const inDecember = feed.events.filter((e) => e.start.startsWith('2026-12')).length;

  it('<activity-feed> shows the newest 5 of 10,000, counts every type on the chips, and Show more adds 5', async () => {
    const el = await fixture<CivicElement>(html`<activity-feed .feed=${feed}></activity-feed>`);
    await settled(el);
    const titles = () =>
      [...el.shadowRoot!.querySelectorAll('[part~=title]')].map((h) => h.textContent.trim());
    expect(titles()).to.deep.equal([
      'Activity 0',
      'Activity 1',
      'Activity 2',
      'Activity 3',
      'Activity 4',
    ]);
    expect(text(el, '[part~=status]')).to.equal('Showing 5 of 10,000');
    const counts = [...el.shadowRoot!.querySelectorAll('[part~=filter] .count')].map((c) =>
      Number(c.textContent.replace(/[^\d]/g, '')),
    );
    expect(counts[0]).to.equal(N);
    expect(counts.slice(1).reduce((a, b) => a + b, 0)).to.equal(N);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=more]')!.click();
    await el.updateComplete;
    expect(titles()).to.have.length(10);
  });

  it('<events-calendar> with 10,000 events over two years counts December right, lists a day, and lists the month', async () => {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar
        month="2026-12"
        view="month"
        style="inline-size: 40em"
        .feed=${feed}
      ></events-calendar>`,
    );
    await settled(el);
    // 40em: wide enough for the grid, too narrow for titles, so each day shows its count.
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[data-day^="2026-12"]')];
    expect(cells).to.have.length(31);
    const perDay = cells.map((td) => Number(td.querySelector('.short')?.textContent ?? 0));
    expect(perDay.reduce((a, b) => a + b, 0)).to.equal(inDecember);
    cells[14].click();
    await el.updateComplete;
    await showAll(el);
    expect(el.shadowRoot!.querySelectorAll('[part~=day-events] [part~=event]')).to.have.length(
      perDay[14],
    );
    el.view = 'list';
    await el.updateComplete;
    await showAll(el);
    // Each event once, under its first day in the month: every day of December has one starting.
    expect(el.shadowRoot!.querySelectorAll('[part~=agenda-day]')).to.have.length(31);
    expect(el.shadowRoot!.querySelectorAll('[part~=agenda] [part~=event]')).to.have.length(
      inDecember,
    );
  });

  it('<network-card> lists 10,000 partner cities, lead first; compact says how many', async () => {
    const el = await fixture<CivicElement & { compact: boolean }>(
      html`<network-card .feed=${feed}></network-card>`,
    );
    await settled(el);
    const partners = el.shadowRoot!.querySelectorAll('[part~=partner]');
    expect(partners).to.have.length(N);
    expect(partners[0].textContent.replace(/\s+/g, ' ').trim()).to.match(/^City 0 \(.+\)$/);
    expect(partners[0].getAttribute('part')).to.equal('partner lead');
    el.compact = true;
    await el.updateComplete;
    expect(text(el, '.meta')).to.contain('10,000 partner cities');
  });

  it('<city-profile> shows a city with 10,000 practices', async () => {
    const el = await fixture<CivicElement>(
      html`<city-profile sections="about practices" .feed=${feed}></city-profile>`,
    );
    await settleDeep(el);
    expect(text(el, '[part~=name]')).to.equal('City 0');
    expect(el.shadowRoot!.querySelectorAll('[part~=practice]')).to.have.length(N);
  });
});

describe('edge data: 5,000-character text in a 320 px column', function () {
  this.timeout(60_000);

  /** Elements (shadow roots included) that stick out of the widget's box to the side. */
  function overflow(host: HTMLElement): string[] {
    const box = host.getBoundingClientRect();
    const found: string[] = [];
    if (host.scrollWidth > host.clientWidth + 1)
      found.push(`the widget scrolls: ${host.scrollWidth} > ${host.clientWidth}`);
    for (const el of deepElements(host)) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        found.push(
          `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    return found;
  }

  it('the overflow check sees a line that does not wrap (the check works)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px"><div></div></div>`,
    );
    const host = wrapper.firstElementChild as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<p style="white-space: nowrap">${'W'.repeat(200)}</p>`;
    expect(overflow(host)).to.not.deep.equal([]);
  });

  const unbroken = 'W'.repeat(5000);
  const words = Array.from({ length: 700 }, (_, i) => `word${i}`)
    .join(' ')
    .slice(0, 5000);
  const url = `https://example.org/${'path/'.repeat(400)}`;

  for (const [name, long] of [
    ['one unbroken word', unbroken],
    ['words', words],
  ] as const) {
    const feed = {
      version: 1,
      cities: [
        {
          id: 'c',
          name: long,
          region: long,
          summary: long,
          description: `${long}\n\n${long}`,
          url,
          networks: ['n'],
        },
      ],
      networks: [
        {
          id: 'n',
          name: long,
          title: long,
          theme: long,
          summary: long,
          url,
          lead: 'c',
          cities: ['c'],
        },
      ],
      practices: [{ id: 'p', title: long, summary: long, topics: [long], city: 'c', url }],
      activities: [
        {
          id: 'a',
          title: long,
          type: long,
          summary: long,
          published: '2026-11-20',
          url,
          city: 'c',
        },
      ],
      events: [
        {
          id: 'e',
          title: long,
          summary: long,
          start: '2026-12-03T18:00',
          end: '2026-12-05T18:00',
          location: { name: long, address: long },
          online: url,
          url,
          city: 'c',
          status: 'postponed',
        },
      ],
    };

    for (const view of ['month', 'list']) {
      it(`titles of 5,000 characters (${name}) do not overflow any widget (calendar ${view} view)`, async () => {
        const widgets = await mountAll(feed, { width: '320px', view });
        widgets['events-calendar']
          .shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-12-03"]')
          ?.click();
        await widgets['events-calendar'].updateComplete;
        for (const tag of TAGS) {
          const host = widgets[tag] as HTMLElement;
          expect(host.getBoundingClientRect().width, tag).to.be.at.most(321);
          expect(overflow(host), tag).to.deep.equal([]);
          expect(shadowText(host), tag).to.contain(long);
        }
      });
    }
  }
});

describe('edge data: right-to-left text', () => {
  const ARABIC = 'معرض الخزف في المدينة 2026!';
  const HEBREW = 'תערוכת קרמיקה בעיר';
  const feed = {
    version: 1,
    cities: [{ id: 'c', name: ARABIC, summary: HEBREW, networks: ['n'] }],
    networks: [{ id: 'n', name: HEBREW, summary: ARABIC, lead: 'c', cities: ['c'] }],
    practices: [{ id: 'p', title: ARABIC, city: 'c' }],
    activities: [
      { id: 'a', title: ARABIC, summary: HEBREW, type: 'معرض', published: '2026-11-20', city: 'c' },
    ],
    events: [
      { id: 'e', title: ARABIC, start: '2026-12-03', location: { name: HEBREW }, city: 'c' },
    ],
  };

  /** The elements whose own text is exactly one of the right-to-left strings. */
  function rtlTextElements(host: Element): Element[] {
    const found: Element[] = [];
    for (const el of [host, ...deepElements(host)]) {
      const roots = el.shadowRoot ? [el, el.shadowRoot] : [el];
      for (const root of roots) {
        for (const node of root.childNodes) {
          if (
            node.nodeType === Node.TEXT_NODE &&
            [ARABIC, HEBREW, 'معرض'].includes(node.textContent!.trim())
          ) {
            found.push(root instanceof ShadowRoot ? root.host : root);
          }
        }
      }
    }
    return found;
  }

  it('shows Arabic and Hebrew text intact (same code points, same order) in every widget', async () => {
    const widgets = await mountAll(feed);
    for (const tag of TAGS) {
      const texts = deepTexts(widgets[tag]);
      expect(
        texts.some((t) => t.includes(ARABIC)),
        tag,
      ).to.equal(true);
    }
    expect(deepTexts(widgets['network-card']).some((t) => t.includes(HEBREW))).to.equal(true);
  });

  it('inherits the page’s right-to-left direction (layout mirrors) inside every widget', async () => {
    const widgets = await mountAll(feed, { dir: 'rtl' });
    for (const tag of TAGS) {
      const inner = widgets[tag].shadowRoot!.querySelector('[part~=base], section, article, div')!;
      expect(getComputedStyle(inner).direction, tag).to.equal('rtl');
    }
  });

  // Feed text carries dir="auto": an Arabic title keeps its direction on an English page,
  // and an English name keeps its own on a right-to-left page.
  it('gives feed text its own direction (dir="auto"), whatever the page’s', async () => {
    const ltrPage = await mountAll(feed);
    for (const tag of TAGS) {
      const elements = rtlTextElements(ltrPage[tag]);
      expect(elements.length, tag).to.be.greaterThan(0);
      for (const el of elements)
        expect(
          el.matches(':dir(rtl)'),
          `${tag}: <${el.localName} class="${el.className}">`,
        ).to.equal(true);
    }
    const english = { ...feed, cities: [{ id: 'c', name: 'Stoke-on-Trent 2026!' }] };
    const rtlPage = await mountAll(english, { dir: 'rtl' });
    const name = rtlPage['city-profile'].shadowRoot!.querySelector('[part~=name] span')!;
    expect(name.matches(':dir(ltr)')).to.equal(true);
  });
});

describe('edge data: emoji and combining characters', () => {
  const SAMPLES = [
    'Fête de la céramique 🎉',
    'Scientist 👩🏽‍🔬 and family 👨‍👩‍👧‍👦',
    'Flags 🇪🇺 🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
    'Heart ❤️ keycap 1️⃣',
    'Decomposed e\u0301 a\u0308 n\u0303 (NFD)',
    'Z̷̧̛͓̼̈́a̸̢͉l̵̰͌g̶̱̓o̶̜͝ text',
    'नमस्ते · สวัสดี · 안녕하세요 · 漢字',
    'Lone surrogate \uD800 kept',
  ];
  const feed = {
    version: 1,
    cities: [{ id: 'c', name: SAMPLES[0], summary: SAMPLES.join(' | '), networks: ['n'] }],
    networks: [
      { id: 'n', name: SAMPLES[1], summary: SAMPLES.join(' | '), lead: 'c', cities: ['c'] },
    ],
    practices: SAMPLES.map((title, i) => ({ id: `p${i}`, title, topics: [title], city: 'c' })),
    activities: SAMPLES.map((title, i) => ({
      id: `a${i}`,
      title,
      type: title,
      summary: title,
      published: `2026-11-${String(10 + i).padStart(2, '0')}`,
      city: 'c',
    })),
    events: SAMPLES.map((title, i) => ({
      id: `e${i}`,
      title,
      start: '2026-12-03',
      location: { name: title },
      city: 'c',
    })),
  };

  it('shows every sample exactly as written (no normalisation, no cut grapheme) in every widget', async () => {
    const widgets = await mountAll(feed);
    await showAll(widgets['events-calendar']);
    const all = (tag: Tag) => deepTexts(widgets[tag]);
    for (const sample of SAMPLES) {
      expect(
        all('activity-feed').some((t) => t === sample),
        `activity-feed: ${sample}`,
      ).to.equal(true);
      expect(
        all('events-calendar').some((t) => t === sample),
        `events-calendar: ${sample}`,
      ).to.equal(true);
      expect(
        all('city-profile').some((t) => t === sample),
        `city-profile: ${sample}`,
      ).to.equal(true);
    }
    expect(all('network-card').some((t) => t === SAMPLES[1])).to.equal(true);
    // The type chips show an unknown type as written, emoji included.
    const chips = [...widgets['activity-feed'].shadowRoot!.querySelectorAll('[part~=filter]')].map(
      (c) => c.textContent,
    );
    for (const sample of SAMPLES)
      expect(
        chips.some((c) => c.includes(sample)),
        `chip ${sample}`,
      ).to.equal(true);
  });

  it('makes a plain .ics file name from any title', () => {
    expect(icsFileName(SAMPLES[0])).to.equal('fete-de-la-ceramique.ics');
    for (const sample of SAMPLES) expect(icsFileName(sample)).to.match(/^[a-z0-9-]+\.ics$/);
    expect(icsFileName('🎉🎉🎉')).to.equal('event.ics');
  });
});

describe('edge data: dates', function () {
  this.timeout(30_000);
  const DST = '/demo/feeds/states/dst.json';

  async function calendar(month: string, src = DST, view = 'month'): Promise<EventsCalendar> {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month=${month}
        view=${view}
        time-zone="Europe/London"
        style="inline-size: 60em"
        src=${src}
      ></events-calendar>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    return el;
  }

  async function choose(
    el: EventsCalendar,
    day: string,
  ): Promise<{ title: string; datetime: string; when: string }[]> {
    const cell = el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${day}"]`);
    expect(cell, `no cell for ${day}`).to.exist;
    cell!.click();
    await el.updateComplete;
    return [...el.shadowRoot!.querySelectorAll('[part~=day-events] [part~=event]')].map((li) => ({
      title: li.querySelector('[part~=event-title]')!.textContent.replace(/\s+/g, ' ').trim(),
      datetime: li.querySelector('time')!.getAttribute('datetime')!,
      // "0:30" or "00:30" depending on the ICU data: compare as hh:mm.
      when: li
        .querySelector('[part~=event-time] time')!
        .textContent.trim()
        .replace(/^(\d):/, '0$1:'),
    }));
  }

  it('the night the clocks go forward (29 March 2026, London): three events on the 29th, in order; 01:30 does not exist and is read as 02:30 BST', async () => {
    const el = await calendar('2026-03');
    const events = await choose(el, '2026-03-29');
    expect(events.map((e) => e.title)).to.deep.equal([
      'Spring forward: 00:30, before the change (GMT)',
      'Spring forward: 01:30, a local time that does not exist',
      'Spring forward: 02:30, after the change (BST)',
    ]);
    expect(events.map((e) => e.datetime)).to.deep.equal([
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
    expect(events.map((e) => e.when)).to.deep.equal(['00:30', '02:30', '02:30']);
  });

  it('the night the clocks go back (25 October 2026, London): 01:30 happens twice and is read the first time (BST)', async () => {
    const el = await calendar('2026-10');
    const [event] = await choose(el, '2026-10-25');
    expect(event.title).to.contain('Fall back');
    expect(event.datetime).to.equal('2026-10-25T00:30:00.000Z');
    expect(event.when).to.equal('01:30');
  });

  it('29 February 2028 has a cell and its event; February 2028 has 29 days; 29 February 2027 in a feed is dropped with a problem', async () => {
    const el = await calendar('2028-02');
    expect(el.shadowRoot!.querySelectorAll('td[data-day^="2028-02"]')).to.have.length(29);
    expect(
      el.shadowRoot!.querySelector('td[data-day="2028-02-29"]')!.classList.contains('has-events'),
    ).to.equal(true);
    const [event] = await choose(el, '2028-02-29');
    expect(event.title).to.equal('Leap day event');
    expect(event.when.replace(/\s/g, ' ')).to.match(/^10:00\s*[–-]\s*12:00$/);

    const bad = document.createElement('events-calendar');
    const loaded = oneEvent(bad, 'civic-feed-load');
    bad.feed = {
      version: 1,
      events: [
        { id: 'x', title: 'Not a day', start: '2027-02-29' },
        { id: 'y', title: 'Fine', start: '2027-02-28' },
      ],
    };
    bad.setAttribute('month', '2027-02');
    document.body.append(bad);
    try {
      const { detail } = (await loaded) as CustomEvent<FeedLoadDetail>;
      expect(detail.problems.map((p) => p.path)).to.deep.equal(['events[0].start']);
      await settled(bad);
      expect(bad.shadowRoot!.querySelectorAll('td.has-events')).to.have.length(1);
    } finally {
      bad.remove();
    }
  });

  const SPANNING = {
    version: 1,
    cities: [{ id: 'london', name: 'London', timeZone: 'Europe/London' }],
    events: [
      {
        id: 'new-year',
        title: 'New year span',
        start: '2026-12-30',
        end: '2027-01-02',
        city: 'london',
      },
      {
        id: 'winter',
        title: 'Winter exhibition',
        start: '2026-11-15',
        end: '2027-02-10',
        city: 'london',
      },
      {
        id: 'midnight',
        title: 'New Year’s Eve party',
        start: '2026-12-31T22:00',
        end: '2027-01-01T02:00',
        city: 'london',
      },
      {
        id: 'residency',
        title: 'Residency',
        start: '2026-12-20T10:00',
        end: '2027-01-05T16:00',
        city: 'london',
      },
    ],
  };

  it('events spanning months and years are on every day they cover, each day saying which of how many', async () => {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar
        month="2026-12"
        view="month"
        style="inline-size: 60em"
        .feed=${SPANNING}
      ></events-calendar>`,
    );
    await settled(el);
    const december = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[data-day^="2026-12"]')];
    expect(
      december.every((td) => td.classList.contains('has-events')),
      'the winter exhibition covers December',
    ).to.equal(true);
    const dec31 = await choose(el, '2026-12-31');
    expect(dec31.map((e) => e.title).sort()).to.deep.equal([
      'New Year’s Eve party',
      'New year span',
      'Residency',
      'Winter exhibition',
    ]);

    // Next month with the calendar's own button, across the year.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.click();
    await el.updateComplete;
    expect(el.month).to.equal('2027-01');
    const jan1 = el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2027-01-01"]')!;
    jan1.click();
    await el.updateComplete;
    const dayOf = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll('[part~=day-events] [part~=event]')].map((li) => [
        li.querySelector('[part~=event-title]')!.textContent.trim(),
        li.querySelector('.day-of')?.textContent?.trim(),
      ]),
    );
    expect(dayOf).to.deep.equal({
      'New year span': 'Day 3 of 4',
      'Winter exhibition': 'Day 48 of 88',
      'New Year’s Eve party': 'Day 2 of 2',
      Residency: 'Day 13 of 17',
    });
    expect(
      el.shadowRoot!.querySelector('td[data-day="2027-01-03"]')!.classList.contains('has-events'),
    ).to.equal(true);

    el.view = 'list';
    await el.updateComplete;
    await showAll(el);
    // The list shows each event once, under its first day in the month, saying it continues.
    const days = [
      ...el.shadowRoot!.querySelectorAll('[part~=agenda-day] [part~=day-heading] time'),
    ].map((t) => t.getAttribute('datetime'));
    expect(days[0]).to.equal('2027-01-01');
    const listed = [...el.shadowRoot!.querySelectorAll('[part~=agenda] [part~=event-title]')].map(
      (t) => t.textContent.trim(),
    );
    for (const title of Object.keys(dayOf)) {
      expect(
        listed.filter((t) => t === title),
        title,
      ).to.have.length(1);
    }
  });
});

describe('edge data: duplicate ids', () => {
  it('in one feed, the copy with the later updated is shown once, and the problem is reported', async () => {
    const feed = {
      version: 1,
      activities: [
        {
          id: 'dup',
          title: 'Older copy',
          published: '2026-11-01',
          updated: '2026-11-02T10:00:00Z',
        },
        {
          id: 'dup',
          title: 'Newer copy',
          published: '2026-11-01',
          updated: '2026-11-05T10:00:00Z',
        },
        {
          id: 'dup',
          title: 'Stale copy listed last',
          published: '2026-11-01',
          updated: '2026-11-03T10:00:00Z',
        },
        { id: 'same', title: 'First without updated', published: '2026-11-01' },
        { id: 'same', title: 'Last without updated', published: '2026-11-01' },
      ],
      events: [
        { id: 'dup', title: 'Event, older', start: '2026-12-03', updated: '2026-11-01T00:00:00Z' },
        { id: 'dup', title: 'Event, newer', start: '2026-12-04', updated: '2026-11-20T00:00:00Z' },
      ],
      cities: [{ id: 'dup', name: 'A city called dup' }],
      networks: [{ id: 'dup', name: 'A network called dup' }],
    };
    const activities = document.createElement('activity-feed');
    const loaded = oneEvent(activities, 'civic-feed-load');
    activities.feed = feed;
    const events = document.createElement('events-calendar');
    events.setAttribute('month', '2026-12');
    const eventsLoaded = oneEvent(events, 'civic-feed-load');
    events.feed = feed;
    document.body.append(activities, events);
    const widgets = await mountAll(feed);
    const twice = (event: Event) =>
      (event as CustomEvent<FeedLoadDetail>).detail.problems
        .filter((p) => p.message.includes('is used twice'))
        .map((p) => p.path);
    try {
      // Each widget's load event lists the problems in the records it shows.
      expect(twice(await loaded)).to.deep.equal([
        'activities[0].id',
        'activities[2].id',
        'activities[3].id',
      ]);
      expect(twice(await eventsLoaded)).to.deep.equal(['events[0].id']);
      const titles = [
        ...widgets['activity-feed'].shadowRoot!.querySelectorAll('[part~=title]'),
      ].map((h) => h.textContent.trim());
      expect(titles.sort()).to.deep.equal(['Last without updated', 'Newer copy']);
      const calendar = widgets['events-calendar'];
      const days = [...calendar.shadowRoot!.querySelectorAll<HTMLElement>('td.has-events')].map(
        (td) => td.dataset.day,
      );
      expect(days).to.deep.equal(['2026-12-04']);
      // The same id in different arrays is not a duplicate.
      expect(text(widgets['city-profile'], '[part~=name]')).to.equal('A city called dup');
      expect(text(widgets['network-card'], '[part~=title]')).to.equal('A network called dup');
    } finally {
      activities.remove();
      events.remove();
    }
  });

  it('a city feed and the hub that contains it, both in src, show each record once', async () => {
    const city = feedUrl('unic/stoke-on-trent.json');
    const hub = feedUrl('unic/hub.json');
    const [own, all] = (await Promise.all(
      [city, hub].map(async (u) => (await (await fetch(u)).json()) as unknown),
    )) as {
      activities: { id: string; city?: string }[];
      events: { id: string; city?: string }[];
    }[];
    const union = (kind: 'activities' | 'events') =>
      new Set(
        [...own[kind], ...all[kind]].filter((r) => r.city === 'stoke-on-trent').map((r) => r.id),
      );
    const el = await fixture<CivicElement>(
      html`<activity-feed
        city="stoke-on-trent"
        limit="1000"
        src=${`${city} ${hub}`}
      ></activity-feed>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[part~=item]')).to.have.length(
      union('activities').size,
    );
    const calendar = await fixture<EventsCalendar>(
      html`<events-calendar
        city="stoke-on-trent"
        month="2026-12"
        view="month"
        src=${`${city} ${hub}`}
      ></events-calendar>`,
    );
    await settled(calendar);
    const days = [...calendar.shadowRoot!.querySelectorAll<HTMLElement>('td.has-events')];
    expect(days.length).to.be.greaterThan(0);
    for (const td of days) {
      const chosen = oneEvent(calendar, 'civic-day-select');
      td.click();
      const { detail } = (await chosen) as CustomEvent<DaySelectDetail>;
      await calendar.updateComplete;
      const ids = detail.events.map((e) => e.id);
      expect(new Set(ids).size, `${td.dataset.day} lists an event twice`).to.equal(ids.length);
      expect(
        calendar.shadowRoot!.querySelectorAll('[part~=day-events] [part~=event]'),
      ).to.have.length(ids.length);
    }
  });
});
