/**
 * `npm run release` (scripts/release.mjs) as a process, on the build in dist/,
 * and `npx civic-feed` as a fresh clone runs it (no dist/cli).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const name = `civic-widgets-${version}`;

describe('npm run release', () => {
  const out = mkdtempSync(join(tmpdir(), 'civic-release-'));
  const folder = join(out, name);
  const file = (path: string) => readFileSync(join(folder, path));
  before(async () => {
    if (!existsSync(join(root, 'dist/civic-widgets.js')))
      throw new Error('dist/civic-widgets.js is missing: run "npm run build" before this test');
    await run('node', ['scripts/release.mjs', '--no-build', '--out', out], { cwd: root });
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('copies every script the build wrote, and no npm, CLI or source-map file', () => {
    const dist = join(root, 'dist');
    const expected = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((path) => /\.js$/.test(path) && !/^(npm|cli|checker)\//.test(path))
      .sort();
    assert.ok(expected.includes('civic-widgets.js') && expected.includes('civic-widgets.iife.js'));
    for (const path of expected) assert.deepEqual(file(path), readFileSync(join(dist, path)), path);
    const copied = readdirSync(folder, { recursive: true }).map(String);
    assert.equal(copied.filter((path) => /\.map$|^(npm|cli|checker)(\/|$)/.test(path)).length, 0);
  });

  it('has the docs an editor needs, the example feed and the two lines to paste', () => {
    for (const doc of [
      'docs/embedding.md',
      'docs/feed-format.md',
      'LICENSE',
      'civic-feed.schema.json',
    ])
      assert.ok(existsSync(join(folder, doc)), doc);
    assert.deepEqual(
      JSON.parse(file('example-feed.json').toString()),
      JSON.parse(readFileSync(join(root, 'demo/feeds/example/feed.json'), 'utf8')),
    );
    assert.match(
      file('START-HERE.md').toString(),
      new RegExp(`<script type="module" src="/js/civic-widgets/${version}/civic-widgets.js">`),
    );
  });

  it('gives each script its sha384 Subresource Integrity value', () => {
    const integrity = JSON.parse(file('integrity.json').toString()) as Record<string, string>;
    assert.ok(Object.keys(integrity).length >= 2);
    for (const [path, value] of Object.entries(integrity)) {
      const digest = createHash('sha384').update(file(path)).digest('base64');
      assert.equal(value, `sha384-${digest}`, path);
    }
    assert.ok(
      file('START-HERE.md')
        .toString()
        .includes(`integrity="${integrity['civic-widgets.iife.js']}"`),
    );
  });

  it('SHA256SUMS covers every other file in the folder', () => {
    const lines = file('SHA256SUMS').toString().trim().split('\n');
    const listed = lines.map((line) => {
      const [hash, path] = line.split('  ');
      assert.equal(hash, createHash('sha256').update(file(path)).digest('hex'), path);
      return path;
    });
    const all = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
      .filter((path) => path !== 'SHA256SUMS')
      .sort();
    assert.deepEqual(listed, all);
  });

  it('the zip holds the same files under one folder, byte for byte', () => {
    const entries = unzipSync(readFileSync(`${folder}.zip`));
    const names = Object.keys(entries).sort();
    assert.ok(names.every((entry) => entry.startsWith(`${name}/`)));
    assert.equal(
      names.length,
      readFileSync(join(folder, 'SHA256SUMS'), 'utf8').trim().split('\n').length + 1,
    );
    for (const entry of names)
      assert.deepEqual(Buffer.from(entries[entry]), file(entry.slice(name.length + 1)), entry);
  });
});

describe('npx civic-feed in a fresh clone', () => {
  // A clone after `npm install`: the sources and node_modules, no dist/.
  const clone = mkdtempSync(join(tmpdir(), 'civic-clone-'));
  before(async () => {
    for (const part of ['package.json', 'bin', 'src'])
      await cp(join(root, part), join(clone, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  });
  after(() => rmSync(clone, { recursive: true, force: true }));

  it('runs validate from the sources, without a build', async () => {
    assert.equal(existsSync(join(clone, 'dist')), false);
    const feed = join(root, 'demo/feeds/example/feed.json');
    const { stdout } = await run('npx', ['--no', 'civic-feed', 'validate', feed], { cwd: clone });
    assert.match(stdout, /feed\.json: valid\n {2}1 city; 1 network; 1 activity; 2 events/);
  });
});
