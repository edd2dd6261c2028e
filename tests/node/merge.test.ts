import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeFeeds } from '../../src/feed/merge.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';

function feed(value: Record<string, unknown>): Feed {
  const { feed: parsed, problems } = parseFeed({ version: 1, ...value });
  assert.deepEqual(problems, []);
  return parsed!;
}

const byId = <T extends { id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('mergeFeeds', () => {
  const a = feed({
    updated: '2026-11-01T00:00:00Z',
    activities: [
      { id: 'x', title: 'X from A', published: '2026-01-01', updated: '2026-03-01T00:00:00Z' },
      { id: 'a-only', title: 'A', published: '2026-01-01' },
    ],
  });
  const b = feed({
    updated: '2026-11-02T00:00:00Z',
    activities: [
      { id: 'x', title: 'X from B', published: '2026-01-01', updated: '2026-02-01T00:00:00Z' },
      { id: 'b-only', title: 'B', published: '2026-01-01' },
    ],
  });

  it('makes one record of the same id, the later updated winning', () => {
    const merged = mergeFeeds([a, b]);
    assert.deepEqual(
      byId(merged.activities).map((r) => r.title),
      ['A', 'B', 'X from A'],
    );
    assert.equal(merged.updated, '2026-11-02T00:00:00Z');
  });

  it('gives the same records whatever the order', () => {
    assert.deepEqual(byId(mergeFeeds([a, b]).activities), byId(mergeFeeds([b, a]).activities));
  });

  it('breaks a tie in favour of the later source', () => {
    const one = feed({ events: [{ id: 'e', title: 'First', start: '2026-01-01' }] });
    const two = feed({ events: [{ id: 'e', title: 'Second', start: '2026-01-01' }] });
    assert.equal(mergeFeeds([one, two]).events[0].title, 'Second');
    assert.equal(mergeFeeds([two, one]).events[0].title, 'First');
  });

  it('changes nothing when a feed is merged with itself, and is idempotent', () => {
    assert.deepEqual(mergeFeeds([a, a]), a);
    const once = mergeFeeds([a, b]);
    assert.deepEqual(mergeFeeds([once, once]), once);
    assert.deepEqual(mergeFeeds([once]), once);
  });

  it('keeps each record’s language when feeds in different languages meet', () => {
    const fr = feed({
      language: 'fr',
      events: [{ id: 'l', title: 'Atelier', start: '2026-01-01' }],
    });
    const pt = feed({
      language: 'pt-PT',
      events: [{ id: 'a', title: 'Oficina', start: '2026-01-01' }],
    });
    const merged = mergeFeeds([fr, pt]);
    assert.equal(merged.language, undefined);
    assert.deepEqual(
      merged.events.map((e) => [e.id, e.language]),
      [
        ['l', 'fr'],
        ['a', 'pt-PT'],
      ],
    );
  });

  it('returns an empty feed for no input', () => {
    assert.deepEqual(mergeFeeds([]).events, []);
  });
});
