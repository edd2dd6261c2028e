/**
 * Network faults against the fault-injecting test server
 * (tests/browser/server-plugin.mjs), seen through all four widgets: each
 * ends in the right state, with the right message for the resident and the
 * right detail for the editor, and with a Retry that works once the server
 * recovers. A failing widget leaves the others on the page alone.
 *
 * The loader's own behaviour (dedupe, retry counts, abort, size cap, refresh
 * keeping the last good data) is tested in tests/browser/feed/loader.test.ts;
 * this file is about what a resident sees when each fault happens.
 *
 * "The server recovers" is simulated by rewriting the feed URL in fetch()
 * (dropping the fault parameters) before Retry is pressed: the widget still
 * goes through the real loader and the real server, which counts the request.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { FeedErrorKind } from '../../../src/feed/errors.js';
import type { FeedError } from '../../../src/feed/errors.js';
import {
  clearFeedCache,
  getFeedOptions,
  setFeedOptions,
  type LoaderOptions,
} from '../../../src/feed/loader.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { feedUrl, requestCount, serverStats, settled, text } from '../helpers/mount.js';
import { catchPageErrors } from './inspect.js';

interface WidgetCase {
  tag: 'city-profile' | 'network-card' | 'activity-feed' | 'events-calendar';
  file: string;
  attributes?: Record<string, string>;
  /** The resident's headline when the feed fails (English strings). */
  failed: string;
  /** Proof the data is on screen. */
  shows(el: CivicElement): void;
}

const WIDGETS: WidgetCase[] = [
  {
    tag: 'city-profile',
    file: 'unic/stoke-on-trent.json',
    failed: 'The city profile could not be loaded.',
    shows: (el) => {
      expect(text(el, '[part~=name]')).to.equal('Stoke-on-Trent');
    },
  },
  {
    tag: 'network-card',
    file: 'unic/network.json',
    failed: 'The network could not be loaded.',
    shows: (el) => {
      expect(text(el, '[part~=title]')).to.contain('UNIC');
    },
  },
  {
    tag: 'activity-feed',
    file: 'unic/network.json',
    failed: 'The latest activities could not be loaded.',
    shows: (el) => {
      expect(el.shadowRoot!.querySelectorAll('[part~=item]').length).to.be.greaterThan(0);
    },
  },
  {
    tag: 'events-calendar',
    file: 'states/calendar-december.json',
    attributes: { month: '2026-12', view: 'month' },
    failed: 'Events could not be loaded.',
    shows: (el) => {
      expect(el.shadowRoot!.querySelectorAll('td.has-events').length).to.be.greaterThan(0);
    },
  },
];

const NETWORK_MESSAGE = 'Check your internet connection, then try again.';
const SERVER_MESSAGE = 'The feed’s server is not answering. Try again in a few minutes.';
const PUBLISHER_MESSAGE =
  'The feed has a mistake that its publisher needs to fix. Please tell them:';

/** Faults that trying again can cure; the others need the feed's publisher (no Retry). */
const retryable = (fault: Fault) =>
  fault.kind === 'network' || fault.kind === 'timeout' || (fault.status ?? 0) >= 500;

/** The other host name of the test server: same port, another origin (localhost ↔ 127.0.0.1). */
function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

const FAULT_PARAMS = [
  'status',
  'failTimes',
  'failAfter',
  'delay',
  'hang',
  'trickle',
  'truncate',
  'type',
  'size',
  'reset',
  'cors',
];

/**
 * Makes the test server "recover": feed requests lose their fault parameters
 * (and, for a fault served from another file, get `heal=<file>` as their file).
 * Returns the undo.
 */
function recoverServer(): () => void {
  const real = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (typeof input === 'string' && input.includes('/api/feed')) {
      const url = new URL(input);
      for (const name of FAULT_PARAMS) url.searchParams.delete(name);
      const heal = url.searchParams.get('heal');
      if (heal) url.searchParams.set('file', `demo/feeds/${heal}`);
      input = url.href;
    }
    return real(input, init);
  };
  return () => {
    window.fetch = real;
  };
}

interface Mounted {
  elements: CivicElement[];
  urls: Map<CivicElement, string>;
  errors: Map<CivicElement, FeedError[]>;
  wrapper: HTMLElement;
}

