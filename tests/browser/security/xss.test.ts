/**
 * Hostile feeds in real Chromium: every payload of the corpus (payloads.ts)
 * in every text and URL field of every record type, rendered by all four
 * widgets, through the `feed` property and through `src` (the loader). A
 * page hook records any script that runs; a scanner walks every shadow root
 * for script, frames, handlers and unsafe URLs; the payloads must be shown
 * as literal text. The last block repeats the rendering under
 * `require-trusted-types-for 'script'; trusted-types lit-html`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { clearFeedCache } from '../../../src/feed/loader.js';
import { parseFeed } from '../../../src/feed/parse.js';
import type { Feed } from '../../../src/feed/types.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { safeUrl } from '../../../src/core/url.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import type { CityProfile } from '../../../src/widgets/city-profile/city-profile.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { eventToIcs } from '../../../src/widgets/events-calendar/ics.js';
import type { NetworkCard } from '../../../src/widgets/network-card/network-card.js';
import { pressAddToCalendar } from '../helpers/downloads.js';
import { settled, showAll } from '../helpers/mount.js';
import {
  catchPageErrors,
  countLinks,
  deepTexts,
  installXssHook,
  letPayloadsRun,
  scanForOffences,
  settleDeep,
  type Offence,
} from './inspect.js';
import {
  HOSTILE_FEED_FILE,
  HOSTILE_MONTH,
  hostileFeed,
  idFor,
  PAYLOADS,
  shownText,
  type Payload,
} from './payloads.js';

installXssHook();

// The feed's 1,700 problems are reported with console.warn for editors; keep the test log readable.
const warn = console.warn;
before(() => {
  console.warn = () => undefined;
});
after(() => {
  console.warn = warn;
});

const parsed: Feed = parseFeed(hostileFeed()).feed!;

/** What the widgets rendered, across one block of tests. */
class Findings {
  texts = new Set<string>();
  offences: Offence[] = [];
  links = 0;

  inspect(el: Element): void {
    this.offences.push(...scanForOffences(el));
    for (const text of deepTexts(el)) if (text.trim()) this.texts.add(text);
    this.links += countLinks(el);
  }

  /** Payloads whose text is not shown literally anywhere. */
  missing(): Payload[] {
    const texts = [...this.texts];
    return PAYLOADS.filter((payload) => !texts.some((text) => text.includes(shownText(payload))));
  }
}

async function expectNothingRan(findings: Findings): Promise<void> {
  await letPayloadsRun();
  expect(window.__xss, 'script from the feed ran').to.deep.equal([]);
  expect(findings.offences, 'unsafe markup inside a widget').to.deep.equal([]);
}

interface Source {
  name: string;
  apply(el: CivicElement): void;
}

const SOURCES: Source[] = [
  {
    name: 'the feed property',
    apply: (el) => {
      el.feed = hostileFeed();
    },
  },
  {
    name: 'src, through the loader',
    apply: (el) => {
      el.src = `/${HOSTILE_FEED_FILE}`;
    },
  },
];

async function renderNetworkCards(source: Source, findings: Findings): Promise<void> {
  const el = await fixture<NetworkCard>(html`<network-card></network-card>`);
  source.apply(el);
  await settled(el);
  expect(el.state).to.equal('ready');
  for (const compact of [false, true]) {
    el.compact = compact;
    for (const network of parsed.networks) {
      el.network = network.id;
      await el.updateComplete;
      findings.inspect(el);
    }
  }
}

async function renderCityProfiles(source: Source, findings: Findings): Promise<void> {
  const el = await fixture<CityProfile>(html`<city-profile></city-profile>`);
  source.apply(el);
  await settleDeep(el);
  expect(el.state).to.equal('ready');
  for (const city of parsed.cities) {
    el.city = city.id;
    await el.updateComplete;
    await settleDeep(el);
    findings.inspect(el);
  }
}

