/**
 * The one iCalendar writer (src/core/ics.ts): every property value and
 * parameter escaped and folded, URLs only through the safe-URL rule, one
 * UID scheme, one DTEND rule, and work bounded however long an event runs.
 * What it writes is read back with ical.js, not compared with itself.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { writeIcs, type IcsEntry, type IcsEvent } from '../../src/core/ics.js';
import { parseFeed } from '../../src/feed/parse.js';
import { run, tempDir } from './fixtures/cli/helpers.js';

const NOW = Date.parse('2026-11-30T16:20:00Z');

/** Hostile and awkward text: each must come back exactly, and add nothing. */
const PAYLOADS = [
  'plain',
  'semi;colon',
  'com,ma',
  'co:lon',
  'back\\slash',
  'a "quoted" word',
  'CR\rinside',
  'LF\ninside',
  'CRLF\r\ninside',
  'x\r\nATTACH:https://evil.example/a.exe',
  'x\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM',
  'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:stolen@civic-widgets\r\nSUMMARY:Pay here\r\nEND:VEVENT',
  'x\nEND:VCALENDAR\nBEGIN:VCALENDAR',
  ';;;,,,:::\\\\\\',
  '\r\n\r\n',
  ' leading space and tab\t',
  'nul\u0000 and bell\u0007 and esc\u001b[31m',
  `${'long é text with ünïcode and ; , : '.repeat(12)}end`,
  '😀 emoji across a fold '.repeat(8),
];

/** What a TEXT value should read back as: line breaks as \n, other controls gone. */
const expectedText = (value: string) =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n|\r/g, '\n');

const EVENT_PROPS = new Set([
  'uid',
  'dtstamp',
  'dtstart',
  'dtend',
  'summary',
  'description',
  'location',
  'geo',
  'conference',
  'url',
  'image',
  'status',
  'last-modified',
]);

function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const kinds = calendar.getAllSubcomponents().map((c) => c.name);
  return { calendar, kinds, events: calendar.getAllSubcomponents('vevent') };
}

function payloadEvent(payload: string, i: number): IcsEvent {
  return {
    id: `e${i}-${payload}`,
    title: `t ${payload}`,
    start: '2026-12-03T18:00',
    end: '2026-12-03T20:00',
    summary: `s ${payload}`,
    description: `d ${payload}`,
    location: { name: `n ${payload}`, address: `a ${payload}`, geo: { lat: 53, lon: -2.2 } },
    online: `https://meet.example/${payload}`,
    url: `https://example.org/${payload}`,
    image: { url: `https://example.org/i/${payload}.png` },
    status: 'scheduled',
    updated: '2026-11-01T10:00:00Z',
  };
}

describe('core iCalendar writer: a hostile corpus through every field', () => {
  const entries: IcsEntry[] = PAYLOADS.map((p, i) => ({
    event: payloadEvent(p, i),
    zone: 'Europe/London',
  }));
  const { text, problems } = writeIcs(entries, { now: NOW, name: `Cal ${PAYLOADS[11]}` });
  const { calendar, kinds, events } = read(text);

  it('writes only CRLF lines of at most 75 octets', () => {
    assert.ok(text.endsWith('\r\n'));
    for (const line of text.split('\r\n').slice(0, -1)) {
      assert.doesNotMatch(line, /[\r\n]/);
      assert.ok(Buffer.byteLength(line) <= 75, line);
    }
  });

  it('reads back exactly the events that went in, and no other component', () => {
    assert.deepEqual(kinds, ['vtimezone', ...PAYLOADS.map(() => 'vevent')]);
    assert.deepEqual(
      calendar.getAllProperties().map((p) => p.name),
      ['version', 'prodid', 'calscale', 'method', 'x-wr-calname'],
    );
    // ical.js leaves an X- property as written: decode its TEXT escapes by the RFC's rule here.
    const name = String(calendar.getFirstPropertyValue('x-wr-calname')).replace(
      /\\([\\;,nN])/g,
      (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c),
    );
    assert.equal(name, expectedText(`Cal ${PAYLOADS[11]}`));
    for (const vevent of events) {
      assert.deepEqual(vevent.getAllSubcomponents(), [], 'no VALARM or anything inside');
      for (const prop of vevent.getAllProperties())
        assert.ok(EVENT_PROPS.has(prop.name), prop.name);
    }
  });

  it('gives every TEXT field back as written', () => {
    events.forEach((vevent, i) => {
      const p = PAYLOADS[i];
      assert.equal(vevent.getFirstPropertyValue('uid'), expectedText(`e${i}-${p}@civic-widgets`));
      assert.equal(vevent.getFirstPropertyValue('summary'), expectedText(`t ${p}`));
      assert.equal(vevent.getFirstPropertyValue('location'), expectedText(`n ${p}, a ${p}`));
      const description = String(vevent.getFirstPropertyValue('description'));
      assert.ok(description.startsWith(expectedText(`s ${p}\n\nd ${p}`)), description);
    });
  });

  it('writes a URL only when the safe-URL rule accepts it, and reports the others', () => {
    events.forEach((vevent, i) => {
      const p = PAYLOADS[i];
      const href = (s: string) => {
        try {
          // eslint-disable-next-line no-control-regex
          return /[\u0000-\u0020\u007f]/.test(s) ? undefined : new URL(s).href;
        } catch {
          return undefined;
        }
      };
      for (const [prop, value] of [
        ['url', `https://example.org/${p}`],
        ['conference', `https://meet.example/${p}`],
        ['image', `https://example.org/i/${p}.png`],
      ]) {
        const want = href(value);
        const got = vevent.getFirstProperty(prop);
        if (want === undefined) assert.equal(got, null, `${prop} of ${JSON.stringify(p)}`);
        else assert.equal(got?.getFirstValue(), want);
      }
    });
    const refused = new Set(problems.map((x) => x.eventId));
    assert.ok(refused.has(entries[6].event.id), 'a CR in a URL is reported');
    assert.ok(
      problems.every((x) => /line break|control|space/.test(x.message)),
      problems[0]?.message,
    );
  });

  it('puts the time zone parameter and its VTIMEZONE through the same rules', () => {
    const start = events[0].getFirstProperty('dtstart')!;
    assert.equal(start.getParameter('tzid'), 'Europe/London');
    assert.equal(
      new ICAL.Event(events[0]).startDate.toJSDate().toISOString(),
      '2026-12-03T18:00:00.000Z',
    );
  });
});

