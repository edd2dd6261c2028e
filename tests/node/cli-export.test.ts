/** civic-feed export ics|jsonld: RFC 5545 details and the schema.org fields Google asks for. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { FIXTURES, run, tempDir } from './fixtures/cli/helpers.js';

const STOKE = join(FIXTURES, 'stoke.json');

describe('civic-feed export ics', () => {
  let ics: string;
  before(async () => {
    const r = await run(['export', 'ics', STOKE]);
    assert.equal(r.code, 0, r.stderr);
    ics = r.stdout;
  });

  it('uses CRLF line ends only, and no line is longer than 75 octets', () => {
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics, /[^\r]\n/, 'no bare LF');
    for (const line of ics.split('\r\n')) {
      assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    }
  });

  it('folds a long line (continuation starts with a space) without splitting UTF-8', () => {
    const folded = /SUMMARY:Heritage open days[^\r]*\r\n [^\r]*\r\n/.exec(ics)?.[0];
    assert.ok(folded, 'the long SUMMARY is folded');
    assert.equal(Buffer.byteLength(folded.split('\r\n')[0]), 75);
    const unfolded = folded.replace(/\r\n /g, '').trimEnd();
    assert.equal(
      unfolded,
      'SUMMARY:Heritage open days with a deliberately long title so that the SUMMARY line has to be folded — très long',
    );
  });

  it('folds a long multi-byte line many times, each piece within 75 octets, and unfolds to the original', async () => {
    const tmp = await tempDir();
    try {
      const description = `${'Réunion publique — 🏛️ ordre du jour, '.repeat(12)}fin.`;
      const file = join(tmp.dir, 'long.json');
      await writeFile(
        file,
        JSON.stringify({
          version: 1,
          events: [{ id: 'long', title: 'Long', start: '2026-12-01', description }],
        }),
      );
      const r = await run(['export', 'ics', file]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.split('\r\n');
      const start = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
      let end = start + 1;
      while (lines[end].startsWith(' ')) end++;
      assert.ok(end - start > 5, 'folded into several lines');
      for (const line of lines.slice(start, end))
        assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)}: ${line}`);
      assert.ok(
        lines.slice(start, end).some((l) => Buffer.byteLength(l) >= 73),
        'lines are filled, not cut short',
      );
      const unfolded = lines
        .slice(start, end)
        .map((l, i) => (i ? l.slice(1) : l))
        .join('');
      assert.equal(unfolded, `DESCRIPTION:${description.replace(/,/g, '\\,')}`);
    } finally {
      await tmp.cleanup();
    }
  });

  it('all-day: VALUE=DATE with an exclusive DTEND (last day 13th → DTEND 14th)', () => {
    assert.match(
      ics,
      /UID:stoke\/heritage-days@civic-widgets\r\nDTSTAMP:\d{8}T\d{6}Z\r\nDTSTART;VALUE=DATE:20270910\r\nDTEND;VALUE=DATE:20270914\r\n/,
    );
  });

  it('local times with TZID and a matching VTIMEZONE; escaping; cancelled status', () => {
    assert.match(
      ics,
      /DTSTART;TZID=Europe\/London:20261203T180000\r\nDTEND;TZID=Europe\/London:20261203T203000\r\n/,
    );
    assert.equal(ics.match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/g)?.length, 1);
    // The UK change of 29 March 2026 at 01:00 UTC, written in local (GMT) time.
    assert.match(
      ics,
      /BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:\+0000\r\nTZOFFSETTO:\+0100\r\n/,
    );
    assert.match(ics, /SUMMARY:Budget webinar\\, part 1\\; questions welcome\r\n/);
    assert.match(ics, /DESCRIPTION:Music\\, food stalls and the lights\.\\n\\nFree entry\.\r\n/);
    assert.match(ics, /UID:stoke\/webinar@civic-widgets\r\n(?:[^\r]*\r\n)*?STATUS:CANCELLED\r\n/);
  });

  it('ical.js reads it back: four events, times in Europe/London', () => {
    const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = cal.getAllSubcomponents('vevent');
    assert.equal(events.length, 4);
    const lights = new ICAL.Event(events[0]);
    assert.equal(lights.summary, 'Christmas lights switch-on');
    assert.equal(lights.startDate.toJSDate().toISOString(), '2026-12-03T18:00:00.000Z');
    const festival = new ICAL.Event(events[1]);
    assert.equal(
      festival.startDate.toJSDate().toISOString(),
      '2027-07-01T09:00:00.000Z',
      '10:00 BST',
    );
  });
});

describe('civic-feed export jsonld', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let graph: Record<string, unknown>[];
  let text: string;
  const event = (id: string) =>
    graph.find((n) => n['@type'] === 'Event' && String(n['@id']).endsWith(encodeURIComponent(id)))!;

  before(async () => {
    tmp = await tempDir();
    const out = join(tmp.dir, 'stoke.jsonld');
    const r = await run([
      'export',
      'jsonld',
      STOKE,
      '-o',
      out,
      '--base',
      'https://hub.example.org/stoke.json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    text = await readFile(out, 'utf8');
    const doc = JSON.parse(text) as { '@context': string; '@graph': Record<string, unknown>[] };
    assert.equal(doc['@context'], 'https://schema.org');
    graph = doc['@graph'];
  });
  after(() => tmp.cleanup());

  it('the city as a schema.org City', () => {
    assert.deepEqual(graph[0], {
      '@type': 'City',
      '@id': 'https://hub.example.org/stoke.json#city-stoke',
      name: 'Stoke-on-Trent',
      url: 'https://www.stoke.gov.uk/',
      address: { '@type': 'PostalAddress', addressRegion: 'Staffordshire', addressCountry: 'GB' },
    });
  });

  it("every Event has Google's required fields: name, startDate, location with an address or url", () => {
    const events = graph.filter((n) => n['@type'] === 'Event');
    assert.equal(events.length, 4);
    for (const e of events) {
      assert.equal(typeof e.name, 'string');
      assert.match(String(e.startDate), /^\d{4}-\d{2}-\d{2}/);
      const locations = [e.location].flat() as Record<string, unknown>[];
      assert.ok(locations.length > 0);
      for (const l of locations) {
        if (l['@type'] === 'Place')
          assert.equal((l.address as Record<string, unknown>)['@type'], 'PostalAddress');
        else assert.deepEqual(Object.keys(l), ['@type', 'url']);
      }
    }
  });

  it('offsets from the time zone: Europe/London is +00:00 in winter and +01:00 in summer', () => {
    assert.equal(event('stoke/lights').startDate, '2026-12-03T18:00:00+00:00');
    assert.equal(event('stoke/lights').endDate, '2026-12-03T20:30:00+00:00');
    assert.equal(event('stoke/festival').startDate, '2027-07-01T10:00:00+01:00');
    assert.equal(event('stoke/heritage-days').startDate, '2027-09-10', 'all-day stays a date');
    assert.equal(event('stoke/heritage-days').endDate, '2027-09-13');
  });

  it('status, attendance mode, location, organizer, image, description', () => {
    const lights = event('stoke/lights');
    assert.equal(lights.eventStatus, 'https://schema.org/EventScheduled');
    assert.equal(lights.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.deepEqual(lights.location, {
      '@type': 'Place',
      name: 'Hanley Town Hall',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Albion Street, Hanley, ST1 1QQ',
        addressLocality: 'Stoke-on-Trent',
        addressRegion: 'Staffordshire',
        addressCountry: 'GB',
      },
    });
    assert.deepEqual(lights.organizer, {
      '@type': 'Organization',
      name: 'Stoke-on-Trent',
      url: 'https://www.stoke.gov.uk/',
    });
    assert.deepEqual(lights.image, ['https://www.stoke.gov.uk/img/lights.jpg']);
    assert.equal(lights.description, 'Music, food stalls and the lights.\n\nFree entry.');

    const festival = event('stoke/festival');
    assert.equal(festival.eventStatus, 'https://schema.org/EventRescheduled');
    assert.equal(festival.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
    assert.deepEqual(
      (festival.location as Record<string, unknown>[]).map((l) => l['@type']),
      ['Place', 'VirtualLocation'],
    );

    const webinar = event('stoke/webinar');
    assert.equal(webinar.eventStatus, 'https://schema.org/EventCancelled');
    assert.equal(webinar.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
    assert.deepEqual(webinar.location, {
      '@type': 'VirtualLocation',
      url: 'https://meet.stoke.gov.uk/budget',
    });
  });

  it('is safe to paste into a <script> element: "<" is escaped', async () => {
    const feed = join(tmp.dir, 'script.json');
    await writeFile(
      feed,
      JSON.stringify({
        version: 1,
        events: [{ id: 'x', title: '</script><b>hi', start: '2026-12-01T10:00:00+01:00' }],
      }),
    );
    const r = await run(['export', 'jsonld', feed]);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stdout, /</);
    const doc = JSON.parse(r.stdout) as { '@graph': Record<string, unknown>[] };
    assert.equal(doc['@graph'][0].name, '</script><b>hi');
    assert.equal(
      doc['@graph'][0].startDate,
      '2026-12-01T10:00:00+01:00',
      'an offset time is kept as written',
    );
  });

  it('a feed that cannot be read: exit 2', async () => {
    const r = await run(['export', 'jsonld', join(tmp.dir, 'missing.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.json: could not read: no such file/);
  });
});