async function renderActivityFeed(source: Source, findings: Findings): Promise<void> {
  const el = await fixture<ActivityFeed>(html`<activity-feed limit="1000"></activity-feed>`);
  source.apply(el);
  await settled(el);
  expect(el.state).to.equal('ready');
  findings.inspect(el);
  // Every type is a payload shown as written on a filter chip: press each one.
  const chips = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=filter]')];
  const count = chips().length;
  expect(count).to.be.greaterThan(PAYLOADS.length / 2);
  for (let i = 1; i < count; i++) {
    chips()[i].click();
    await el.updateComplete;
    findings.inspect(el);
    chips()[i].click();
    await el.updateComplete;
  }
}

async function renderCalendar(source: Source, findings: Findings): Promise<EventsCalendar> {
  const el = await fixture<EventsCalendar>(
    html`<events-calendar
      month=${HOSTILE_MONTH}
      view="month"
      style="inline-size: 60em"
    ></events-calendar>`,
  );
  source.apply(el);
  await settled(el);
  expect(el.state).to.equal('ready');
  const days = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.has-events')].map(
    (td) => td.dataset.day!,
  );
  expect(days.length).to.be.greaterThan(20);
  for (const day of days) {
    el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${day}"]`)!.click();
    await el.updateComplete;
    await showAll(el);
    expect(el.shadowRoot!.querySelector('[part~=day-events]')).to.exist;
    findings.inspect(el);
  }
  el.view = 'list';
  await el.updateComplete;
  await showAll(el);
  // Each event once, under its first day in the month: at most one group per day with events.
  const groups = el.shadowRoot!.querySelectorAll('[part~=agenda-day]').length;
  expect(groups).to.be.within(1, days.filter((d) => d.startsWith(HOSTILE_MONTH)).length);
  findings.inspect(el);
  return el;
}

/** The property names a line of our .ics may start with: anything else was injected. */
const ICS_LINE =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|GEO|URL|CONFERENCE|IMAGE|STATUS|LAST-MODIFIED|TZID|TZOFFSETFROM|TZOFFSETTO)[;:]/;

function icsProblems(ics: string): string[] {
  const problems: string[] = [];
  const physical = ics.split('\r\n');
  if (physical.at(-1) !== '') problems.push('does not end with CRLF');
  for (const line of physical.slice(0, -1)) {
    if (/[\r\n]/.test(line)) problems.push(`a bare line break in ${JSON.stringify(line)}`);
    if (new TextEncoder().encode(line).length > 75) problems.push(`a line over 75 octets: ${line}`);
  }
  const logical = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  for (const line of logical) {
    if (!ICS_LINE.test(line))
      problems.push(`an unexpected line: ${JSON.stringify(line.slice(0, 80))}`);
    if (line.startsWith('URL:') && !/^URL:(https?|mailto|tel):/.test(line)) {
      problems.push(`an unsafe URL: ${line}`);
    }
  }
  return problems;
}

describe('hostile feeds: the detectors work', () => {
  afterEach(() => {
    window.__xss = [];
  });

  it('the page hook records a payload that runs, and alert()', async () => {
    const div = document.createElement('div');
    // Deliberately unsafe: proves the hook would see a payload that ran.
    div.innerHTML = `<img src="x" onerror="${PAYLOADS.find((p) => p.id === 'img-onerror')!.text.match(/onerror=(.*)>/)![1]}">`;
    document.body.append(div);
    window.alert('control');
    await letPayloadsRun(300);
    div.remove();
    expect(window.__xss).to.include('img-onerror');
    expect(window.__xss).to.include('alert(control)');
  });

  it('the scanner finds unsafe markup in a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).innerHTML =
      '<a href="javascript:void 0">x</a><a href="https://example.org/">ok</a><img src="data:image/png;base64,AA"><span onclick="x()"></span><iframe></iframe>';
    root.append(inner);
    const found = scanForOffences(host).map((o) => o.what);
    expect(found).to.deep.equal([
      'href with the scheme javascript:',
      'src with the scheme data:',
      'an onclick attribute',
      'a <iframe> element',
    ]);
    expect(countLinks(host)).to.equal(2);
  });
});

