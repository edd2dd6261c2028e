/**
 * `npm run release`: the files a council needs to put the widgets on its own
 * website, without a build: release/civic-widgets-<version>/ and the same as
 * release/civic-widgets-<version>.zip.
 *
 * Inside: every script file the build writes to dist/ (the module script, the
 * files it loads, the classic script), the example feed, the feed schema, the
 * docs an editor needs, SHA256SUMS and integrity.json (the Subresource
 * Integrity value, sha384, of each script), and START-HERE.md with the two
 * lines to paste.
 *
 *   npm run release                      build, then package
 *   node scripts/release.mjs --no-build  package the dist/ that is there
 *   node scripts/release.mjs --out DIR   write into DIR instead of release/
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, out: { type: 'string' } },
});
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `civic-widgets-${version}`;
const outRoot = resolve(values.out ?? join(root, 'release'));
const folder = join(outRoot, name);

/** Build output that is not for a web page: the npm build, the CLI, the demo's checker. */
const NOT_SCRIPTS = new Set(['npm', 'cli', 'checker']);
const DOCS = ['docs/embedding.md', 'docs/feed-format.md', 'docs/security.md', 'LICENSE'];
const EXAMPLE_FEED = 'demo/feeds/example/feed.json';

if (!values['no-build']) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'civic-widgets.js'))) {
  console.error('dist/civic-widgets.js is missing: run "npm run build" (or drop --no-build)');
  process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, String(entry)))
    .filter((path) => statSync(path).isFile());
}

/** Every file the pages load: dist/ without the npm and CLI builds and without source maps. */
const scripts = filesUnder(dist).filter((path) => {
  const top = relative(dist, path).split(sep)[0];
  return !NOT_SCRIPTS.has(top) && !path.endsWith('.map');
});

rmSync(folder, { recursive: true, force: true });
rmSync(`${folder}.zip`, { force: true });
for (const path of scripts) {
  const target = join(folder, relative(dist, path));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(path, target);
}
for (const doc of DOCS) cpSync(join(root, doc), join(folder, doc));
cpSync(join(root, EXAMPLE_FEED), join(folder, 'example-feed.json'));
cpSync(join(root, 'schema/civic-feed.schema.json'), join(folder, 'civic-feed.schema.json'));

const read = (file) => readFileSync(join(folder, file));
const scriptNames = scripts.map((path) => relative(dist, path).split(sep).join('/')).sort();
const integrity = Object.fromEntries(
  scriptNames
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file, `sha384-${createHash('sha384').update(read(file)).digest('base64')}`]),
);
writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

writeFileSync(
  join(folder, 'START-HERE.md'),
  `# civic-widgets ${version}

1. Copy this whole folder to your website, for example to \`/js/civic-widgets/${version}/\`.
   Keep the files together: \`civic-widgets.js\` loads the others from beside it.
2. Put your feed on your website (start from \`example-feed.json\`; the format is in
   \`docs/feed-format.md\`), and check it with the feed checker page before you publish.
3. Paste these two lines where the calendar should appear (change both addresses):

\`\`\`html
<script type="module" src="/js/civic-widgets/${version}/civic-widgets.js"></script>
<events-calendar src="/europe/feed.json"></events-calendar>
\`\`\`

If your website allows only classic scripts, use instead (one file, nothing else loaded):

\`\`\`html
<script src="/js/civic-widgets/${version}/civic-widgets.iife.js" integrity="${integrity['civic-widgets.iife.js'] ?? ''}" crossorigin="anonymous" defer></script>
\`\`\`

\`docs/embedding.md\` says what else your page may need: the other three widgets, the form for
editors that remove unknown tags, and what your site administrator sets (security policy, theme).
\`integrity.json\` lists the Subresource Integrity value of each script; \`SHA256SUMS\` lets you
check the download (\`sha256sum -c SHA256SUMS\`).
`,
);

// Checksums last, so they cover every other file in the folder.
const everything = filesUnder(folder)
  .map((path) => relative(folder, path).split(sep).join('/'))
  .sort();
writeFileSync(
  join(folder, 'SHA256SUMS'),
  everything
    .map((file) => `${createHash('sha256').update(read(file)).digest('hex')}  ${file}`)
    .join('\n') + '\n',
);

// A fixed date in the zip, so the same files always give the same archive.
const entries = Object.fromEntries(
  [...everything, 'SHA256SUMS'].map((file) => [
    `${name}/${file}`,
    [new Uint8Array(read(file)), { mtime: new Date('2026-01-01T00:00:00Z') }],
  ]),
);
writeFileSync(`${folder}.zip`, zipSync(entries, { level: 9 }));
console.log(
  `wrote ${relative(root, folder) || folder}/ (${everything.length + 1} files) and ${name}.zip`,
);
