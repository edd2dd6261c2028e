/**
 * The demo's pages stand alone (an editor can copy one as it is), so each
 * carries its own header and footer. This keeps the copies in step: the same
 * header and footer on every page, the page's own link marked as current, and
 * every address on the site leading to a file the demo server serves (a
 * footer once sent "Accessibility statement" to the home page).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));
const read = (name: string) => readFileSync(join(root, 'demo', name), 'utf8');

/** The element from its opening tag with `className` to its closing tag (these do not nest). */
function block(html: string, tag: string, className: string): string {
  const found = new RegExp(`<${tag} class="${className}"[\\s\\S]*?</${tag}>`).exec(html);
  assert.ok(found, `no <${tag} class="${className}">`);
  return found[0];
}

/** The states page shows a widget whose feed cannot be found, on purpose. */
const MEANT_TO_FAIL = new Set(['/feeds/missing.json']);

const withoutCurrent = (html: string) => html.replace(/ aria-current="page"/g, '');

/** Where the demo server finds a root-relative address (scripts/serve-demo.mjs's mounts). */
function served(path: string): boolean {
  const clean = path.split(/[?#]/)[0];
  if (clean.startsWith('/dist/')) return true; // the build's output, checked by the embed tests
  if (clean.startsWith('/feeds/')) return existsSync(join(root, 'demo', clean));
  return clean === '/' || existsSync(join(root, 'demo', clean));
}

describe('the demo pages', () => {
  const header = withoutCurrent(block(read('index.html'), 'header', 'site-header'));
  const footer = withoutCurrent(block(read('index.html'), 'footer', 'site-footer'));

  for (const page of pages) {
    describe(page, () => {
      const html = read(page);

      it('has the site’s header and footer', () => {
        assert.equal(withoutCurrent(block(html, 'header', 'site-header')), header);
        assert.equal(withoutCurrent(block(html, 'footer', 'site-footer')), footer);
      });

      it('marks its own link as the current page, and no other', () => {
        const chrome = block(html, 'header', 'site-header') + block(html, 'footer', 'site-footer');
        const current = [...chrome.matchAll(/href="([^"]+)" aria-current="page"/g)];
        assert.deepEqual(
          current.map((m) => m[1]),
          [page === 'index.html' ? '/' : `/${page}`],
        );
      });

      it('links only to addresses the demo serves', () => {
        // A widget's `src` may list several feeds, separated by spaces.
        const addresses = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].flatMap((m) =>
          m[1].split(/\s+/),
        );
        assert.ok(addresses.length > 0);
        assert.deepEqual(
          addresses.filter((address) => !served(address) && !MEANT_TO_FAIL.has(address)),
          [],
        );
      });
    });
  }
});
