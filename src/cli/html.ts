/**
 * HTML to plain text, for the text fields of a feed: the contract says text
 * is never markup, and RSS descriptions almost always are. This is not an
 * HTML parser and needs not be one: the output is shown as text, so the
 * worst a malformed input can do is leave some odd characters behind.
 */

/** Named character references: the Latin-1 set plus the typographic ones councils' CMSs use. */
// prettier-ignore
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  iexcl: '¡', cent: '¢', pound: '£', curren: '¤', yen: '¥', brvbar: '¦', sect: '§', uml: '¨',
  copy: '©', ordf: 'ª', laquo: '«', not: '¬', shy: '\u00ad', reg: '®', macr: '¯', deg: '°',
  plusmn: '±', sup2: '²', sup3: '³', acute: '´', micro: 'µ', para: '¶', middot: '·', cedil: '¸',
  sup1: '¹', ordm: 'º', raquo: '»', frac14: '¼', frac12: '½', frac34: '¾', iquest: '¿',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ',
  Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í',
  Icirc: 'Î', Iuml: 'Ï', ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', times: '×', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û',
  Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß', agrave: 'à', aacute: 'á', acirc: 'â',
  atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é',
  ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', eth: 'ð',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', divide: '÷',
  oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ',
  yuml: 'ÿ', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', Zcaron: 'Ž',
  zcaron: 'ž', fnof: 'ƒ', circ: 'ˆ', tilde: '˜', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′',
  Prime: '″', lsaquo: '‹', rsaquo: '›', oline: '‾', frasl: '⁄', euro: '€', trade: '™',
  larr: '←', uarr: '↑', rarr: '→', darr: '↓', harr: '↔', minus: '−', le: '≤', ge: '≥',
  ne: '≠', asymp: '≈', infin: '∞', check: '✓', star: '☆', starf: '★',
};

/** Decodes &amp; &eacute; &#233; &#xE9;; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (all, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X'
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        // Surrogates, NUL and out-of-range code points become U+FFFD, as browsers do.
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
        return String.fromCodePoint(code);
      }
      return NAMED[ref] ?? all;
    },
  );
}

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
 * Finds the end of the tag that starts at `start` (a "<"), skipping ">"
 * inside quoted attribute values; -1 when the tag never closes.
 */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only open inside an attribute value (after "="); a stray
      // apostrophe in a broken tag must not swallow the rest of the text.
      if (/=\s*$/.test(html.slice(Math.max(start, i - 8), i))) quote = c;
    } else if (c === '>') {
      return i;
    }
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
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      out += html.slice(lt + 9, end === -1 ? html.length : end);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (!/[A-Za-z/!?]/.test(next)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end === -1) {
      // An unclosed "<tag" at the end is a truncated tag, not text.
      break;
    }
    const tag = /^<\/?\s*([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, end + 1));
    const name = tag ? tag[1].toLowerCase() : '';
    const closing = html[lt + 1] === '/';
    i = end + 1;
    if (!closing && HIDDEN.has(name) && !html.slice(lt, end).endsWith('/')) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      if (close === -1) break;
      i = close;
      continue;
    }
    if (BLOCK.has(name)) out += '\n\n';
    else if (LINE.has(name)) out += '\n';
    else if (name === 'td' || name === 'th') out += ' ';
  }
  return normalizeText(out, options.paragraphs ?? false);
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

/** True when a text field contains markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return (
    /<\/?(p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|img|table|font)\b[^>]*>/i.test(text) ||
    /&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/i.test(text)
  );
}

/** Cuts long text at a word boundary, adding "…", for one-or-two-sentence summaries. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
