/**
 * The feed checker page (demo/checker.html): reads a feed from an address, a
 * file or pasted text, lists every problem with its place in the file and
 * what to write instead, and previews the four widgets on the feed.
 * The rules are src/feed/check.ts, the same as `civic-feed validate`.
 * DOM APIs only (no innerHTML), so it runs under Trusted Types.
 */
import { checkFeedText } from '../src/feed/check.js';
import type { CheckedProblem, FeedCheck } from '../src/feed/check.js';
import { RECORD_KINDS, SINGULAR } from '../src/feed/types.js';
import type { Feed } from '../src/feed/types.js';
import { readOtherFormat } from './checker-formats.js';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const PLURAL: Record<string, string> = { city: 'cities', activity: 'activities' };

type Checked = FeedCheck & { format: string; converted?: boolean };

/** Reads bytes as our JSON feed, or through the readers for iCalendar, RSS, Atom and JSON Feed. */
export function checkBytes(
  bytes: Uint8Array,
  hints: { name?: string; contentType?: string; url?: string } = {},
): Checked {
  const text = new TextDecoder('utf-8').decode(bytes);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(start) && !/jsonfeed\.org\/version/.test(start.slice(0, 400)))
    return { format: 'a civic-widgets feed (JSON)', ...checkFeedText(text, { base: hints.url }) };
  return readOtherFormat(bytes, hints);
}

/** "is missing" alone reads oddly under a place: name the field ("title is missing"). */
function subject({ message, path }: CheckedProblem): string {
  const field = /([A-Za-z]+)$/.exec(path)?.[1];
  return field && /^is /.test(message) ? `${field} ${message}` : message;
}

function describeProblem(problem: CheckedProblem): HTMLLIElement {
  const warning = problem.severity === 'warning';
  const place = [
    problem.line && problem.path ? `Line ${problem.line}, column ${problem.column}` : '',
    problem.where ? sentence(problem.where) : '',
  ].filter(Boolean);
  return el(
    'li',
    { class: warning ? 'warning' : 'error' },
    el(
      'p',
      { class: 'where' },
      el('strong', {}, warning ? 'Warning' : 'Problem'),
      place.length ? `: ${place.join(', ')}` : '',
    ),
    el('p', {}, `${sentence(subject(problem))}.`),
    el('p', { class: 'fix' }, el('strong', {}, 'What to write instead: '), `${problem.fix}.`),
  );
}

function summaryOf(check: Checked): string {
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  const warnings = check.problems.length - errors;
  if (!check.feed)
    return `The widgets cannot read it yet: ${count(errors, 'problem')} to fix first.`;
  const shown = RECORD_KINDS.flatMap((kind) => {
    const c = check.counts[kind];
    if (!c) return [];
    const one = SINGULAR[kind];
    const many = PLURAL[one] ?? `${one}s`;
    return [
      c.kept === c.total
        ? count(c.total, one, many)
        : `${c.kept} of ${count(c.total, one, many)} (${c.total - c.kept} left out)`,
    ];
  });
  const verdict = errors
    ? `${count(errors, 'problem')}${warnings ? ` and ${count(warnings, 'warning')}` : ''}.`
    : warnings
      ? `No problems, ${count(warnings, 'warning')}: the widgets can show it.`
      : 'No problems: the widgets can show it as it is.';
  const contents = shown.length ? ` Shown: ${shown.join(', ')}.` : ' It has no records yet.';
  return `This is ${check.format}. ${verdict}${contents}`;
}

/** The month to open the calendar on: the first event from today, else the last one. */
function calendarMonth(feed: Feed): string | undefined {
  const starts = feed.events.map((e) => e.start.slice(0, 10)).sort();
  if (!starts.length) return undefined;
  const today = new Date().toISOString().slice(0, 10);
  return (starts.find((s) => s >= today) ?? starts.at(-1)!).slice(0, 7);
}