describe('core iCalendar writer: UID, DTEND and zones', () => {
  /** `zone: null` for an event whose feed names no zone. */
  const one = (event: Partial<IcsEvent>, zone: string | null = 'Europe/London') => {
    const { text } = writeIcs(
      [
        {
          event: { id: 'x', title: 'X', start: '2026-12-03T18:00', ...event },
          zone: zone ?? undefined,
        },
      ],
      { now: NOW },
    );
    return { text, event: new ICAL.Event(read(text).events[0]) };
  };

  it('names the event <id>@civic-widgets', () => {
    assert.equal(one({}).event.uid, 'x@civic-widgets');
  });

  it('keeps an end for a timed event that ends on a date: the midnight closing that day', () => {
    const { text, event } = one({ end: '2026-12-05' });
    assert.match(text, /DTEND;TZID=Europe\/London:20261206T000000\r\n/);
    assert.equal(event.endDate.toJSDate().toISOString(), '2026-12-06T00:00:00.000Z');
  });

  it('gives an all-day event the exclusive end calendar apps expect', () => {
    const { text } = one({ start: '2026-09-24', end: '2026-09-26' });
    assert.match(text, /DTSTART;VALUE=DATE:20260924\r\nDTEND;VALUE=DATE:20260927\r\n/);
    assert.doesNotMatch(text, /VTIMEZONE/);
  });

  it('leaves out an end that is not after the start', () => {
    assert.doesNotMatch(one({ end: '2026-12-03T17:00' }).text, /DTEND/);
  });

  it('writes offsets in the event zone when known, else in UTC; local times float without a zone', () => {
    assert.match(
      one({ start: '2026-07-01T18:00:00+02:00' }).text,
      /DTSTART;TZID=Europe\/London:20260701T170000\r\n/,
    );
    assert.match(
      one({ start: '2026-07-01T18:00:00+02:00' }, null).text,
      /DTSTART:20260701T160000Z\r\n/,
    );
    const floating = one({ end: '2026-12-04' }, null).text;
    assert.match(floating, /DTSTART:20261203T180000\r\nDTEND:20261205T000000\r\n/);
    assert.doesNotMatch(floating, /VTIMEZONE/);
  });

  it('writes an event that runs to the year 9999 with a VTIMEZONE only for the years it names', () => {
    const { text, event } = one({ end: '9999-12-31T23:00' });
    assert.match(text, /DTEND;TZID=Europe\/London:99991231T230000\r\n/);
    assert.equal(event.endDate.toJSDate().toISOString(), '9999-12-31T23:00:00.000Z');
    const starts = [...text.matchAll(/^DTSTART:(\d{4})/gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(starts)], ['2025', '2026', '9999']);
  });
});

describe('civic-feed export ics: the corpus through the validator and the CLI', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let result: Awaited<ReturnType<typeof run>>;
  const feed = {
    version: 1,
    title: 'Hostile',
    cities: [{ id: 'c', name: 'City', timeZone: 'europe/london' }],
    events: PAYLOADS.map((p, i) => ({ ...payloadEvent(p, i), city: 'c' })),
  };
  const { feed: kept } = parseFeed(feed);

  before(async () => {
    tmp = await tempDir();
    const file = join(tmp.dir, 'hostile.json');
    await writeFile(file, JSON.stringify(feed));
    result = await run(['export', 'ics', file]);
  });
  after(() => tmp.cleanup());

  it('exports every event the validator keeps, and nothing else', () => {
    assert.equal(result.code, 0, result.stderr);
    const { kinds, events } = read(result.stdout);
    assert.deepEqual(kinds, ['vtimezone', ...kept!.events.map(() => 'vevent')]);
    assert.deepEqual(
      events.map((e) => e.getFirstPropertyValue('uid')),
      kept!.events.map((e) => expectedText(`${e.id}@civic-widgets`)),
    );
    for (const vevent of events) {
      assert.deepEqual(vevent.getAllSubcomponents(), []);
      for (const prop of vevent.getAllProperties())
        assert.ok(EVENT_PROPS.has(prop.name), prop.name);
    }
  });

  it('refuses a URL with a line break in the validator, with a warning, and keeps the event', () => {
    // Only the event whose id is over the 200-character limit is dropped.
    assert.equal(kept!.events.length, PAYLOADS.length - 1);
    const crlf = kept!.events.find((e) => e.id.startsWith('e8-'))!;
    assert.equal(crlf.url, undefined);
    assert.match(
      result.stderr,
      /events\[8\]\.url\)?: .*contains a line break, a control character or a space/,
    );
  });

  it('reads the city zone in any letter case as its IANA name', () => {
    assert.match(result.stdout, /DTSTART;TZID=Europe\/London:20261203T180000\r\n/);
  });
});