describe('hostile feeds: the corpus', () => {
  it('has at least 60 payloads with unique ids, in every family the issue names', () => {
    expect(PAYLOADS.length).to.be.at.least(60);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).to.equal(PAYLOADS.length);
    expect(new Set(PAYLOADS.map((p) => p.family))).to.have.keys(
      'script',
      'handler',
      'url',
      'svg',
      'frame',
      'css',
      'template',
      'lit',
      'encoding',
      'polyglot',
    );
  });

  it(`${HOSTILE_FEED_FILE} is hostileFeed() written out`, async () => {
    const response = await fetch(`/${HOSTILE_FEED_FILE}`);
    expect(await response.json()).to.deep.equal(JSON.parse(JSON.stringify(hostileFeed())));
  });

  it('keeps every record (payloads are text) and leaves out every URL that is not http(s), mailto or tel', () => {
    const { feed, problems } = parseFeed(hostileFeed());
    for (const kind of ['cities', 'networks', 'practices', 'activities', 'events'] as const) {
      expect(feed![kind].length, kind).to.equal(PAYLOADS.length);
    }
    const urls = [
      ...feed!.cities.map((c) => c.url),
      ...feed!.events.flatMap((e) => [e.url, e.online, e.image?.url]),
      ...feed!.activities.map((a) => a.url),
    ].filter((u): u is string => u !== undefined);
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(safeUrl(url), url).to.be.a('string');
    expect(problems.some((p) => p.path === 'events[0].url')).to.equal(true);
  });

  it('safeUrl turns no payload into a link with another scheme', () => {
    for (const { text } of PAYLOADS) {
      const link = safeUrl(text);
      if (link !== undefined) expect(link, text).to.match(/^(https?:\/\/[^/]|mailto:|tel:)/);
      const web = safeUrl(text, { web: true });
      if (web !== undefined) expect(web, text).to.match(/^https?:\/\/[^/]/);
    }
  });

  it('the validator and safeUrl agree: every URL the validator keeps is one safeUrl accepts', () => {
    for (const { text } of PAYLOADS) {
      const { feed } = parseFeed({
        version: 1,
        events: [
          {
            id: 'e',
            title: 't',
            start: '2026-12-01',
            url: text,
            online: text,
            image: { url: text },
          },
        ],
      });
      const [event] = feed!.events;
      if (event.url !== undefined) expect(safeUrl(event.url), text).to.be.a('string');
      if (event.online !== undefined)
        expect(safeUrl(event.online, { web: true }), text).to.be.a('string');
      if (event.image !== undefined)
        expect(safeUrl(event.image.url, { web: true }), text).to.be.a('string');
    }
  });

  it('makes .ics files with no injected lines and no unsafe URL from any hostile event', () => {
    for (const event of parsed.events) {
      const ics = eventToIcs(event, { zone: 'Europe/London', now: Date.UTC(2026, 10, 30) });
      expect(icsProblems(ics), event.id).to.deep.equal([]);
    }
  });
});

