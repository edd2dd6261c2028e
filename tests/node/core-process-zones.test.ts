/**
 * The core's day arithmetic must not depend on the zone the process runs in.
 * This runs core-days.test.ts again in three child processes whose TZ puts
 * midnight, DST and the date line in different places: ahead of UTC across
 * the date line (Auckland), behind it with American DST (Los Angeles), and a
 * half-hour offset without DST (Kolkata).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];

describe('core day arithmetic in other process zones', () => {
  for (const zone of ZONES) {
    it(`passes with TZ=${zone}`, () => {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-reporter=tap', 'tests/node/core-days.test.ts'],
        // Without NODE_TEST_CONTEXT, or node:test takes the child for a recursive run and skips it.
        { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined, TZ: zone } },
      );
      const out = `${child.stdout}${child.stderr}`;
      // The file names the zone it ran in (as Intl spells it: Node 20 says "Asia/Calcutta"),
      // so a child that ignored TZ would show here.
      const spelt = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
      assert.ok(out.includes(`(process zone ${spelt})`), out);
      assert.match(out, /^# fail 0$/m, out);
      assert.equal(child.status, 0, out);
    });
  }
});
