/**
 * The embed-code builder (demo/builder.html) in Chromium, served by the demo
 * server under its strict Content-Security-Policy and Trusted Types, with
 * the built script (run `npm run build` first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { createDemoServer, listen } from '../../scripts/serve-demo.mjs';

const root = resolve(import.meta.dirname, '../..');
const TAGS = ['events-calendar', 'activity-feed', 'city-profile', 'network-card'];
/** Settings with their own field in the builder. */
const MAIN = ['src', 'lang', 'theme', 'accent'];

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

/** The attributes of the element in the pasted code: `name="value"` pairs, in order. */
function pastedAttributes(code: string, tag: string): [string, string][] {
  const line = code.split('\n').find((l) => l.startsWith(`<${tag} `)) ?? '';
  const open = line.slice(tag.length + 1, line.indexOf('>'));
  return [...open.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [
    m[1],
    m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ]);
}

describe('embed-code builder', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    if (!existsSync(join(root, 'dist/civic-widgets.js')))
      throw new Error('dist/civic-widgets.js is missing: run "npm run build" before this test');
    server = createDemoServer();
    base = `http://127.0.0.1:${await listen(server, 0)}`;
    browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/builder.html`);
    await page.waitForSelector('#attr-city', { state: 'attached' });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('hands out no address of this machine unless the editor typed it', async () => {
    const code = await page.inputValue('#snippet');
    assert.doesNotMatch(code, /localhost|127\.0\.0\.1/);
    assert.match(code, /src="https:\/\/www\.yourcouncil\.gov\.uk\/europe\/feed\.json"/);
    // The placeholder cannot load: no widget (and no error for it) until the editor gives an address.
    assert.equal(await page.$eval('#preview', (p) => p.childElementCount), 0);
    assert.match((await page.textContent('#preview-note')) ?? '', /Fill in your feed’s address/);
  });

  it('offers every attribute each widget takes, as the elements and the manifest list them', async () => {
    const manifest = JSON.parse(
      readFileSync(join(root, 'custom-elements.json'), 'utf8'),
    ) as Manifest;
    for (const tag of TAGS) {
      await page.selectOption('#widget', tag);
      const offered = await page.$$eval('#attributes input', (inputs) =>
        inputs.map((i) => (i as HTMLInputElement).name.replace(/^attr:/, '')).sort(),
      );
      const observed = await page.evaluate(
        (t) => [
          ...(customElements.get(t) as unknown as { observedAttributes: string[] })
            .observedAttributes,
        ],
        tag,
      );
      const declared = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag)!
        .attributes!.map((a) => a.name);
      assert.ok(observed.includes('accent'), `${tag} takes accent`);
      assert.deepEqual(offered, observed.filter((n) => !MAIN.includes(n)).sort(), tag);
      assert.deepEqual(
        offered,
        declared.filter((n) => !MAIN.includes(n)).sort(),
        `${tag} manifest`,
      );
    }
  });

  it('the code carries the editor’s addresses, and the preview is that code', async () => {
    await page.selectOption('#widget', 'events-calendar');
    await page.fill('#feed', `${base}/feeds/example/feed.json`);
    await page.fill('#script', 'https://www.stoke.gov.uk/js/civic-widgets/0.1.0/civic-widgets.js');
    // From the keyboard, as an editor without a mouse would open it.
    await page.focus('#more summary');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#more', (d) => (d as HTMLDetailsElement).open), true);
    await page.fill('#attr-city', 'stoke-on-trent');
    await page.fill('#attr-month', '2026-12');
    const code = await page.inputValue('#snippet');
    assert.equal(
      code.split('\n')[0],
      '<script type="module" src="https://www.stoke.gov.uk/js/civic-widgets/0.1.0/civic-widgets.js"></script>',
    );
    const pasted = pastedAttributes(code, 'events-calendar');
    assert.deepEqual(pasted, [
      ['src', `${base}/feeds/example/feed.json`],
      ['city', 'stoke-on-trent'],
      ['month', '2026-12'],
    ]);
    const shown = await page.$eval('#preview', (p) => ({
      count: p.children.length,
      tag: p.firstElementChild!.localName,
      attributes: [...p.firstElementChild!.attributes].map((a) => [a.name, a.value]),
      text: p.firstElementChild!.shadowRoot?.textContent ?? '',
    }));
    assert.equal(shown.count, 1);
    assert.equal(shown.tag, 'events-calendar');
    // The widget reflects its `loading` default once it runs; everything else is the code's.
    assert.deepEqual(
      shown.attributes.filter(([name]) => name !== 'loading'),
      pasted,
    );
    // The example feed's first December event, through the preview's own fetch.
    await page.waitForFunction(() =>
      document
        .querySelector('#preview events-calendar')
        ?.shadowRoot?.textContent?.includes('Open studio day'),
    );
  });

  it('gives a plain script tag for the classic script, named by its address', async () => {
    const classic = 'https://www.stoke.gov.uk/js/civic-widgets/0.1.0/civic-widgets.iife.js';
    await page.fill('#script', classic);
    assert.equal(
      (await page.inputValue('#snippet')).split('\n')[0],
      `<script src="${classic}" defer></script>`,
    );
    await page.fill('#script', 'https://www.stoke.gov.uk/js/civic-widgets/0.1.0/civic-widgets.js');
    assert.match(await page.inputValue('#snippet'), /^<script type="module" src=/);
  });

  it('the accent colour survives the strict CSP and the data- form of editors that drop elements', async () => {
    const response = await page.request.get(`${base}/builder.html`);
    assert.match(response.headers()['content-security-policy'], /style-src 'self';/);
    await page.check('#use-accent');
    await page.fill('#accent', '#6b2c91');
    for (const cms of ['element', 'div']) {
      await page.selectOption('#cms', cms);
      const code = await page.inputValue('#snippet');
      assert.doesNotMatch(code, /style=/);
      assert.match(code, cms === 'div' ? /data-accent="#6b2c91"/ : / accent="#6b2c91"/);
      const accent = await page.waitForFunction(() => {
        const widget = document.querySelector('#preview events-calendar');
        const value = widget && getComputedStyle(widget).getPropertyValue('--civic-accent').trim();
        return value || false;
      });
      assert.equal(await accent.jsonValue(), '#6b2c91');
    }
    assert.match(await page.inputValue('#theme-css'), /--civic-accent: #6b2c91;/);
    assert.deepEqual(errors, []);
  });

  it('passes axe with the form filled in and the preview shown', async () => {
    // axe is injected as a script, which the page's own policy would refuse.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 375, height: 800 },
    });
    const checked = await context.newPage();
    await checked.goto(`${base}/builder.html`);
    await checked.waitForSelector('#attr-city', { state: 'attached' });
    await checked.click('#example');
    await checked.focus('#more summary');
    await checked.keyboard.press('Enter');
    // The example feed's month, so the test never depends on today's date.
    await checked.fill('#attr-month', '2026-12');
    await checked.waitForFunction(() =>
      document
        .querySelector('#preview events-calendar')
        ?.shadowRoot?.textContent?.includes('Open studio day'),
    );
    await checked.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await checked.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              c: Element,
              o: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document.querySelector('main')!, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        rules: { region: { enabled: false } },
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    await context.close();
    assert.deepEqual(violations, []);
  });
});
