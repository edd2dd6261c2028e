/** "Add to calendar": the RFC 5545 text, read back with ical.js, and the download itself. */
import { expect, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../src/widgets/events-calendar/define.js';
import type { CivicEvent } from '../../../src/feed/types.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { escapeText, foldLine } from '../../../src/core/ics-text.js';
import { eventToIcs, icsFileName } from '../../../src/widgets/events-calendar/ics.js';
import { mount } from '../helpers/mount.js';
import { cell, december, feedWith, root } from './fixtures.js';

const NOW = Date.parse('2026-11-30T16:20:00Z');

const lateKiln: CivicEvent = {
  id: 'stoke/late-kiln',
  title: 'Late-night kiln opening',
  start: '2026-12-03T23:30',
  end: '2026-12-04T01:00',
  summary: 'Hot drinks in the yard; wrap up warm, please.',
  description: 'The last firing of the year.\n\nMakers unload by torchlight.',
  url: 'https://example.org/events/late-kiln',
  location: {
    name: 'Middleport Pottery',
    address: 'Port Street, Burslem',
    geo: { lat: 53.04, lon: -2.2 },
  },
  city: 'stoke-on-trent',
};

function lines(text: string): string[] {
  return text.split('\r\n');
}

/** Unfolds and parses with ical.js, registering the file's own VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const instant = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

describe('events-calendar .ics', () => {
  it('ends every line with CRLF and wraps the event in a VCALENDAR', () => {
    const text = eventToIcs(lateKiln, { zone: 'Europe/London', now: NOW });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const all = lines(text);
    expect(all[0]).to.equal('BEGIN:VCALENDAR');
    expect(all).to.include.members([
      'VERSION:2.0',
      'PRODID:-//civic-widgets//events-calendar//EN',
      'END:VCALENDAR',
    ]);
  });

  it('writes UID, DTSTAMP and the times in the event’s zone with a VTIMEZONE for it', () => {
    const text = eventToIcs(lateKiln, { zone: 'Europe/London', now: NOW });
    const all = lines(text);
    expect(all).to.include('UID:stoke/late-kiln@civic-widgets');
    expect(all).to.include('DTSTAMP:20261130T162000Z');
    expect(all).to.include('DTSTART;TZID=Europe/London:20261203T233000');
    expect(all).to.include('DTEND;TZID=Europe/London:20261204T010000');
    expect(all).to.include('TZID:Europe/London');
    expect(all).to.include.members([
      'DTSTART:20261025T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
    ]);
  });

  it('is read back by ical.js as the same moments', () => {
    const { event } = parse(eventToIcs(lateKiln, { zone: 'Europe/London', now: NOW }));
    expect(instant(event.startDate)).to.equal('2026-12-03T23:30:00.000Z');
    expect(instant(event.endDate)).to.equal('2026-12-04T01:00:00.000Z');
    const summer = parse(
      eventToIcs(
        { ...lateKiln, start: '2026-07-03T19:00', end: '2026-07-03T21:00' },
        { zone: 'Europe/London', now: NOW },
      ),
    );
    expect(instant(summer.event.startDate)).to.equal('2026-07-03T18:00:00.000Z');
    const pecs = parse(
      eventToIcs(
        { ...lateKiln, start: '2027-05-19T18:00', end: '2027-05-19T19:30' },
        { zone: 'Europe/Budapest', now: NOW },
      ),
    );
    expect(pecs.event.startDate.zone.tzid).to.equal('Europe/Budapest');
    expect(instant(pecs.event.startDate)).to.equal('2027-05-19T16:00:00.000Z');
  });

  it('escapes text, and keeps the summary, description, place and link', () => {
    const { event, vevent } = parse(eventToIcs(lateKiln, { zone: 'Europe/London', now: NOW }));
    expect(event.summary).to.equal('Late-night kiln opening');
    expect(event.description).to.equal(
      'Hot drinks in the yard; wrap up warm, please.\n\nThe last firing of the year.\n\nMakers unload by torchlight.',
    );
    expect(event.location).to.equal('Middleport Pottery, Port Street, Burslem');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/events/late-kiln');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(vevent.getFirstPropertyValue('geo')).to.deep.equal([53.04, -2.2]);
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'Pécs and Stoke-on-Trent 🏺 '.repeat(8)}`;
    const folded = foldLine(long);
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((line) => line.startsWith(' ')),
    ).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    const text = eventToIcs(
      { ...lateKiln, summary: 'Pécs 🏺 '.repeat(40) },
      { zone: 'Europe/London', now: NOW },
    );
    for (const line of lines(text)) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(parse(text).event.description.startsWith('Pécs 🏺 Pécs')).to.equal(true);
  });

  it('writes an all-day event as dates with an exclusive end', () => {
    const one = lines(
      eventToIcs(
        { id: 'm', title: 'Market', start: '2026-12-19' },
        { zone: 'Pacific/Auckland', now: NOW },
      ),
    );
    expect(one).to.include('DTSTART;VALUE=DATE:20261219');
    expect(one).to.include('DTEND;VALUE=DATE:20261220');
    expect(one.some((line) => line.startsWith('BEGIN:VTIMEZONE'))).to.equal(false);
    const many = lines(
      eventToIcs(
        { id: 'b', title: 'Biennial', start: '2026-12-14', end: '2026-12-17' },
        { zone: 'Europe/London', now: NOW },
      ),
    );
    expect(many).to.include('DTEND;VALUE=DATE:20261218');
    const leap = lines(
      eventToIcs(
        { id: 'l', title: 'Leap', start: '2028-02-28', end: '2028-02-29' },
        { zone: 'Europe/London', now: NOW },
      ),
    );
    expect(leap).to.include('DTEND;VALUE=DATE:20280301');
    const { event } = parse(
      eventToIcs(
        { id: 'm', title: 'Market', start: '2026-12-19' },
        { zone: 'Europe/London', now: NOW },
      ),
    );
    expect(event.startDate.isDate).to.equal(true);
  });

  it('says STATUS:CANCELLED for a cancelled event and TENTATIVE for a postponed one', () => {
    expect(
      lines(eventToIcs({ ...lateKiln, status: 'cancelled' }, { zone: 'Europe/London', now: NOW })),
    ).to.include('STATUS:CANCELLED');
    expect(
      lines(eventToIcs({ ...lateKiln, status: 'postponed' }, { zone: 'Europe/London', now: NOW })),
    ).to.include('STATUS:TENTATIVE');
  });

  it('puts the online link in the location and description of an online event', () => {
    const online = {
      id: 'o',
      title: 'Exchange',
      start: '2027-05-19T18:00',
      online: 'https://example.org/join',
    };
    const { event } = parse(eventToIcs(online, { zone: 'Europe/Budapest', now: NOW }));
    expect(event.location).to.equal('https://example.org/join');
    expect(event.description).to.contain('https://example.org/join');
  });

  it('writes UTC times when the feed gave an offset and named no zone', () => {
    const all = lines(
      eventToIcs(
        {
          id: 'z',
          title: 'Offset',
          start: '2026-12-03T23:30:00+01:00',
          end: '2026-12-04T00:30:00+01:00',
        },
        { zone: 'America/Los_Angeles', zoneKnown: false, now: NOW },
      ),
    );
    expect(all).to.include('DTSTART:20261203T223000Z');
    expect(all).to.include('DTEND:20261203T233000Z');
    expect(all.some((line) => line.startsWith('BEGIN:VTIMEZONE'))).to.equal(false);
  });

  it('writes a spring-gap time as the moment it means (29 March 2026, London)', () => {
    const { event } = parse(
      eventToIcs(
        { id: 'g', title: 'Gap', start: '2026-03-29T01:30' },
        { zone: 'Europe/London', now: NOW },
      ),
    );
    expect(instant(event.startDate)).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('names the file after the event', () => {
    expect(icsFileName('Late-night kiln opening')).to.equal('late-night-kiln-opening.ics');
    expect(icsFileName('Échange avec Pécs : céramique')).to.equal(
      'echange-avec-pecs-ceramique.ics',
    );
    expect(icsFileName('🏺')).to.equal('event.ics');
  });
});

describe('<events-calendar> Add to calendar', () => {
  it('downloads the event’s .ics, made in the browser, from a button described by the title', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        time-zone="Europe/London"
        .feed=${december}
      ></events-calendar>`,
    );
    cell(el, '2026-12-10').click();
    await el.updateComplete;
    const add = root(el).querySelector<HTMLButtonElement>('[part=add-to-calendar]')!;
    expect(add.textContent.trim()).to.equal('Add to calendar');
    const description = root(el).getElementById(add.getAttribute('aria-describedby')!)!;
    expect(description.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Cancelled Family clay day',
    );

    const blobs: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    // An own click on the anchor prototype records the download instead of starting it.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      add.click();
      // The iCalendar writer loads on the first press.
      await waitUntil(() => clicked.length > 0, 'no file was made', { timeout: 5000 });
    } finally {
      Object.defineProperty(URL, 'createObjectURL', original);
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0].href.startsWith('blob:')).to.equal(true);
    expect(clicked[0].download).to.equal('family-clay-day.ics');
    expect(blobs[0].type).to.equal('text/calendar;charset=utf-8');
    const text = await blobs[0].text();
    expect(lines(text)).to.include('STATUS:CANCELLED');
    expect(lines(text)).to.include('DTSTART;TZID=Europe/London:20261210T103000');
  });

  it("works on a page with a strict Content-Security-Policy (default-src 'self')", async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <script type="module" src="/src/widgets/events-calendar/define.ts"></script></head>
      <body><events-calendar month="2026-12" time-zone="Europe/London"></events-calendar></body></html>`;
    frame.style.width = '900px';
    frame.style.height = '900px';
    const violations: string[] = [];
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow! as Window & typeof globalThis;
      win.document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      await waitUntil(
        () => win.customElements.get('events-calendar'),
        'the module did not load under the CSP',
        {
          timeout: 10_000,
        },
      );
      const el = win.document.querySelector('events-calendar') as EventsCalendar;
      el.feed = feedWith([{ ...lateKiln, location: { name: 'Middleport Pottery' } }]);
      await waitUntil(() => el.state === 'ready');
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-12-03"]')!.click();
      await el.updateComplete;
      const clicked: string[] = [];
      // Records the download, then lets it start for real (inside the CSP).
      const anchor = win.HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>;
      anchor.click = function (this: HTMLAnchorElement) {
        clicked.push(this.href);
        delete anchor.click;
        this.click();
      };
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-to-calendar]')!.click();
      // The iCalendar writer loads on the first press, under the same CSP.
      await waitUntil(() => clicked.length > 0, 'no file was made under the CSP', {
        timeout: 5000,
      });
      expect(clicked.length).to.equal(1);
      expect(clicked[0].startsWith('blob:')).to.equal(true);
      // Styles came through (adopted style sheets are allowed; inline style attributes would not be).
      expect(
        win.getComputedStyle(el.shadowRoot!.querySelector('[part=grid]')!).tableLayout,
      ).to.equal('fixed');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
