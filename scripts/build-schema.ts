/**
 * `npm run schema` writes schema/civic-feed.schema.json from the validator,
 * so the published JSON Schema never drifts from what the widgets accept.
 * `--check [file]` exits 1 when the file (default: the committed one) is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from './schema.js';

const args = process.argv.slice(2);
const target = 'schema/civic-feed.schema.json';
if (args[0] === '--check') {
  const file = args[1] ?? target;
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== buildSchema()) {
    console.error(`${file} is stale: run \`npm run schema\` and commit it.`);
    process.exit(1);
  }
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(target, buildSchema());
  console.log(`wrote ${target}`);
}