/** Mounts the given widgets, each on its own fault URL made by `url(widget)`. */
async function mountWidgets(url: (w: WidgetCase) => string, widgets = WIDGETS): Promise<Mounted> {
  const errors = new Map<CivicElement, FeedError[]>();
  const wrapper = await fixture<HTMLElement>(
    html`<div
      style="inline-size: 50em"
      @civic-feed-error=${(event: CustomEvent<{ error: FeedError }>) => {
        const el = event.composedPath()[0] as CivicElement;
        errors.set(el, [...(errors.get(el) ?? []), event.detail.error]);
      }}
    ></div>`,
  );
  const urls = new Map<CivicElement, string>();
  const elements = widgets.map((widget) => {
    const el = document.createElement(widget.tag);
    for (const [name, value] of Object.entries(widget.attributes ?? {}))
      el.setAttribute(name, value);
    const src = url(widget);
    el.setAttribute('src', src);
    urls.set(el, src);
    wrapper.append(el);
    return el;
  });
  return { elements, urls, errors, wrapper };
}

function retryButton(el: CivicElement): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]');
  expect(button, `<${el.localName}> has no Retry button`).to.exist;
  return button!;
}

interface Fault {
  name: string;
  file?: string;
  params: Record<string, string | number>;
  options?: Partial<LoaderOptions>;
  crossOrigin?: boolean;
  kind: FeedErrorKind;
  status?: number;
  /** What the editor's detail (console and event) must say. */
  detail: RegExp;
  /** Requests the server must have seen for one widget before it gave up. */
  requests?: number;
  /** At least this many (Chromium itself may resend a GET whose reused connection was reset). */
  atLeast?: number;
}

const FAULTS: Fault[] = [
  {
    name: '404 Not Found',
    params: { status: 404 },
    kind: 'http',
    status: 404,
    detail: /404.*check the address/,
    requests: 1,
  },
  {
    name: '500 Internal Server Error (retried twice)',
    params: { status: 500 },
    kind: 'http',
    status: 500,
    detail: /500/,
    requests: 3,
  },
  {
    name: 'a server that never answers (past the timeout)',
    params: { hang: 1 },
    options: { timeout: 300 },
    kind: 'timeout',
    detail: /no complete answer within 0\.3 s/,
    requests: 1,
  },
  {
    name: 'a trickle slower than the timeout',
    params: { trickle: 60 },
    options: { timeout: 600 },
    kind: 'timeout',
    detail: /no complete answer within 0\.6 s/,
    requests: 1,
  },
  {
    name: 'truncated JSON',
    params: { truncate: 1 },
    kind: 'not-json',
    detail: /not valid JSON/,
    requests: 1,
  },
  {
    name: 'an HTML error page sent with 200',
    file: 'states/not-json.json',
    params: { type: 'text/html' },
    kind: 'not-json',
    detail: /looks like an HTML page/,
    requests: 1,
  },
  {
    name: 'a 20 MB body (over the 5 MB cap)',
    params: { size: 20 * 1024 * 1024 },
    kind: 'too-large',
    detail: /larger than the 5 MB limit/,
    requests: 1,
  },
  {
    name: 'a connection reset without an answer (retried twice)',
    params: { reset: 1 },
    kind: 'network',
    detail: /failed before any answer/,
    atLeast: 3,
  },
  {
    name: 'a CORS refusal (another origin without Access-Control-Allow-Origin)',
    params: { cors: 0 },
    crossOrigin: true,
    kind: 'network',
    detail: /Access-Control-Allow-Origin/,
  },
];

