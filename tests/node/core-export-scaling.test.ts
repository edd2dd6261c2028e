/**
 * Every export is linear in its input. Each reproducer from the security
 * review runs at two sizes, ten times apart, and the times go to the log
 * (no timed assertion: speed is not a pass/fail matter on a shared machine;
 * a quadratic exporter shows as ~100x instead of ~10x). On the code before
 * the core, one event to 9999 took 80 s and a 41 KB feed url 12 s here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeIcs } from '../../src/core/ics.js';
import { feedToJsonLd, jsonLdText } from '../../src/cli/export-jsonld.js';
import type { Feed } from '../../src/feed/types.js';

function timed<T>(label: string, size: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  console.log(`${label}, size ${size}: ${(performance.now() - started).toFixed(1)} ms`);
  return result;
}

const ZONES = ['Europe/London', 'Europe/Lisbon', 'Europe/Bucharest', 'America/Santiago'];

describe('exports scale linearly (times in the log)', () => {
  it('iCalendar: events that run to the year 9999', () => {
    for (const count of [10, 100]) {
      const entries = Array.from({ length: count }, (_, i) => ({
        event: {
          id: `e${i}`,
          title: 'Forever',
          start: `${2000 + i}-03-01T10:00`,
          end: '9999-12-31T23:00',
        },
        zone: ZONES[i % ZONES.length],
      }));
      const { text } = timed('ics, events ending in 9999', count, () =>
        writeIcs(entries, { now: 0 }),
      );
      assert.equal(text.match(/^BEGIN:VEVENT\r$/gm)?.length, count);
      assert.equal(text.match(/^BEGIN:VTIMEZONE\r$/gm)?.length, ZONES.length);
    }
  });

  it('iCalendar: long text and many lines to fold', () => {
    for (const size of [40_000, 400_000]) {
      const description = 'Café; a, b: c\n'.repeat(size / 14);
      const { text } = timed('ics, one long description', size, () =>
        writeIcs(
          [{ event: { id: 'e', title: 'T', start: '2026-12-03', description }, zone: undefined }],
          {
            now: 0,
          },
        ),
      );
      assert.ok(text.length > size);
    }
  });

  it('JSON-LD: a long url with many "#" (the base of every @id)', () => {
    for (const size of [4_100, 41_000]) {
      const base = `https://example.org/${'#'.repeat(size)}\nx`;
      const feed: Feed = {
        version: 1,
        cities: [{ id: 'c', name: 'C' }],
        networks: [],
        practices: [],
        activities: [],
        events: Array.from({ length: 20 }, (_, i) => ({
          id: `e${i}`,
          title: 'E',
          start: '2026-12-03',
          city: 'c',
        })),
      } as unknown as Feed;
      const text = timed('jsonld, long base url', size, () =>
        jsonLdText(feedToJsonLd(feed, { base }).document),
      );
      assert.match(text, /"@id": "https:\/\/example.org\/#event-e0"/);
    }
  });
});