function previews(feed: Feed): HTMLElement[] {
  const widget = (tag: string, attributes: Record<string, string>, missing?: string) => {
    const box = el('div', { class: 'preview' }, el('h3', {}, `<${tag}>`));
    if (missing) {
      box.append(el('p', {}, missing));
      return box;
    }
    const element = el(tag as 'div', { 'heading-level': '4', ...attributes });
    Object.assign(element, { feed });
    box.append(element);
    return box;
  };
  const city = feed.cities[0]?.id;
  const network = feed.networks[0]?.id;
  const month = calendarMonth(feed);
  return [
    widget('events-calendar', month ? { month } : {}),
    widget('activity-feed', { limit: '5' }),
    // The profile's own calendar and activities would repeat the two previews above.
    widget(
      'city-profile',
      city ? { city, sections: 'about networks practices' } : {},
      city ? undefined : 'This feed has no city, so there is no profile to show.',
    ),
    widget(
      'network-card',
      network ? { network } : {},
      network ? undefined : 'This feed has no network, so there is no card to show.',
    ),
  ];
}

/** Shows a check: the summary, every problem, and the widgets. */
export function show(check: Checked, source: string): void {
  const result = byId('result');
  const summary = summaryOf(check);
  byId('result-heading').textContent = `Result for ${source}`;
  byId('summary').textContent = summary;
  byId('problems').replaceChildren(...check.problems.map(describeProblem));
  result.hidden = false;
  const previewSection = byId('preview-section');
  previewSection.hidden = !check.feed;
  byId('previews').replaceChildren(...(check.feed ? previews(check.feed) : []));
  offerDownload(check.converted && check.feed ? check.feed : undefined);
  byId('status').textContent = summary;
  byId('result-heading').focus();
}

/** A converted calendar or news feed, as a feed file the editor can publish as it is. */
function offerDownload(feed: Feed | undefined): void {
  const box = byId('download');
  box.hidden = !feed;
  const link = byId<HTMLAnchorElement>('download-link');
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  if (!feed) return;
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

function failed(source: string, message: string, fix: string): void {
  show(
    {
      format: 'nothing',
      feed: null,
      counts: {},
      problems: [{ path: '', where: '', message, fix, severity: 'error' }],
    },
    source,
  );
}

async function checkAddress(address: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    failed(
      'the address',
      `"${address}" is not a web address`,
      'write the whole address, starting with https://',
    );
    return;
  }
  byId('status').textContent = `Reading ${url.href} …`;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    failed(
      url.href,
      'the feed could not be fetched: the server did not answer, or it does not let other websites read the file (CORS), or this page’s security policy does not allow that host',
      'open the address in a new tab to see whether it works; if it does, download the file and choose it here, and ask whoever runs that server to send Access-Control-Allow-Origin: * with it',
    );
    return;
  }
  if (!response.ok) {
    failed(
      url.href,
      `the server answered ${response.status} ${response.statusText}`.trim(),
      response.status === 404
        ? 'check the address: the file is not there'
        : 'try again later, or ask whoever runs that server',
    );
    return;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  show(
    checkBytes(bytes, { url: url.href, contentType: response.headers.get('content-type') ?? '' }),
    url.href,
  );
}

async function checkFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  show(checkBytes(bytes, { name: file.name, contentType: file.type }), file.name);
}

/** Wires the page's three forms and the drop area. */
export function startChecker(): void {
  const address = byId<HTMLInputElement>('address');
  byId('by-address').addEventListener('submit', (event) => {
    event.preventDefault();
    void checkAddress(address.value);
  });
  const file = byId<HTMLInputElement>('file');
  file.addEventListener('change', () => {
    if (file.files?.[0]) void checkFile(file.files[0]);
  });
  byId('by-file').addEventListener('submit', (event) => event.preventDefault());
  const text = byId<HTMLTextAreaElement>('text');
  byId('by-text').addEventListener('submit', (event) => {
    event.preventDefault();
    show(checkBytes(new TextEncoder().encode(text.value)), 'the pasted text');
  });
  const drop = byId('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void checkFile(dropped);
  });
  const preset = new URLSearchParams(location.search).get('feed');
  if (preset) {
    address.value = new URL(preset, location.href).href;
    void checkAddress(address.value);
  }
}

if (document.getElementById('checker')) startChecker();
