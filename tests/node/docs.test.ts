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

describe('docs/embedding.md', () => {
  it('lists every attribute of every widget for CKEditor, as the elements declare them', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const declared = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name).sort()]),
    );
    const line = /editable HTML tags_ add\s+`([^`]+)`/.exec(read('docs/embedding.md'))![1];
    const listed = new Map(
      [...line.matchAll(/<([a-z-]+) ([^>]+)>/g)].map((m) => [m[1], m[2].split(/\s+/).sort()]),
    );
    assert.deepEqual([...listed.keys()].sort(), [...declared.keys()].sort());
    for (const [tag, attributes] of declared) assert.deepEqual(listed.get(tag), attributes, tag);
  });

  it('starts with getting the files, and splits the editor’s part from the administrator’s', () => {
    const headings = read('docs/embedding.md').match(/^## .*/gm);
    assert.deepEqual(headings?.slice(0, 3), [
      '## Get the files',
      '## For the editor: put a widget on a page',
      '## For the site administrator',
    ]);
  });
});
