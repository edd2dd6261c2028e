/** civic-feed as a whole: help, version, and wrong usage (exit 2, usage on stderr). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, run } from './fixtures/cli/helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('civic-feed (built CLI)', () => {
  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('--help lists the four commands on stdout and exits 0', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    for (const cmd of ['validate', 'import', 'aggregate', 'export']) {
      assert.match(r.stdout, new RegExp(`^  ${cmd} `, 'm'));
    }
    assert.equal(r.stderr, '');
  });

  for (const cmd of ['validate', 'import', 'aggregate', 'export']) {
    it(`${cmd} --help shows that command's usage`, async () => {
      const r = await run([cmd, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: civic-feed ${cmd} `));
    });
  }

  it('no command: usage on stderr, exit 2', async () => {
    const r = await run([]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Usage: civic-feed <command>/);
  });

  it('an unknown command: named on stderr with the usage, exit 2', async () => {
    const r = await run(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /Usage: civic-feed <command>/);
  });

  it('an unknown flag: named on stderr with the command usage, exit 2', async () => {
    const r = await run(['validate', '--colour', 'x.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--colour'/);
    assert.match(r.stderr, /Usage: civic-feed validate/);
  });

  it('a bad flag value is a usage error', async () => {
    const r = await run(['import', 'ics', 'x.ics', '--from', '2026-02-30']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--from must be a date written YYYY-MM-DD, not "2026-02-30"/);
  });

  it('an unknown import format is a usage error', async () => {
    const r = await run(['import', 'csv', 'x.csv']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown import format "csv"/);
  });
});
