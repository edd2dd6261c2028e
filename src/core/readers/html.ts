/**
 * HTML to plain text, for the text fields of a feed: the contract says text
 * is never markup, and RSS descriptions almost always are. This is not an
 * HTML parser and needs not be one: the output is shown as text, so the
 * worst a malformed input can do is leave some odd characters behind. Every
 * step is one pass over the input (no pattern can backtrack across it).
 */
import { decodeHtml } from './platform.js';

/** Elements whose content is never text a reader should see. */
const HIDDEN = new Set([
  'script',
  'style',
  'head',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
]);
/** Elements that start a new paragraph. */
// prettier-ignore
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'pre', 'figure', 'hr',
  'address', 'form', 'fieldset',
]);
/** Elements that start a new line. */
const LINE = new Set(['br', 'li', 'dt', 'dd', 'tr', 'figcaption', 'caption']);

/**
 * The end of the tag that starts at `start` (a "<"), skipping ">" inside
 * quoted attribute values; -1 when the tag never closes.
 */
function tagEnd(html: string, start: number): number {
  let quote = '';
  let afterEquals = false;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && afterEquals) {
      // Quotes only open an attribute value (after "="): a stray apostrophe
      // in a broken tag must not swallow the rest of the text.
      quote = c;
    } else if (c === '>') {
      return i;
    }
    if (c === '=') afterEquals = true;
    else if (!/\s/.test(c)) afterEquals = false;
  }
  return -1;
}

export interface HtmlToTextOptions {
  /** Keep paragraphs (blank line between them) and line breaks; else one line. */
  paragraphs?: boolean;
}

/**
 * Plain text from an HTML fragment: tags removed, scripts and styles dropped,
 * entities decoded, block elements turned into paragraph breaks. A "<" that
 * does not start a tag ("a < b") is kept as text.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      parts.push(decodeHtml(html.slice(i)));
      break;
    }
    parts.push(decodeHtml(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      parts.push(html.slice(lt + 9, end === -1 ? html.length : end));
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end === -1) break; // an unclosed "<tag" at the end is a truncated tag, not text
    const tag = /^<\/?\s*([A-Za-z][A-Za-z0-9-]{0,40})/.exec(
      html.slice(lt, Math.min(end + 1, lt + 48)),
    );
    const name = tag ? tag[1].toLowerCase() : '';
    const closing = html[lt + 1] === '/';
    i = end + 1;
    if (!closing && HIDDEN.has(name) && html[end - 1] !== '/') {
      const close = lower.indexOf(`</${name}`, i);
      if (close === -1) break;
      i = close;
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n\n');
    else if (LINE.has(name)) parts.push('\n');
    else if (name === 'td' || name === 'th') parts.push(' ');
  }
  return normalizeText(parts.join(''), options.paragraphs ?? false);
}

/** Tidies whitespace: one space between words, at most one blank line between paragraphs. */
export function normalizeText(text: string, paragraphs: boolean): string {
  const spaced = text.replace(/\r\n?/g, '\n').replace(/[\t\f\v\u00a0 ]+/g, ' ');
  if (!paragraphs) return spaced.replace(/\s+/g, ' ').trim();
  return spaced
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a text field contains markup rather than plain text (linear: no "[^>]*" across "<"). */
export function looksLikeHtml(text: string): boolean {
  return (
    /<\/?(p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|img|table|font)\b[^<>]*>/i.test(text) ||
    /&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/i.test(text)
  );
}

/** Plain text from a field that may hold HTML or plain text. */
export function textOrHtml(value: string | undefined, paragraphs = false): string | undefined {
  if (value === undefined) return undefined;
  return (
    (looksLikeHtml(value) ? htmlToText(value, { paragraphs }) : normalizeText(value, paragraphs)) ||
    undefined
  );
}

/** Cuts long text at a word boundary, adding "…", for one-or-two-sentence summaries. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  let kept = space > max * 0.6 ? cut.slice(0, space) : cut;
  while (kept && /[\s,;:.–—-]/.test(kept[kept.length - 1])) kept = kept.slice(0, -1);
  return `${kept}…`;
}
