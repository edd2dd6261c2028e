import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSchema } from '../../scripts/schema.js';

describe('schema/civic-feed.schema.json', () => {
  it('is the one generated from the validator (run `npm run schema` when this fails)', () => {
    assert.equal(readFileSync('schema/civic-feed.schema.json', 'utf8'), buildSchema());
  });

  it('makes `build-schema --check` fail on a stale copy and pass on a fresh one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    const stale = join(dir, 'stale.json');
    const fresh = join(dir, 'fresh.json');
    writeFileSync(stale, buildSchema().replace('"minLength": 1', '"minLength": 2'));
    writeFileSync(fresh, buildSchema());
    const check = (file: string) =>
      spawnSync('node', ['--import', 'tsx', 'scripts/build-schema.ts', '--check', file], {
        encoding: 'utf8',
      });
    const staleRun = check(stale);
    assert.equal(staleRun.status, 1);
    assert.match(staleRun.stderr, /is stale: run `npm run schema`/);
    assert.equal(check(fresh).status, 0);
  });

  it('requires the contract’s fields', () => {
    const schema = JSON.parse(buildSchema()) as {
      required: string[];
      properties: Record<string, { items: { required: string[] } }>;
    };
    assert.deepEqual(schema.required, ['version']);
    assert.deepEqual(schema.properties.events.items.required.sort(), ['id', 'start', 'title']);
    assert.deepEqual(schema.properties.activities.items.required.sort(), [
      'id',
      'published',
      'title',
    ]);
  });
});
