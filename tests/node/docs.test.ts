/** The docs' example feed is one file: the feed format guide starts with it, byte for byte. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { checkFeedText } from '../../src/feed/check.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the docs’ example feed', () => {
  const example = read('demo/feeds/example/feed.json');

  it('is the first code block of docs/feed-format.md', () => {
    const first = /```(\w*)\n([\s\S]*?)```/.exec(read('docs/feed-format.md'));
    assert.equal(first?.[1], 'json');
    assert.equal(first?.[2], example);
  });

  it('is a complete feed with no problem and no warning', () => {
    const { feed, problems } = checkFeedText(example);
    assert.deepEqual(problems, []);
    for (const kind of ['cities', 'networks', 'activities', 'events'] as const)
      assert.ok(feed![kind].length > 0, kind);
  });
});
