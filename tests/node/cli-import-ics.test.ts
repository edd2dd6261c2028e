/**
 * civic-feed import ics: Windows zone names, VTIMEZONE, all-day events,
 * RRULE/EXDATE/RECURRENCE-ID expansion across a DST change, cancellations.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import type { CivicEvent, Feed } from '../../src/feed/types.js';
import { FIXTURES, run, serve, tempDir } from './fixtures/cli/helpers.js';

const OUTLOOK = join(FIXTURES, 'outlook-windows.ics');
const GOOGLE = join(FIXTURES, 'google-london.ics');
const UID = '040000008200E00074C5B7101A82E00800000000A1B2C3D4';

/** The instant a local time names in a zone, by asking Intl (independent of the CLI's code). */
function utcOf(local: string, zone: string): string {
  const guess = Date.parse(`${local}:00Z`);
  for (const offsetH of [
    -14, -12, -10, -8, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14,
  ]) {
    const t = guess - offsetH * 3600_000;
    const shown = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(new Date(t))
      .replace(' ', 'T');
    if (shown === local) return new Date(t).toISOString();
  }
  throw new Error(`no instant for ${local} in ${zone}`);
}

async function importTo(args: string[], dir: string): Promise<{ feed: Feed; stderr: string }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = await run(['import', 'ics', ...args, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(await readFile(out, 'utf8')) as unknown;
  const parsed = parseFeed(json);
  assert.deepEqual(parsed.problems, [], 'the written feed has no problems');
  return { feed: parsed.feed!, stderr: r.stderr };
}

describe('civic-feed import ics', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let outlook: Feed;
  let stderr: string;
  const series = () => outlook.events.filter((e) => e.series === UID);
  const byId = (id: string) => outlook.events.find((e) => e.id === id);

  before(async () => {
    tmp = await tempDir();
    ({ feed: outlook, stderr } = await importTo(
      [OUTLOOK, '--from', '2026-03-01', '--months', '6', '--city', 'delft'],
      tmp.dir,
    ));
  });
  after(() => tmp.cleanup());

  it('expands the weekly series: EXDATE removed, override moved, UNTIL inclusive', () => {
    assert.deepEqual(
      series().map((e) => e.start),
      [
        '2026-03-02T18:00',
        '2026-03-09T18:00',
        // 2026-03-16 is an EXDATE
        '2026-03-23T19:30', // the RECURRENCE-ID override
        '2026-03-30T18:00',
        '2026-04-06T18:00',
        '2026-04-13T18:00',
        '2026-04-20T18:00', // UNTIL=20260420T160000Z is 18:00 in Berlin summer time
      ],
    );
  });

  it('maps the Windows TZID "W. Europe Standard Time" to Europe/Berlin', () => {
    for (const e of series()) assert.equal(e.timeZone, 'Europe/Berlin', e.id);
  });

  it('keeps 18:00 local across the 2026-03-29 DST change (so the UTC hour moves)', () => {
    const before = byId(`${UID}/2026-03-09T18:00`)!;
    const afterChange = byId(`${UID}/2026-03-30T18:00`)!;
    assert.equal(before.start, '2026-03-09T18:00');
    assert.equal(afterChange.start, '2026-03-30T18:00');
    assert.equal(afterChange.end, '2026-03-30T20:00');
    assert.equal(utcOf(before.start, before.timeZone!), '2026-03-09T17:00:00.000Z');
    assert.equal(utcOf(afterChange.start, afterChange.timeZone!), '2026-03-30T16:00:00.000Z');
  });

  it('gives each occurrence the id <UID>/<local start> and the shared series', () => {
    assert.deepEqual(
      series()
        .map((e) => e.id)
        .slice(0, 2),
      [`${UID}/2026-03-02T18:00`, `${UID}/2026-03-09T18:00`],
    );
    assert.equal(new Set(series().map((e) => e.id)).size, 7);
    assert.ok(!byId(`${UID}/2026-03-16T18:00`), 'the EXDATE occurrence is gone');
  });

  it('applies the RECURRENCE-ID override, keeping the original start in the id', () => {
    const moved = byId(`${UID}/2026-03-23T18:00`)!;
    assert.equal(moved.title, 'Neighbourhood council (moved to the library)');
    assert.equal(moved.start, '2026-03-23T19:30');
    assert.equal(moved.end, '2026-03-23T21:30');
    assert.deepEqual(moved.location, { name: 'Library DOK' });
    // Fields the override does not set come from the series.
    assert.equal(moved.url, 'https://www.delft.nl/raad');
  });

  it('copies LOCATION, DESCRIPTION, URL, LAST-MODIFIED and --city', () => {
    const first = byId(`${UID}/2026-03-02T18:00`)!;
    assert.deepEqual(first.location, { name: 'Stadhuis, Markt 87, Delft' });
    assert.equal(first.description, 'Open to all residents.\n\nAgenda on the website.');
    assert.equal(first.updated, '2026-02-01T09:00:00Z');
    assert.equal(first.city, 'delft');
  });

  it('all-day events: DATE values, and the exclusive DTEND becomes the inclusive last day', () => {
    const oneDay = byId('kingsday-2026@delft.nl')!;
    assert.equal(oneDay.start, '2026-04-27');
    assert.equal(oneDay.end, undefined, 'DTEND the next day = a one-day event');
    assert.equal(oneDay.timeZone, undefined);
    const festival = byId('festival-2026@delft.nl')!;
    assert.equal(festival.start, '2026-07-24');
    assert.equal(festival.end, '2026-08-02'); // DTEND;VALUE=DATE:20260803
  });

  it('STATUS:CANCELLED, a Windows TZID without VTIMEZONE, and HTML from X-ALT-DESC', () => {
    const tour = byId('tour-2026@delft.nl')!;
    assert.equal(tour.status, 'cancelled');
    assert.equal(tour.timeZone, 'Europe/Paris'); // "Romance Standard Time"
    assert.equal(tour.start, '2026-05-12T10:00');
    assert.equal(tour.description, 'Cancelled because of works & repairs.');
  });

  it('skips CLASS:PRIVATE events and says so', () => {
    assert.ok(!byId('private-1@delft.nl'));
    assert.match(stderr, /skipped 1 private event\(s\) \(CLASS:PRIVATE/);
    assert.equal(outlook.title, 'Delft council meetings');
  });

  it('--months limits the window the series is expanded in', async () => {
    const { feed } = await importTo([OUTLOOK, '--from', '2026-03-01', '--months', '1'], tmp.dir);
    assert.deepEqual(
      feed.events.filter((e) => e.series === UID).map((e) => e.start),
      ['2026-03-02T18:00', '2026-03-09T18:00', '2026-03-23T19:30', '2026-03-30T18:00'],
    );
  });

  it('Google style: X-WR-TIMEZONE, UTC times, a UTC EXDATE, GEO, a URL as LOCATION', async () => {
    const { feed } = await importTo([GOOGLE, '--from', '2026-10-01', '--months', '3'], tmp.dir);
    const daily = feed.events.filter((e) => e.series === 'daily@stoke.gov.uk');
    // COUNT=10 from the 20th, minus the 22nd (EXDATE 09:00Z = 10:00 BST); 10:00 kept after the 25 October change.
    assert.deepEqual(
      daily.map((e) => e.start.slice(0, 10)),
      [
        '2026-10-20',
        '2026-10-21',
        '2026-10-23',
        '2026-10-24',
        '2026-10-25',
        '2026-10-26',
        '2026-10-27',
        '2026-10-28',
        '2026-10-29',
      ],
    );
    assert.ok(daily.every((e) => e.start.endsWith('T10:00') && e.timeZone === 'Europe/London'));
    assert.deepEqual(daily[0].location, { geo: { lat: 53.0027, lon: -2.1794 } });
    const talk = feed.events.find((e) => e.id === 'utc-talk@stoke.gov.uk')!;
    assert.equal(talk.start, '2026-12-03T18:00'); // 18:00Z is 18:00 GMT in December
    assert.equal(talk.timeZone, 'Europe/London');
    assert.equal(talk.online, 'https://meet.example.org/winter');
    assert.equal(talk.description, 'Hear about the plan.');
  });

  it('"GMT Standard Time" without VTIMEZONE: weekly across the UK change, RDATE added', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:surgery@stoke',
      'DTSTAMP:20260101T000000Z',
      'SUMMARY:Councillor surgery',
      'DTSTART;TZID="GMT Standard Time":20260319T190000',
      'DURATION:PT1H30M',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'RDATE;TZID=GMT Standard Time:20260410T120000',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const file = join(tmp.dir, 'surgery.ics');
    await writeFile(file, ics);
    const { feed } = await importTo([file, '--from', '2026-03-01'], tmp.dir);
    assert.deepEqual(
      feed.events.map((e: CivicEvent) => [e.start, e.end, e.timeZone]),
      [
        ['2026-03-19T19:00', '2026-03-19T20:30', 'Europe/London'],
        ['2026-03-26T19:00', '2026-03-26T20:30', 'Europe/London'],
        ['2026-04-02T19:00', '2026-04-02T20:30', 'Europe/London'],
        ['2026-04-10T12:00', '2026-04-10T13:30', 'Europe/London'],
      ],
    );
  });

  it('imports from a URL', async () => {
    const body = await readFile(OUTLOOK);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end(body);
    });
    try {
      const { feed } = await importTo(
        [`${server.url}/calendar.ics`, '--from', '2026-03-01', '--months', '6'],
        tmp.dir,
      );
      assert.equal(feed.events.length, outlook.events.length);
    } finally {
      await server.close();
    }
  });

  it('text that is not iCalendar: exit 2, nothing written', async () => {
    const file = join(tmp.dir, 'not.ics');
    const out = join(tmp.dir, 'never.json');
    await writeFile(file, '<html>calendar moved</html>');
    const r = await run(['import', 'ics', file, '-o', out]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not an iCalendar file/);
    await assert.rejects(readFile(out), { code: 'ENOENT' });
  });
});
