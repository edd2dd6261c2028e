/**
 * What a feed's first check takes (src/feed/first-choice.ts): the chooser
 * parseFeed runs, and whether a check made for one widget took what another
 * shows. A wrong "yes" would draw a calendar month without its events.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooser, covers } from '../../src/feed/first-choice.js';

const december = { from: '2026-11-30', to: '2027-01-10' };
const card = { kinds: ['networks', 'cities'] } as const;
const calendar = { kinds: ['events', 'cities'], days: december } as const;

describe('first choice', () => {
  it('chooses the kinds shown, and of the events those near the days', () => {
    const choose = chooser(calendar);
    assert.equal(choose({ id: 'n' }, 'networks'), false);
    assert.equal(choose({ id: 'c' }, 'cities'), true);
    assert.equal(choose({ start: '2026-12-05T10:00' }, 'events'), true);
    // Two days beyond the grid still count (zones move a time that far), three do not.
    assert.equal(choose({ start: '2027-01-12' }, 'events'), true);
    assert.equal(choose({ start: '2027-01-13' }, 'events'), false);
    // A long event that started before the grid and runs into it.
    assert.equal(choose({ start: '2026-10-01', end: '2026-12-02' }, 'events'), true);
    assert.equal(chooser(card)({ start: '2026-12-05' }, 'events'), false);
  });

  it('tells whether a check took what another widget shows', () => {
    // Everything checked covers everyone; a widget that shows everything needs everything.
    assert.equal(covers(undefined, calendar), true);
    assert.equal(covers(card, undefined), false);
    assert.equal(covers(calendar, undefined), false);
    // A card's check took no events; a calendar's took no networks.
    assert.equal(covers(card, calendar), false);
    assert.equal(covers(calendar, card), false);
    assert.equal(covers(calendar, { kinds: ['cities'] }), true);
    assert.equal(covers({ kinds: ['networks', 'cities', 'activities'] }, card), true);
    // Days: the same or narrower are covered; another month, or all events, are not.
    assert.equal(covers(calendar, calendar), true);
    assert.equal(
      covers(calendar, { kinds: ['events'], days: { from: '2026-12-07', to: '2026-12-13' } }),
      true,
    );
    assert.equal(
      covers(calendar, { kinds: ['events'], days: { from: '2027-02-22', to: '2027-04-04' } }),
      false,
    );
    assert.equal(covers(calendar, { kinds: ['events'] }), false);
    // A check of some days but every kind covers a widget that shows no events.
    assert.equal(covers({ days: december }, { kinds: ['activities'] }), true);
  });
});
