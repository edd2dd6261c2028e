/**
 * Embedding, proven on pages made for it: the built dist/civic-widgets.js
 * (what a council pastes) served over real HTTP and driven in Chromium with
 * playwright-core. Run after `vite build --mode standalone` (npm test does).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { createDemoServer, listen } from '../../scripts/serve-demo.mjs';

/** The policy issue #4 asks us to work under, word for word. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGES = 'tests/embed/pages';
let browser: Browser;
let strictServer: Server;
let duplicatesServer: Server;
let strict: string;
let duplicates: string;

interface PageLog {
  errors: string[];
  warnings: string[];
  violations: string[];
}

async function open(
  base: string,
  path: string,
  options: { width?: number; javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  });
  // tsx compiles the functions below with esbuild's keepNames, which calls a
  // __name helper that the page does not have.
  await context.addInitScript('window.__name = (fn) => fn;');
  const page = await context.newPage();
  const log: PageLog = { errors: [], warnings: [], violations: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  // Init scripts are injected by the browser, not the page, so the CSP allows them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${base}/${path}`);
  return { page, context, log };
}

/** Waits until every widget on the page (light DOM and nested) has left "loading". */
async function widgetsSettled(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        root
          .querySelectorAll('city-profile, network-card, activity-feed, events-calendar')
          .forEach((el) => {
            all.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          });
      };
      walk(document);
      const states = all.map((el) => (el as unknown as { state?: string }).state);
      return all.length >= expected && states.every((s) => s === 'ready' || s === 'error');
    },
    count,
    { timeout: 20_000 },
  );
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