for (const source of SOURCES) {
  describe(`hostile feeds through ${source.name}: all four widgets`, function () {
    this.timeout(120_000);
    const findings = new Findings();
    let pageErrors: ReturnType<typeof catchPageErrors>;
    const lightBefore = document.querySelectorAll(
      'script, iframe, object, embed, base, meta',
    ).length;

    before(() => {
      window.__xss = [];
      pageErrors = catchPageErrors();
    });
    after(() => {
      pageErrors.stop();
      clearFeedCache();
    });

    it('<network-card> (full and compact) runs nothing and links only to http(s)/mailto/tel', async () => {
      await renderNetworkCards(source, findings);
      await expectNothingRan(findings);
    });

    it('<city-profile> with its nested cards, activities and calendar runs nothing', async () => {
      await renderCityProfiles(source, findings);
      await expectNothingRan(findings);
    });

    it('<activity-feed>, every filter chip pressed, runs nothing', async () => {
      await renderActivityFeed(source, findings);
      await expectNothingRan(findings);
    });

    it('<events-calendar>, every day chosen and the list view, runs nothing; Add to calendar makes clean files', async () => {
      const el = await renderCalendar(source, findings);
      await expectNothingRan(findings);
      // Press every "Add to calendar" in the list view, catching the download.
      const files = await pressAddToCalendar(el);
      expect(files.length).to.be.at.least(PAYLOADS.length);
      for (const file of files) {
        expect(file.href).to.match(/^blob:/);
        expect(file.download).to.match(/^[a-z0-9-]+\.ics$/);
        const ics = file.text;
        expect(icsProblems(ics), file.download).to.deep.equal([]);
      }
    });

    it('shows every payload as literal text, and the page around is untouched', async () => {
      await letPayloadsRun(300);
      expect(window.__xss).to.deep.equal([]);
      expect(
        findings.links,
        'no link was rendered at all: the scan checked nothing',
      ).to.be.greaterThan(0);
      expect(findings.missing().map((p) => p.id)).to.deep.equal([]);
      expect(
        document.querySelectorAll('script, iframe, object, embed, base, meta').length,
      ).to.equal(lightBefore);
      expect(pageErrors.errors).to.deep.equal([]);
    });

    it('shows a title holding <img onerror> as that text in the heading', async () => {
      const index = PAYLOADS.findIndex((p) => p.id === 'img-onerror');
      const el = await fixture<NetworkCard>(
        html`<network-card network=${idFor('network', index)}></network-card>`,
      );
      source.apply(el);
      await settled(el);
      const title = el.shadowRoot!.querySelector('[part~=title]')!;
      expect(title.querySelector('bdi')!.textContent).to.equal(PAYLOADS[index].text);
      expect(title.querySelector('.long')!.textContent).to.equal(PAYLOADS[index].text);
      expect(title.querySelector('img')).to.equal(null);
      expect(title.textContent).to.contain("<img src=x onerror=__xss.push('img-onerror')>");
    });
  });
}

describe('hostile feeds under Trusted Types (require-trusted-types-for script; trusted-types lit-html)', function () {
  this.timeout(120_000);
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    violations.push(`${event.violatedDirective}: ${event.sample}`);
  };

  before(() => {
    // A CSP in a <meta> is enforced from the moment it is in the document, and cannot be removed:
    // this block runs last in this file (each test file has its own page).
    document.addEventListener('securitypolicyviolation', onViolation);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    window.__xss = [];
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('is enforced (a plain innerHTML assignment throws)', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await letPayloadsRun(50);
    expect(violations).to.have.length(1);
    violations.length = 0;
  });

  it('all four widgets render the hostile feed with no Trusted Types violation and no script run', async () => {
    const findings = new Findings();
    const source = SOURCES[0];
    await renderNetworkCards(source, findings);
    await renderCityProfiles(source, findings);
    await renderActivityFeed(source, findings);
    const calendar = await renderCalendar(source, findings);
    calendar.view = 'month';
    await calendar.updateComplete;
    await expectNothingRan(findings);
    expect(violations).to.deep.equal([]);
    expect(findings.missing().map((p) => p.id)).to.deep.equal([]);
  });

  it('loads through src, after an error state, with no violation', async () => {
    const el = await fixture<EventsCalendar>(
      html`<events-calendar month=${HOSTILE_MONTH}></events-calendar>`,
    );
    el.src = `/api/feed?file=${HOSTILE_FEED_FILE}&status=500`;
    await settled(el);
    expect(el.state).to.equal('error');
    el.src = `/${HOSTILE_FEED_FILE}`;
    await waitUntil(() => el.state === 'ready', 'the good feed did not load');
    expect(violations).to.deep.equal([]);
  });
});
