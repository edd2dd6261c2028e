/* global requestAnimationFrame, PerformanceObserver, MutationObserver */
/**
 * Browser side of `npm run bench` (bench/run.ts serves this file and calls
 * `window.bench.*` from Playwright). Plain JavaScript on purpose: it runs in
 * the page as it is, with no transform between the file and the measurement.
 *
 * Every timing starts when the data is already in memory in the page (the
 * feed was fetched and parsed from JSON before) and ends after a double
 * requestAnimationFrame once the widget says it has rendered: the second
 * frame callback runs after the frame holding the new DOM was produced.
 */

/** Long tasks (main-thread tasks over 50 ms), collected from page load on. */
const longTasks = [];
if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the frame that shows the current DOM to be produced; returns the time. */
async function painted() {
  await frame();
  await frame();
  return performance.now();
}

/**
 * A double frame with nothing to do: the floor under every "→ painted"
 * time (the wait for the next frames, about 17–30 ms headless), measured
 * in the same page just before the month changes.
 */
async function idleFrames() {
  await sleep(0);
  const t = performance.now();
  return (await painted()) - t;
}

/** Style and layout of the page now (reading a size forces both), as the next frame would do them. */
function laidOut(el) {
  void el.getBoundingClientRect().height;
  return performance.now();
}

/** Long tasks that overlap [from, to]; waits a moment first, entries arrive late. */
async function tasksBetween(from, to) {
  await sleep(60);
  return longTasks
    .filter((t) => t.start < to && t.start + t.duration > from)
    .map((t) => Math.round(t.duration));
}

/**
 * Counts DOM changes under `targets` from now on. `settle(after)` then waits
 * double frames until one passes without a change and returns when the last
 * changing one ended: a check that "painted" was not taken before the widget
 * finished (a second render after measuring, say).
 */
