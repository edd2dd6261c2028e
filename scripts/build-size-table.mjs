/**
 * `npm run size:table`: rewrites the README's "where the bytes go" tables
 * (between the size-table markers) from the build, never by hand:
 *
 * 1. What each page fetches: the size check's pages loaded in Chromium
 *    (scripts/check-size.mjs), against the budgets and goals.
 * 2. What each file of the script-tag build holds: the gzip -9 size of the
 *    file and the share of its largest parts, from dist/chunks.json (written
 *    by the build: each file's modules and their sizes before minifying).
 *
 * Run after `npm run build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { kb, measureAll } from './check-size.mjs';

const START = '<!-- size-table:start (written by scripts/build-size-table.mjs) -->';
const END = '<!-- size-table:end -->';

/** Which part of the code a module belongs to, for a reader. */
function part(id) {
  if (/node_modules\/(lit-html|lit-element|lit|@lit\/reactive-element)\//.test(id)) return 'Lit';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  if (pkg) return pkg;
  if (/src\/feed\/(parse|schema|types|merge)\.ts$/.test(id)) return 'feed checks (schema, parse)';
  if (/src\/feed\/json-locate\.ts$/.test(id)) return 'where JSON breaks (a feed that is not JSON)';
  if (/src\/feed\/filter-notice-text\.ts$/.test(id)) return 'the words of a filter notice';
  if (/src\/feed\/direct\.ts$/.test(id)) return 'reading an iCalendar or RSS source';
  if (/src\/feed\//.test(id)) return 'feed loading (fetch, cache, controller)';
  if (/src\/shared\/strings\/en\.ts$/.test(id)) return 'English strings';
  const language = /src\/shared\/strings\/(\w\w)\.ts$/.exec(id)?.[1];
  if (language) return `${language} strings`;
  if (/src\/shared\/(locale|calendar-dates)\.ts$/.test(id)) return 'dates, numbers and names';
  if (/src\/core\/readers\//.test(id)) return 'the readers (iCalendar, RSS, Atom, JSON Feed)';
  if (/src\/core\/ics(-text)?\.ts$/.test(id)) return 'the iCalendar writer';
  if (/src\/core\/[\w-]+\.ts$/.test(id)) return 'time zones, values and URL rules';
  if (/src\/shared\/styles\.ts$/.test(id)) return 'shared styles';
  if (/\.styles\.ts$/.test(id)) return 'its styles';
  if (/src\/widgets\/[\w-]+\/[\w-]+\.ts$/.test(id)) return 'the widget';
  if (/src\/embed\/upgrade\.ts$/.test(id)) return 'CMS markup upgrade';
  if (/src\/embed\//.test(id)) return 'loader';
  if (/src\/shared\/define\.ts$/.test(id)) return 'guarded define';
  if (/src\/shared\//.test(id)) return 'base element, strings lookup, helpers';
  return 'other';
}

function describeFile(chunk) {
  const totals = new Map();
  let sum = 0;
  for (const [id, size] of Object.entries(chunk.modules)) {
    totals.set(part(id), (totals.get(part(id)) ?? 0) + size);
    sum += size;
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .filter(([, size]) => size / sum >= 0.03)
    .map(([name, size]) => `${name} ${Math.round((size / sum) * 100)}%`)
    .join(', ');
}

const displayName = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');

export async function sizeTables() {
  const rows = await measureAll();
  const pages = [
    '| Page (script it fetches, gzip -9, measured in Chromium) | Fetched | Files | Budget | Goal |',
    '| --- | --- | --- | --- | --- |',
    ...rows
      .filter((row) => !row.label.startsWith('each further language'))
      .map(
        (row) =>
          `| ${row.label.replace(/</g, '&lt;')} | ${kb(row.gzip)} | ${row.scripts.length} | ${kb(row.budget)}${row.gzip > row.budget ? ' (missed)' : ''} | ${kb(row.goal)}${row.gzip <= row.goal ? ' (met)' : ''} |`,
      ),
  ];
  const languages = rows.filter((row) => row.label.startsWith('each further language'));
  const largest = languages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const smallest = languages.reduce((a, b) => (b.gzip < a.gzip ? b : a));
  pages.push(
    `| each further language (${languages.length} pages: each pack, Welsh with and without the browser's Welsh data, French in the classic script) | ${kb(smallest.gzip)} to ${kb(largest.gzip)} | 1 | ${kb(largest.budget)} | ${kb(largest.goal)} |`,
  );

  const chunks = JSON.parse(readFileSync('dist/chunks.json', 'utf8'));
  const files = chunks
    .filter((chunk) => !/\/(cy|fr|de|it|es|pt|nl|pl|hu|ro)-/.test(chunk.file))
    .map((chunk) => ({
      name: displayName(chunk.file),
      gzip: gzipSync(readFileSync(`dist/${chunk.file}`), { level: 9 }).length,
      holds: describeFile(chunk),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const table = [
    '| File of dist/ | gzip | What it holds (share of the file before minifying) |',
    '| --- | --- | --- |',
    ...files.map((file) => `| ${file.name} | ${kb(file.gzip)} | ${file.holds} |`),
    '| chunks/&lt;language&gt;.js, one per language but English | about 1 KB each | that language’s strings |',
    '| chunks/&lt;language&gt;.json, one per language but English and Welsh | about 1 KB each | the same strings as data, for the classic script (fetched with its integrity checked, never run) |',
  ];
  return [...pages, '', ...table].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`README.md has no ${START} … ${END} markers`);
    process.exit(1);
  }
  const tables = await sizeTables();
  const text = `${readme.slice(0, start + START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
  const options = (await resolveConfig('README.md')) ?? {};
  writeFileSync('README.md', await format(text, { ...options, parser: 'markdown' }));
  console.log('README.md: size tables rewritten from the build');
}
