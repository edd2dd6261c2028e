/*
 * WCAG 1.4.3 and 2.4.7 in forced colours (Windows High Contrast and the
 * like), measured from the colours Chromium renders with forced colours
 * emulated (this file runs only in the forced-colors-light and -dark groups
 * of web-test-runner.config.mjs). axe is not used here: it misreads
 * emulated forced colours. Every button and link of every widget, in each
 * `theme`, must have text at 4.5:1 against what is behind it and a focus
 * indicator at 3:1 against the colours it touches.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setFeedOptions } from '../../../src/feed/loader.js';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { feedUrl, settled } from '../helpers/mount.js';
import { englishFeed, nestedSettled, TAGS } from './fixtures.js';

type RGBA = [number, number, number, number];

function parse(color: string): RGBA {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`unreadable colour ${color}`);
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
};

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The page's Canvas colour, as this forced palette paints it. */
function canvas(): RGBA {
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.body.append(probe);
  const color = parse(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** What is painted behind an element's content: its backgrounds and its ancestors', composited. */
function backdrop(el: Element | null): RGBA {
  const layers: RGBA[] = [];
  for (let node = el; node; node = parentOf(node)) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), canvas());
}

/** Buttons and links inside a widget and its nested widgets. */
function controls(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      if (el.matches('button, a[href]') && el.getClientRects().length) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return found;
}

const name = (el: HTMLElement) =>
  `<${el.localName} part="${el.getAttribute('part') ?? ''}" class="${el.className}"${
    el.hasAttribute('aria-pressed') ? ` aria-pressed=${el.getAttribute('aria-pressed')}` : ''
  }> "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

function textProblems(el: HTMLElement): string[] {
  const fill = backdrop(el);
  const ink = over(parse(getComputedStyle(el).color), fill);
  const ratio = contrast(ink, fill);
  return ratio >= 4.5 ? [] : [`${name(el)}: text ${ratio.toFixed(2)}:1`];
}

function focusProblems(el: HTMLElement): string[] {
  el.focus({ focusVisible: true } as FocusOptions);
  const active = (el.getRootNode() as ShadowRoot | Document).activeElement;
  if (active !== el) return [`${name(el)}: cannot take focus`];
  if (!el.matches(':focus-visible')) return [`${name(el)}: no :focus-visible`];
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || width < 2) {
    return [`${name(el)}: no focus outline (${style.outlineStyle} ${style.outlineWidth})`];
  }
  const offset = parseFloat(style.outlineOffset);
  const outside = backdrop(parentOf(el));
  const inside = backdrop(el);
  // An outline drawn inside the control touches only its fill; outside, what
  // surrounds it; at no offset, both.
  const touches = offset < 0 ? [inside] : offset > 0 ? [outside] : [inside, outside];
  const ring = over(parse(style.outlineColor), offset < 0 ? inside : outside);
  const worst = Math.min(...touches.map((c) => contrast(ring, c)));
  el.blur();
  return worst >= 3 ? [] : [`${name(el)}: focus ring ${worst.toFixed(2)}:1`];
}

async function mountWidget(tag: string, theme: string | undefined): Promise<CivicElement> {
  const el = document.createElement(tag) as CivicElement;
  el.setAttribute('month', '2026-12');
  el.setAttribute('city', 'stoke-on-trent');
  el.setAttribute('limit', '2');
  el.setAttribute('refresh', '3600');
  if (theme) el.setAttribute('theme', theme);
  el.feed = englishFeed();
  const wrapper = await fixture<HTMLElement>(html`<div style="padding: 8px"></div>`);
  wrapper.append(el);
  await settled(el);
  await nestedSettled(el);
  return el;
}

describe(`forced colours (${matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'} system palette)`, () => {
  it('runs with forced colours on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const theme of [undefined, 'light', 'dark', 'auto']) {
    for (const tag of TAGS) {
      it(`<${tag}${theme ? ` theme="${theme}"` : ''}>: every control's text and focus ring stand out`, async () => {
        const el = await mountWidget(tag, theme);
        const all = controls(el);
        expect(all.length).to.be.greaterThan(0);
        // Both view buttons in both states: pressed is where the ring used to vanish.
        const views = [
          ...(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=view-button]') ?? []),
        ];
        const problems = all.flatMap((c) => [...textProblems(c), ...focusProblems(c)]);
        for (const view of views) {
          view.click();
          await el.updateComplete;
          const pressed = el.shadowRoot!.querySelector<HTMLElement>(
            '[part~=view-button][aria-pressed=true]',
          )!;
          problems.push(...textProblems(pressed), ...focusProblems(pressed));
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }

  it('the Retry button and a pressed "Pause updates" stand out too', async () => {
    setFeedOptions({ retryDelay: 1 });
    const failed = await fixture<CivicElement>(
      html`<network-card src=${feedUrl('states/empty.json', { status: 503 })}></network-card>`,
    );
    await settled(failed);
    const retry = failed.shadowRoot!.querySelector<HTMLElement>('[part~=retry]')!;
    expect([...textProblems(retry), ...focusProblems(retry)]).to.deep.equal([]);
    const el = await mountWidget('network-card', 'dark');
    const pause = el.shadowRoot!.querySelector<HTMLElement>('[part=pause]')!;
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    expect([...textProblems(pause), ...focusProblems(pause)]).to.deep.equal([]);
  });
});