function watchMutations(targets) {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  for (const target of targets) {
    observer.observe(target, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  return {
    async settle(after) {
      let end = after;
      let seen = count;
      for (let i = 0; i < 10; i++) {
        const t = await painted();
        if (count === seen) break;
        seen = count;
        end = t;
      }
      observer.disconnect();
      return end;
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * Settles the page before a timed section: a full garbage collection when
 * Chromium exposes one (run.ts starts it with --js-flags=--expose-gc), so
 * that the fetched feed's garbage is not collected inside the measurement,
 * then a frame, then a task of its own (not inside a frame callback).
 */
async function quiet() {
  window.gc?.();
  await painted();
  await sleep(0);
}

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Resolves when a civic widget has data on screen (state "ready" and no update pending). */
async function civicReady(el, loaded) {
  await loaded;
  while (!(await el.updateComplete));
  if (el.state !== 'ready') throw new Error(`<${el.localName}> is "${el.state}", not ready`);
}

function feedEvents(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('civic-feed-load', resolve, { once: true });
    el.addEventListener('civic-feed-error', (e) => reject(new Error(e.detail.error.message)), {
      once: true,
    });
  });
}

function host() {
  const div = document.createElement('div');
  div.className = 'host';
  document.body.append(div);
  return div;
}

const TAGS = ['events-calendar', 'activity-feed', 'network-card', 'city-profile'];

/** Every civic widget under `root`, including those inside other widgets' shadow roots. */
function civicWidgets(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (TAGS.includes(el.localName)) found.push(el);
    if (el.shadowRoot) found.push(...civicWidgets(el.shadowRoot));
  }
  return found;
}

/**
 * On the fan-out page this module runs before the widgets' script (it comes
 * first in the page), so it sees every `civic-feed-load`. Once every widget
 * on the page has data, it waits for all their updates (and those of any
 * widget nested in another's shadow root) and a double frame. Times are from
 * navigation start (performance.timeOrigin).
 */
const fanout =
  document.documentElement.dataset.bench === 'fanout'
    ? new Promise((resolve, reject) => {
        const widgets = [...document.querySelectorAll(TAGS.join(','))];
        let loads = 0;
        let firstLoad;
        let done = false;
        document.addEventListener('civic-feed-error', (e) =>
          reject(new Error(`a widget failed: ${e.detail.error.message}`)),
        );
        document.addEventListener('civic-feed-load', () => {
          loads++;
          firstLoad ??= performance.now();
          if (done || !widgets.every((el) => el.state === 'ready')) return;
          done = true;
          const allLoaded = performance.now();
          (async () => {
            // Rendering creates nested widgets (a city profile holds a calendar,
            // a feed and network cards), which load in turn: repeat until every
            // widget on the page is ready and none has an update pending.
            let all;
            for (;;) {
              all = civicWidgets(document);
              await Promise.all(
                all.map(async (el) => {
                  while (!(await el.updateComplete));
                }),
              );
              if (all.some((el) => el.state === 'error')) throw new Error('a widget failed');
              if (
                all.every((el) => el.state === 'ready') &&
                civicWidgets(document).length === all.length
              )
                break;
              await sleep(0);
            }
            const allRendered = performance.now();
            const allPainted = await painted();
            const nav = performance.getEntriesByType('navigation')[0];
            return {
              widgets: widgets.length,
              nestedWidgets: all.length - widgets.length,
              feedLoads: loads,
              firstLoad,
              allLoaded,
              allRendered,
              allPainted,
              domContentLoaded: nav?.domContentLoadedEventEnd,
              longTasks: await tasksBetween(0, allPainted),
            };
          })().then(resolve, reject);
        });
      })
    : undefined;

window.bench = {
  /** <events-calendar>: month view of `month` from a feed object, then the next month. */
  async ours({ feedUrl, month, nextMonth }) {
    const feed = await loadJson(feedUrl);
    // The script defines a widget on first use: ask for it before the page has one.
    await (await import('/dist/civic-widgets.js')).load('events-calendar');
    await quiet();
    const box = host();
    const el = document.createElement('events-calendar');
    for (const [name, value] of Object.entries({
      month,
      view: 'month',
      lang: 'en-GB',
      'time-zone': 'Europe/London',
    })) {
      el.setAttribute(name, value);
    }
    const mutations = watchMutations([box]);
    let checked = NaN;
    // Marks for traces (.cache/tl.mjs reads the tasks between them).
    performance.mark('ours-start');
    const t0 = performance.now();
    // The feed's check ends where the widget's own work starts.
    el.addEventListener('civic-feed-load', () => (checked = performance.now() - t0), {
      once: true,
    });
    const loaded = feedEvents(el);
    el.feed = feed;
    box.append(el);
    await civicReady(el, loaded);
    const rendered = performance.now();
    const t1 = await painted();
    performance.mark('ours-painted');
    const settled = await mutations.settle(t1);
    const cells = el.shadowRoot.querySelectorAll('[role=gridcell]').length;
    const titles = el.shadowRoot.querySelectorAll('[part~=title]').length;
    const heading = el.shadowRoot.querySelector('[part~=heading]')?.textContent.trim();
    const nodes = el.shadowRoot.querySelectorAll('*').length;
    const renderTasks = await tasksBetween(t0, t1);

    const next = el.shadowRoot.querySelector('[part~=next]');
    const idle = await idleFrames();
    const t2 = performance.now();
    performance.mark('ours-next');
    next.click();
    while (!(await el.updateComplete));
    const nextLaidOut = laidOut(el) - t2;
    performance.mark('ours-next-laid-out');
    const t3 = await painted();
    if (el.month !== nextMonth) throw new Error(`next: month is ${el.month}, not ${nextMonth}`);
    const nextTasks = await tasksBetween(t2, t3);
    return {
      render: t1 - t0,
      renderScript: rendered - t0,
      checked,
      settled: settled - t0,
      next: t3 - t2,
      nextLaidOut,
      idleFrames: idle,
      longTasks: renderTasks,
      nextLongTasks: nextTasks,
      check: { cells, titles, heading, nodes, events: feed.events.length },
    };
  },

  /** FullCalendar 7 dayGridMonth with the same events (the feed's own objects). */
  async fullcalendar({ feedUrl, month, dayMaxEvents }) {
    const feed = await loadJson(feedUrl);
    const { Calendar, dayGridPlugin, classicThemePlugin } = window.FullCalendarBench;
    await quiet();
    const box = host();
    const mutations = watchMutations([box]);
    const t0 = performance.now();
    const calendar = new Calendar(box, {
      plugins: [dayGridPlugin, classicThemePlugin],
      initialView: 'dayGridMonth',
      initialDate: `${month}-01`,
      // Weeks from Monday, as <events-calendar lang="en-GB"> shows them.
      firstDay: 1,
      ...(dayMaxEvents === undefined ? {} : { dayMaxEvents }),
      events: feed.events,
    });
    calendar.render();
    const rendered = performance.now();
    const t1 = await painted();
    const settled = await mutations.settle(t1);
    const heading = calendar.view.title;
    const nodes = box.querySelectorAll('*').length;
    const renderTasks = await tasksBetween(t0, t1);

    const idle = await idleFrames();
    const t2 = performance.now();
    // FullCalendar changes the DOM within next().
    calendar.next();
    const nextLaidOut = laidOut(box) - t2;
    const t3 = await painted();
    const nextTasks = await tasksBetween(t2, t3);
    return {
      render: t1 - t0,
      renderScript: rendered - t0,
      settled: settled - t0,
      next: t3 - t2,
      nextLaidOut,
      idleFrames: idle,
      longTasks: renderTasks,
      nextLongTasks: nextTasks,
      check: { heading, nextHeading: calendar.view.title, nodes, events: feed.events.length },
    };
  },

  /** <activity-feed limit=…>: first render, then "Show more" `clicks` times. */
  async activity({ feedUrl, limit, clicks }) {
    const feed = await loadJson(feedUrl);
    await (await import('/dist/civic-widgets.js')).load('activity-feed');
    await quiet();
    const box = host();
    const el = document.createElement('activity-feed');
    el.setAttribute('limit', String(limit));
    el.setAttribute('lang', 'en-GB');
    performance.mark('act-start');
    const t0 = performance.now();
    const loaded = feedEvents(el);
    el.feed = feed;
    box.append(el);
    await civicReady(el, loaded);
    const t1 = await painted();
    performance.mark('act-painted');
    const firstTasks = await tasksBetween(t0, t1);
    const more = [];
    const moreTasks = [];
    for (let i = 0; i < clicks; i++) {
      const button = el.shadowRoot.querySelector('[part=more]');
      if (!button) throw new Error(`no "Show more" button after ${i} clicks`);
      const t2 = performance.now();
      button.click();
      while (!(await el.updateComplete));
      const t3 = await painted();
      more.push(t3 - t2);
      moreTasks.push(...(await tasksBetween(t2, t3)));
    }
    const items = el.shadowRoot.querySelectorAll('.list > li').length;
    return {
      first: t1 - t0,
      more,
      longTasks: firstTasks,
      moreLongTasks: moreTasks,
      check: { items, activities: feed.activities.length },
    };
  },

  /** Fan-out page: resolves with the times `fanout` above recorded. */
  fanout: () => fanout,
};
