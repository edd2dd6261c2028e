/** findReferenceProblems: the pure check behind validate's reference warnings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findReferenceProblems, knownIds } from '../../src/feed/references.js';
import { emptyFeed, type Feed } from '../../src/feed/types.js';

function feed(parts: Partial<Feed>): Feed {
  return { ...emptyFeed(), ...parts };
}

describe('findReferenceProblems', () => {
  const hub = feed({
    cities: [{ id: 'stoke', name: 'Stoke', networks: ['unic', 'eurocities'] }],
    networks: [{ id: 'unic', name: 'UNIC', lead: 'delft', cities: ['stoke', 'aveiro'] }],
    practices: [{ id: 'p', title: 'P', city: 'stoke', networks: ['unic', 'urbact'] }],
    activities: [
      { id: 'a', title: 'A', published: '2026-01-01', city: 'limoges', network: 'unic' },
    ],
    events: [{ id: 'e', title: 'E', start: '2026-01-01', city: 'stoke', network: 'nope' }],
  });

  it('finds every kind of dangling reference, with its path, as warnings', () => {
    const problems = findReferenceProblems(hub);
    assert.deepEqual(
      problems.map((p) => [p.path, p.severity]),
      [
        ['cities[0].networks[1]', 'warning'],
        ['networks[0].lead', 'warning'],
        ['networks[0].cities[1]', 'warning'],
        ['practices[0].networks[1]', 'warning'],
        ['activities[0].city', 'warning'],
        ['events[0].network', 'warning'],
      ],
    );
    assert.match(problems[1].message, /^"delft" is not the id of any city/);
  });

  it('counts ids from other feeds as known', () => {
    const others = feed({
      cities: [
        { id: 'delft', name: 'Delft' },
        { id: 'aveiro', name: 'Aveiro' },
        { id: 'limoges', name: 'Limoges' },
      ],
      networks: [
        { id: 'eurocities', name: 'Eurocities' },
        { id: 'urbact', name: 'URBACT' },
        { id: 'nope', name: 'N' },
      ],
    });
    assert.deepEqual(findReferenceProblems(hub, knownIds([hub, others])), []);
  });

  it('an empty feed has no problems and is not changed', () => {
    const empty = emptyFeed();
    assert.deepEqual(findReferenceProblems(empty), []);
    assert.deepEqual(empty, emptyFeed());
  });
});
