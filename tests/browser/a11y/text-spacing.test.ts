/*
 * WCAG 1.4.12 Text spacing: a reader's spacing (here the criterion's own
 * values, set with !important on every element of the host page, as the
 * usual bookmarklet does) reaches the text inside every widget, buttons,
 * headings and nested widgets included. Styles do not cross a shadow root,
 * so spacing gets in only by inheritance: no inner element may reset it.
 * The calendar's grid (day numbers in fixed circles, counts) still fixes its
 * line height: there only its buttons and headings are held to 1.5 (known,
 * and said so in demo/accessibility.html).
 */
import { expect } from '@open-wc/testing';
import { TAGS, mountIn } from './fixtures.js';

const SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** Elements with their own text, through nested shadow roots. */
function textElements(root: ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName === 'style') continue;
    const own = [...el.childNodes].some((n) => n instanceof Text && n.data.trim());
    if (own && el.getClientRects().length) found.push(el);
    if (el.shadowRoot) found.push(...textElements(el.shadowRoot));
  }
  return found;
}

const where = (el: Element) =>
  `<${el.localName} class="${el.getAttribute('class') ?? ''}"> "${el.textContent.trim().slice(0, 24)}"`;

describe('text spacing from the page (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = SPACING;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const tag of TAGS) {
    it(`<${tag}>: letter and word spacing reach every text, line height at least 1.5`, async () => {
      const el = await mountIn(tag, 'en-GB');
      const host = getComputedStyle(el);
      expect(parseFloat(host.letterSpacing)).to.be.closeTo(0.12 * parseFloat(host.fontSize), 0.01);
      const texts = textElements(el.shadowRoot!);
      expect(texts.length).to.be.greaterThan(3);
      const problems: string[] = [];
      for (const node of texts) {
        const own = getComputedStyle(node);
        if (own.letterSpacing !== host.letterSpacing)
          problems.push(`${where(node)}: letter-spacing ${own.letterSpacing}`);
        if (own.wordSpacing !== host.wordSpacing)
          problems.push(`${where(node)}: word-spacing ${own.wordSpacing}`);
        const size = parseFloat(own.fontSize);
        const inCalendar = (node.getRootNode() as ShadowRoot).host.localName === 'events-calendar';
        const control = node.closest('button, h1, h2, h3, h4, h5, h6, [role=heading]');
        // A decorative glyph (aria-hidden "‹") is not text a reader spaces.
        if ((inCalendar && !control) || node.closest('[aria-hidden=true]')) continue;
        if (!(parseFloat(own.lineHeight) >= 1.5 * size - 0.01))
          problems.push(`${where(node)}: line-height ${own.lineHeight} at ${own.fontSize}`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
