import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { warnAboutFilter } from '../../src/feed/filter-notice.js';
import { filterNotice } from '../../src/feed/filter-notice-text.js';

const events = [
  { id: 'a', city: 'stoke-on-trent' },
  { id: 'b' },
  { id: 'c' },
  { id: 'd', city: 'limoges' },
];

describe('filters that explain themselves', () => {
  it('says which records a city filter hides for lacking the field, and how to fix it', () => {
    assert.equal(
      filterNotice('events-calendar', 'events', events, { city: 'stoke-on-trent' }),
      '<events-calendar city="stoke-on-trent"> shows 1 of the 4 events in the feed: 2 events have no "city" ("b", "c") and are hidden. To fix it: if they are stoke-on-trent\'s, add "city": "stoke-on-trent" to them in the feed; to show every event, remove city="stoke-on-trent".',
    );
  });

  it('says so when nothing is left: no record has the field', () => {
    assert.equal(
      filterNotice('activity-feed', 'activities', [{}], { city: 'stoke-on-trent' }),
      '<activity-feed city="stoke-on-trent"> shows none of the 1 activity in the feed: 1 activity has no "city" and is hidden. To fix it: if they are stoke-on-trent\'s, add "city": "stoke-on-trent" to them in the feed; to show every activity, remove city="stoke-on-trent".',
    );
  });

  it('says so when nothing is left: a misspelt id, with the ids the feed has', () => {
    assert.equal(
      filterNotice('events-calendar', 'events', [{ network: 'unic' }, { network: 'urbact' }], {
        network: 'unik',
      }),
      '<events-calendar network="unik"> shows none of the 2 events in the feed: no event has "network": "unik" (the feed has "unic", "urbact"). To fix it: check the spelling of network="unik"; to show every event, remove network="unik".',
    );
  });

  it('stays quiet when the filter only hides records of other cities, or when there is no filter', () => {
    const all = [{ city: 'stoke-on-trent' }, { city: 'limoges' }];
    assert.equal(
      filterNotice('events-calendar', 'events', all, { city: 'stoke-on-trent' }),
      undefined,
    );
    assert.equal(filterNotice('events-calendar', 'events', events, {}), undefined);
    assert.equal(filterNotice('events-calendar', 'events', [], { city: 'x' }), undefined);
  });

  it('warns once for the same notice, however many widgets share the filter', async () => {
    const warn = mock.method(console, 'warn', () => undefined);
    try {
      for (let i = 0; i < 3; i++)
        await warnAboutFilter('activity-feed', 'activities', [{ city: 'aveiro' }, {}], {
          city: 'delft',
        });
      assert.equal(warn.mock.callCount(), 1);
      assert.match(
        String(warn.mock.calls[0].arguments[0]),
        /^civic-widgets <activity-feed city="delft"> shows none/,
      );
    } finally {
      warn.mock.restore();
    }
  });
});