before(async () => {
  assert.ok(
    existsSync('dist/civic-widgets.js') && existsSync('dist/civic-widgets.iife.js'),
    'dist/ is missing: run `npx vite build --mode standalone` first (npm test does)',
  );
  mkdirSync(`${PAGES}/.build`, { recursive: true });
  await build({
    entryPoints: ['tests/embed/react-app.tsx'],
    bundle: true,
    format: 'esm',
    outfile: `${PAGES}/.build/react-app.js`,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  strictServer = createDemoServer({ demoDir: PAGES, csp: STRICT_CSP });
  strict = `http://localhost:${await listen(strictServer, 0)}`;
  duplicatesServer = createDemoServer({
    demoDir: PAGES,
    csp: `${STRICT_CSP} 'allow-duplicates'`,
  });
  duplicates = `http://localhost:${await listen(duplicatesServer, 0)}`;
});

after(async () => {
  await browser?.close();
  strictServer?.close();
  duplicatesServer?.close();
});

describe('one script tag under a strict CSP and Trusted Types', () => {
  it('renders all four widgets with no error and no CSP violation', async () => {
    const { page, context, log } = await open(strict, 'basic.html');
    await widgetsSettled(page, 4);
    const states = await page.evaluate(() =>
      ['profile', 'card', 'activities', 'calendar'].map(
        (id) => (document.getElementById(id) as unknown as { state: string }).state,
      ),
    );
    assert.deepEqual(states, ['ready', 'ready', 'ready', 'ready']);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('stays interactive: the calendar changes month and the card links out', async () => {
    const { page, context } = await open(strict, 'basic.html');
    await widgetsSettled(page, 4);
    const before = await page.locator('#calendar').evaluate((el) => el.shadowRoot!.textContent);
    await page.locator('#calendar').evaluate((el) => {
      const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]');
      next?.click();
    });
    await page.waitForFunction(
      () =>
        (document.getElementById('calendar') as unknown as { month: string }).month === '2027-01',
    );
    const afterText = await page.locator('#calendar').evaluate((el) => el.shadowRoot!.textContent);
    assert.notEqual(afterText, before);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  it('fetches nothing but the feed and the script', async () => {
    const { page, context } = await open(strict, 'basic.html');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.reload();
    await widgetsSettled(page, 4);
    const unexpected = requests.filter(
      (path) => !['/basic.html', '/dist/civic-widgets.js', '/feeds/unic/hub.json'].includes(path),
    );
    assert.deepEqual(unexpected, []);
    assert.equal(requests.filter((path) => path === '/feeds/unic/hub.json').length, 1);
    await context.close();
  });
});

describe('loaded twice', () => {
  it('works with the module twice and the classic build, with one console warning', async () => {
    const { page, context, log } = await open(duplicates, 'twice.html');
    await widgetsSettled(page, 4);
    assert.deepEqual(log.errors, []);
    const twice = log.warnings.filter((w) => w.includes('loaded twice'));
    assert.equal(twice.length, 1, log.warnings.join('\n'));
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});

describe('progressive enhancement', () => {
  it('shows the fallback link when scripts do not run', async () => {
    const { page, context } = await open(strict, 'basic.html', { javaScriptEnabled: false });
    assert.equal(await page.locator('#fallback').isVisible(), true);
    await context.close();
  });
});

describe('a hostile host stylesheet', () => {
  async function shot(page: Page, id: string): Promise<Buffer> {
    return page.locator(`#${id}`).screenshot({ animations: 'disabled' });
  }

  it('does not restyle anything inside the widgets', async () => {
    const { page, context } = await open(strict, 'hostile.html', { width: 1000 });
    await widgetsSettled(page, 4);
    await page.evaluate(() => document.fonts.ready);
    const ids = ['card', 'activities', 'calendar', 'profile'];
    const hostile = await Promise.all(ids.map((id) => shot(page, id)));
    await page.evaluate(() => {
      (document.getElementById('hostile') as HTMLLinkElement).disabled = true;
    });
    await page.waitForTimeout(100);
    const clean = await Promise.all(ids.map((id) => shot(page, id)));
    ids.forEach((id, i) =>
      assert.ok(hostile[i].equals(clean[i]), `<${id}> looks different under the hostile sheet`),
    );
    await context.close();
  });

  it('scales with a 30 px root font without horizontal scrolling on a phone', async () => {
    const { page, context } = await open(strict, 'hostile.html', { width: 375 });
    await widgetsSettled(page, 4);
    const overflow = await page.evaluate(() => {
      const doc = document.scrollingElement!;
      const wide: string[] = [];
      document
        .querySelectorAll('network-card, activity-feed, events-calendar, city-profile')
        .forEach((el) => {
          const box = el.getBoundingClientRect();
          if (box.right > window.innerWidth + 1)
            wide.push(`${el.localName} ends at ${box.right}px`);
        });
      return { page: doc.scrollWidth - doc.clientWidth, wide };
    });
    assert.deepEqual(overflow.wide, []);
    assert.equal(overflow.page, 0);
    await context.close();
  });

  it('leaves the page’s own elements as the page styled them', async () => {
    const { page, context } = await open(strict, 'hostile.html');
    const read = () =>
      page.evaluate(() =>
        ['page-p', 'page-button', 'page-div'].map((id) => {
          const style = getComputedStyle(document.getElementById(id)!);
          return [
            style.margin,
            style.background,
            style.display,
            style.fontSize,
            style.boxSizing,
          ].join('|');
        }),
      );
    const withWidgets = await read();
    await context.close();
    const bare = await browser.newContext();
    const plain = await bare.newPage();
    await plain.route('**/dist/civic-widgets.js', (route) =>
      route.fulfill({ body: '', contentType: 'text/javascript' }),
    );
    await plain.goto(`${strict}/hostile.html`);
    const withoutWidgets = await plain.evaluate(() =>
      ['page-p', 'page-button', 'page-div'].map((id) => {
        const style = getComputedStyle(document.getElementById(id)!);
        return [
          style.margin,
          style.background,
          style.display,
          style.fontSize,
          style.boxSizing,
        ].join('|');
      }),
    );
    assert.deepEqual(withWidgets, withoutWidgets);
    await bare.close();
  });
});

describe('CMS-proof markup', () => {
  it('upgrades data-civic-widget divs and links in place, keeping their fallback', async () => {
    const { page, context, log } = await open(strict, 'cms.html');
    await widgetsSettled(page, 2);
    const result = await page.evaluate(() => {
      const calendar = document.getElementById('calendar')!;
      const news = document.querySelector('activity-feed')!;
      return {
        calendarTag: calendar.localName,
        calendarAttrs: ['src', 'city', 'month', 'lang'].map((a) => calendar.getAttribute(a)),
        newsCity: news.getAttribute('city'),
        newsLimit: news.getAttribute('limit'),
        newsFallback: news.querySelector('a')?.textContent,
        onclick: news.hasAttribute('onclick'),
        unknown: document.getElementById('unknown')!.localName,
      };
    });
    assert.equal(result.calendarTag, 'events-calendar');
    assert.deepEqual(result.calendarAttrs, ['/feeds/unic/hub.json', 'faenza', '2026-12', 'it']);
    assert.equal(result.newsCity, 'delft');
    assert.equal(result.newsLimit, '2');
    assert.equal(result.newsFallback, 'News from Delft');
    assert.equal(result.onclick, false);
    assert.equal(result.unknown, 'div');
    assert.ok(log.warnings.some((w) => w.includes('"marquee" is not a widget')));
    await context.close();
  });
});

describe('frameworks and plain scripts', () => {
  it('works with document.createElement, properties and events', async () => {
    const { page, context, log } = await open(strict, 'create-element.html');
    await widgetsSettled(page, 2);
    await page.locator('#calendar').evaluate((el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.click();
    });
    await page.waitForFunction(() =>
      (window as unknown as { __events: unknown[][] }).__events.some((e) => e[0] === 'month'),
    );
    const events = await page.evaluate(
      () => (window as unknown as { __events: unknown[][] }).__events,
    );
    assert.deepEqual(
      events.find((e) => e[0] === 'load'),
      ['load', 0],
    );
    assert.deepEqual(
      events.find((e) => e[0] === 'month'),
      ['month', '2027-01'],
    );
    assert.ok(events.some((e) => e[0] === 'card-load'));
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('works in a React 19 page with properties and events', async () => {
    const { page, context, log } = await open(strict, 'react.html');
    await widgetsSettled(page, 2);
    await page.waitForFunction(
      () => document.getElementById('loaded')!.textContent === 'Loaded: 1',
    );
    const title = await page
      .locator('#calendar')
      .evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(title, /December 2026/);
    await page.locator('#calendar').evaluate((el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.click();
    });
    await page.waitForFunction(
      () => document.getElementById('month')!.textContent === 'Shown month: 2027-01',
    );
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
