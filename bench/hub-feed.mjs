// node bench/hub-feed.mjs DIR_A DIR_B [pairs]: two builds (copies of dist/) compared on a network card (or
// WIDGET=activity-feed) handed a hub feed object with 5,000 events, 200 activities and one network: median time
// from append to civic-feed-load and to painted, over interleaved fresh pages. Needs bench/.work/site (made by
// `npm run bench`). It replaces dist/ with each build in turn: run `npm run build` afterwards.
/* global requestAnimationFrame */
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { createDemoServer, listen } from '../scripts/serve-demo.mjs';
const [A, B, pairs = '6'] = process.argv.slice(2);
const widget = process.env.WIDGET ?? 'network-card';
const server = createDemoServer({ demoDir: 'bench/.work/site', csp: '' });
const port = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const res = { A: [], B: [] };
for (let p = 0; p < Number(pairs); p++)
  for (const v of p % 2 ? ['B', 'A'] : ['A', 'B']) {
    execSync(`rm -rf dist && cp -r ${v === 'A' ? A : B} dist`);
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/ours.html`);
    const r = await page.evaluate(async (tag) => {
      const cal = await (await fetch('/data/calendar.json')).json();
      const hub = await (await fetch('/data/activity.json')).json().catch(() => ({}));
      const feed = {
        version: 1,
        networks: [{ id: 'unic', name: 'UNIC', cities: ['a'] }],
        cities: [{ id: 'a', name: 'A' }],
        events: cal.events,
        activities: (hub.activities ?? []).slice(0, 200),
      };
      await (await import('/dist/civic-widgets.js')).load(tag);
      await new Promise((r) => setTimeout(r, 300));
      const el = document.createElement(tag);
      const t0 = performance.now();
      const loaded = new Promise((res) =>
        el.addEventListener('civic-feed-load', () => res(performance.now() - t0), { once: true }),
      );
      el.feed = feed;
      document.body.append(el);
      const l = await loaded;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { loaded: l, painted: performance.now() - t0 };
    }, widget);
    res[v].push(r);
    await ctx.close();
  }
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
};
for (const v of ['A', 'B'])
  console.log(
    v,
    widget,
    'load',
    med(res[v].map((x) => x.loaded)).toFixed(1),
    'painted',
    med(res[v].map((x) => x.painted)).toFixed(1),
  );
await browser.close();
server.close();
