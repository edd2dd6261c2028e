/**
 * The corpus (tests/corpus): small calendars and feeds written here in the
 * shapes real exporters produce, each read by the Node readers and compared
 * with its `<name>.expected.json` (kind, records, problems). Options for a
 * file, when it needs any, are in `<name>.options.json`; the default window
 * is the year 2027. UPDATE_CORPUS=1 writes the expected files that are
 * missing: read every one before committing it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useNodePlatform } from '../../src/cli/import-platform.js';
import { readSource, type ReadOptions } from '../../src/core/readers/index.js';

export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

export function corpusSources(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.options.json'))
    .sort();
}

const base = (file: string) => file.replace(/\.[^.]+$/, '');

function optionsOf(file: string): ReadOptions {
  const path = join(CORPUS, `${base(file)}.options.json`);
  const own = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReadOptions) : {};
  return { from: '2027-01-01', to: '2027-12-31', url: `https://example.org/${file}`, ...own };
}

useNodePlatform();

describe('corpus: every file read by the Node readers as expected', () => {
  const sources = corpusSources();
  it('holds at least 60 files', () => assert.ok(sources.length >= 60, `${sources.length} files`));
  for (const file of sources) {
    it(file, async () => {
      const result = await readSource(
        new Uint8Array(readFileSync(join(CORPUS, file))),
        optionsOf(file),
      );
      const actual = JSON.parse(JSON.stringify(result)) as unknown;
      const expectedPath = join(CORPUS, `${base(file)}.expected.json`);
      if (!existsSync(expectedPath) && process.env.UPDATE_CORPUS === '1')
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
      assert.deepEqual(actual, expected);
    });
  }
});