describe('network faults: what each widget shows, and Retry', function () {
  this.timeout(60_000);
  const defaults = { ...getFeedOptions() };
  let caught: ReturnType<typeof catchPageErrors>;
  const warn = console.warn;

  beforeEach(() => {
    setFeedOptions({ retryDelay: 10 });
    caught = catchPageErrors();
    // Failures are reported with console.warn for editors; the events carry the same detail.
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
    caught.stop();
    setFeedOptions(defaults);
    clearFeedCache();
    expect(caught.errors, 'a fault escaped as an uncaught error').to.deep.equal([]);
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: error state, message and a working Retry (where retrying helps) in all four widgets`, async () => {
      setFeedOptions(fault.options ?? {});
      const url = (widget: WidgetCase) => {
        const relative = feedUrl(fault.file ?? widget.file, { ...fault.params, heal: widget.file });
        return fault.crossOrigin ? new URL(relative, otherOrigin()).href : relative;
      };
      const { elements, urls, errors } = await mountWidgets(url);
      await Promise.all(elements.map((el) => settled(el)));

      for (const [i, el] of elements.entries()) {
        const widget = WIDGETS[i];
        expect(el.state, el.localName).to.equal('error');
        const [error, ...more] = errors.get(el) ?? [];
        expect(more, `${el.localName} reported the failure more than once`).to.deep.equal([]);
        expect(error.kind, el.localName).to.equal(fault.kind);
        if (fault.status) expect(error.status).to.equal(fault.status);
        expect(error.detail, el.localName).to.match(fault.detail);
        expect(error.url).to.equal(new URL(urls.get(el)!, location.href).href);
        const box = el.shadowRoot!.querySelector('[part~=error]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        const message = box.textContent.replace(/\s+/g, ' ');
        expect(message).to.contain(widget.failed);
        expect(message).to.contain(
          fault.kind === 'network'
            ? NETWORK_MESSAGE
            : retryable(fault)
              ? SERVER_MESSAGE
              : PUBLISHER_MESSAGE,
        );
        if (retryable(fault)) expect(retryButton(el).textContent.trim()).to.equal('Try again');
        else {
          expect(el.shadowRoot!.querySelector('[part~=retry]'), el.localName).to.equal(null);
          expect(message).to.contain(error.detail);
        }
        const count = await requestCount(urls.get(el)!);
        if (fault.requests !== undefined) expect(count, el.localName).to.equal(fault.requests);
        if (fault.atLeast !== undefined) expect(count, el.localName).to.be.at.least(fault.atLeast);
      }

      if (!retryable(fault)) return;
      const restore = recoverServer();
      try {
        const before = await Promise.all(elements.map((el) => requestCount(urls.get(el)!)));
        for (const el of elements) retryButton(el).click();
        await waitUntil(
          () => elements.every((el) => el.state === 'ready'),
          'Retry did not load the feed',
          {
            timeout: 15_000,
          },
        );
        for (const [i, el] of elements.entries()) {
          await el.updateComplete;
          WIDGETS[i].shows(el);
          expect(el.shadowRoot!.querySelector('[part~=error]'), el.localName).to.equal(null);
          expect(
            await requestCount(urls.get(el)!),
            `${el.localName}: Retry made no request`,
          ).to.be.greaterThan(before[i]);
        }
      } finally {
        restore();
      }
    });
  }

  it('503 then success: retried by itself, the widgets show the data without an error', async () => {
    const { elements, urls, errors } = await mountWidgets((w) => feedUrl(w.file, { failTimes: 2 }));
    await Promise.all(elements.map((el) => settled(el)));
    for (const [i, el] of elements.entries()) {
      expect(el.state).to.equal('ready');
      WIDGETS[i].shows(el);
      expect(errors.get(el)).to.equal(undefined);
      expect(await requestCount(urls.get(el)!)).to.equal(3);
    }
  });

  it('a slow trickle that completes within the timeout: loads', async () => {
    const { elements, errors } = await mountWidgets((w) => feedUrl(w.file, { trickle: 3 }));
    await Promise.all(elements.map((el) => settled(el, 30_000)));
    for (const [i, el] of elements.entries()) {
      expect(el.state, el.localName).to.equal('ready');
      WIDGETS[i].shows(el);
      expect(errors.get(el)).to.equal(undefined);
    }
  });

  it('a wrong content type with valid JSON (text/plain, text/html, application/octet-stream): loads, leniently', async () => {
    for (const type of ['text/plain', 'text/html; charset=utf-8', 'application/octet-stream']) {
      const { elements, errors } = await mountWidgets((w) => feedUrl(w.file, { type }));
      await Promise.all(elements.map((el) => settled(el)));
      for (const [i, el] of elements.entries()) {
        expect(el.state, `${el.localName} with ${type}`).to.equal('ready');
        WIDGETS[i].shows(el);
        expect(errors.get(el)).to.equal(undefined);
      }
    }
  });

  it('a body over the cap without a Content-Length (streamed): refused while reading, the download stopped', async () => {
    setFeedOptions({ maxBytes: 4000 });
    const [cityProfile] = WIDGETS;
    const { elements, urls, errors } = await mountWidgets(
      (w) => feedUrl(w.file, { trickle: 1 }),
      [cityProfile],
    );
    const [el] = elements;
    await settled(el);
    expect(el.state).to.equal('error');
    expect(errors.get(el)![0].kind).to.equal('too-large');
    expect(errors.get(el)![0].detail).to.match(/larger than the .* limit/);
    await waitUntil(
      async () => (await serverStats(urls.get(el)!)).aborted === 1,
      'the download went on',
    );
  });

  it('the same origin on the other host name loads when the server allows it (the CORS test is about CORS)', async () => {
    const { elements, errors } = await mountWidgets(
      (w) => new URL(feedUrl(w.file), otherOrigin()).href,
    );
    await Promise.all(elements.map((el) => settled(el)));
    for (const [i, el] of elements.entries()) {
      expect(el.state, el.localName).to.equal('ready');
      WIDGETS[i].shows(el);
      expect(errors.get(el)).to.equal(undefined);
    }
  });
});

describe('network faults: leaving the page', function () {
  this.timeout(30_000);
  afterEach(() => clearFeedCache());

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> removed while loading: the request is aborted, no error is shown or fired, and it loads when put back`, async () => {
      const { elements, urls, errors, wrapper } = await mountWidgets(
        (w) => feedUrl(w.file, { delay: 800 }),
        [widget],
      );
      const [el] = elements;
      await new Promise((resolve) => setTimeout(resolve, 100));
      el.remove();
      await waitUntil(
        async () => (await serverStats(urls.get(el)!)).aborted === 1,
        'the request was not aborted',
      );
      expect(errors.get(el)).to.equal(undefined);
      expect(el.state).to.equal('loading');
      wrapper.append(el);
      await settled(el);
      expect(el.state).to.equal('ready');
      widget.shows(el);
      expect(await requestCount(urls.get(el)!)).to.equal(2);
    });
  }

  it('a widget removed while waiting to retry makes no further request', async () => {
    setFeedOptions({ retryDelay: 400 });
    try {
      const { elements, urls, errors } = await mountWidgets(
        (w) => feedUrl(w.file, { status: 503 }),
        [WIDGETS[1]],
      );
      const [el] = elements;
      await waitUntil(async () => (await requestCount(urls.get(el)!)) === 1, 'no first request');
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await requestCount(urls.get(el)!)).to.equal(1);
      expect(errors.get(el)).to.equal(undefined);
    } finally {
      setFeedOptions({ retryDelay: 500 });
    }
  });
});

