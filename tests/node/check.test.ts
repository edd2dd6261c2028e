import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFeedText, formatCheckedProblem } from '../../src/feed/check.js';
import { locateJson } from '../../src/feed/json-locate.js';
import { formatProblem } from '../../src/feed/types.js';

/** A feed as an editor types it: one field per line, so lines are easy to count. */
const lines = (...rows: string[]) => rows.join('\n');

function syntaxError(text: string) {
  const found = locateJson(text);
  if (found.ok) throw new Error('expected a syntax error');
  return found.error;
}

describe('JSON syntax errors in plain words, with line and column', () => {
  it('a trailing comma after the last field (what engines call "Expected double-quoted property name")', () => {
    const text = lines(
      '{',
      '  "version": 1,',
      '  "events": [',
      '    { "id": "a", "title": "Open studio", "start": "2026-03-14", },',
      '  ]',
      '}',
    );
    assert.throws(() => JSON.parse(text), /Expected double-quoted property name/);
    const error = syntaxError(text);
    assert.deepEqual([error.line, error.column], [4, 63]);
    assert.equal(error.message, 'there is a comma after the last field of this object');
    assert.equal(error.fix, 'remove this comma (the last field has none after it)');
  });

  it('a trailing comma after the last item of a list', () => {
    const error = syntaxError('{"version": 1,\n "cities": [\n  {"id": "a", "name": "A"},\n ]\n}');
    assert.deepEqual(
      [error.line, error.column, error.message],
      [3, 27, 'there is a comma after the last item of this list'],
    );
  });

  it('a field name without quotes, and text in single quotes', () => {
    const bare = syntaxError('{\n  version: 1\n}');
    assert.deepEqual([bare.line, bare.column], [2, 3]);
    assert.equal(bare.message, 'the field name version is not in double quotes');
    assert.equal(bare.fix, 'write "version"');
    const single = syntaxError('{"version": 1, "title": \'Stoke\'}');
    assert.equal(single.message, 'this text is in single quotes');
    assert.equal(single.column, 25);
  });

  it('a missing comma between two records, and a missing closing bracket', () => {
    const comma = syntaxError('{"version": 1, "events": [\n  {"id": "a"}\n  {"id": "b"}\n]}');
    assert.deepEqual([comma.line, comma.column], [3, 3]);
    assert.match(comma.message, /comma is missing between two items/);
    const open = syntaxError('{"version": 1, "events": [\n  {"id": "a"}\n');
    assert.equal(open.line, 3);
    assert.match(open.message, /ends too early/);
  });

  it('a line break inside quotes, and a comment', () => {
    assert.match(syntaxError('{"title": "two\nlines"}').message, /line break inside quotes/);
    assert.match(syntaxError('{\n  // ours\n  "version": 1}').message, /cannot contain comments/);
  });

  it('a byte order mark does not move the columns of the first line', () => {
    const error = syntaxError('\uFEFF{"version": 1,}');
    assert.deepEqual([error.line, error.column], [1, 14]);
  });
});

describe('checkFeedText', () => {
  const feed = lines(
    '{',
    '  "version": 1,',
    '  "events": [',
    '    { "id": "a", "title": "Open studio", "start": "2026-03-14" },',
    '    {',
    '      "id": "b",',
    '      "title": "Kiln opening",',
    '      "start": "next Tuesday"',
    '    },',
    '    { "id": "c", "start": "2026-03-15" },',
    '    { "id": "d", "title": "Talk", "start": "2026-03-16", "city": "nowhere" }',
    '  ]',
    '}',
  );

  it('counts records from 1 and points at the value in the file', () => {
    const { problems } = checkFeedText(feed);
    const start = problems.find((p) => p.path === 'events[1].start')!;
    assert.equal(start.where, 'event 2, start');
    assert.deepEqual([start.line, start.column], [8, 16]);
    assert.match(start.fix, /^write 2026-12-03 for all day/);
    assert.equal(
      formatCheckedProblem(start),
      'line 8, column 16: event 2, start (events[1].start): "next Tuesday" is not a date (write 2026-12-03 for all day, 2026-12-03T18:00 for local time, or 2026-12-03T18:00:00+01:00); this event was dropped. Fix: write 2026-12-03 for all day, 2026-12-03T18:00 for local time, or 2026-12-03T18:00:00+01:00',
    );
  });

  it('a missing required field points at its record and says what to add', () => {
    const missing = checkFeedText(feed).problems.find((p) => p.path === 'events[2].title')!;
    assert.equal(missing.where, 'event 3, title');
    assert.deepEqual([missing.line, missing.column], [10, 5]);
    assert.equal(missing.fix, 'add "title": "What residents should read"');
  });

  it('a reference warning names the record in the file, not in the shortened list', () => {
    const { problems, counts } = checkFeedText(feed);
    const city = problems.find((p) => p.severity === 'warning')!;
    // Two events before it were dropped; the file's fourth record is still "event 4".
    assert.equal(city.path, 'events[3].city');
    assert.equal(city.line, 11);
    assert.deepEqual(counts.events, { total: 4, kept: 2 });
  });

  it('the same wording reaches the console and the CLI through formatProblem', () => {
    assert.equal(
      formatProblem({ path: 'cities[0].networks[1]', message: 'x', severity: 'warning' }),
      'city 1, networks (item 2) (cities[0].networks[1]): x',
    );
    assert.equal(
      formatProblem({ path: 'version', message: 'is missing', severity: 'error' }),
      'version: is missing',
    );
  });

  it('a file that is not JSON at all says so with a place and a fix', () => {
    const { feed: none, problems } = checkFeedText('<!doctype html><title>Not found</title>');
    assert.equal(none, null);
    assert.match(
      problems[0].message,
      /^the file is not valid JSON \(it looks like an HTML page: check the address\): line 1, column 1: /,
    );
    assert.deepEqual([problems[0].line, problems[0].column], [1, 1]);
  });

  it('a missing version stops the feed and says what to add', () => {
    const { feed: none, problems } = checkFeedText('{"events": []}');
    assert.equal(none, null);
    assert.equal(problems[0].fix, 'add "version": 1 at the top of the feed');
  });
});