describe('network faults: one failing widget leaves the others alone', function () {
  this.timeout(30_000);
  const defaults = { ...getFeedOptions() };
  afterEach(() => {
    setFeedOptions(defaults);
    clearFeedCache();
  });

  it('a hanging and a 404 widget fail on their own; the other widgets load, fire no error and are not delayed', async () => {
    setFeedOptions({ timeout: 2000, retryDelay: 10 });
    const caught = catchPageErrors();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const errors: Element[] = [];
      const hanging = feedUrl('unic/network.json', { hang: 1 });
      const missing = feedUrl('unic/network.json', { status: 404 });
      const wrapper = await fixture<HTMLElement>(
        html`<div
          style="inline-size: 50em"
          @civic-feed-error=${(event: Event) => errors.push(event.composedPath()[0] as Element)}
        >
          <network-card id="hanging" src=${hanging}
            ><a href="https://example.org/unic">UNIC network</a></network-card
          >
          <network-card id="missing" src=${missing}
            ><a href="https://example.org/unic">UNIC network</a></network-card
          >
          <network-card id="good-card" src=${feedUrl('unic/network.json')}></network-card>
          <city-profile id="good-profile" src=${feedUrl('unic/stoke-on-trent.json')}></city-profile>
          <activity-feed id="good-activities" src=${feedUrl('unic/network.json')}></activity-feed>
          <events-calendar
            id="good-calendar"
            month="2026-12"
            src=${feedUrl('states/calendar-december.json')}
          ></events-calendar>
        </div>`,
      );
      const get = (id: string) => wrapper.querySelector<CivicElement>(`#${id}`)!;
      const good = ['good-card', 'good-profile', 'good-activities', 'good-calendar'].map(get);
      await Promise.all(good.map((el) => settled(el)));
      expect(get('hanging').state, 'the hanging widget held up the others').to.equal('loading');
      for (const el of good) expect(el.state, el.id).to.equal('ready');
      WIDGETS[1].shows(get('good-card'));
      WIDGETS[0].shows(get('good-profile'));
      WIDGETS[2].shows(get('good-activities'));
      WIDGETS[3].shows(get('good-calendar'));

      await settled(get('hanging'));
      await settled(get('missing'));
      expect(get('hanging').state).to.equal('error');
      expect(get('missing').state).to.equal('error');
      expect(errors.map((el) => el.id).sort()).to.deep.equal(['hanging', 'missing']);
      // The failing widgets show their fallback content (a plain link) under the message.
      for (const id of ['hanging', 'missing']) {
        const slot = get(id).shadowRoot!.querySelector<HTMLSlotElement>('[part~=error] slot')!;
        expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['UNIC network']);
      }
      expect(caught.errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      caught.stop();
    }
  });
});
