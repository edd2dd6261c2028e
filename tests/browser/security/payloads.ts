/**
 * A corpus of XSS payloads for the hostile-feed tests, and the hostile feed
 * built from it (every payload in every text and URL field of every record
 * type). Each payload that could run calls `__xss.push('<its id>')` instead of
 * alert(), so a test can say which one ran; the page also hooks alert,
 * confirm and prompt.
 *
 * demo/feeds/hostile/xss.json is `hostileFeed()` written out (see
 * HOSTILE_FEED_FILE); the test checks that the two agree. To regenerate it:
 *
 *   node --import tsx -e "import('./tests/browser/security/payloads.ts').then(m => m.writeHostileFeed())"
 */

export interface Payload {
  /** Unique; what the payload pushes onto `__xss` when it runs. */
  id: string;
  /** The text placed in the feed. */
  text: string;
  /** What the trick is. */
  family:
    | 'script'
    | 'handler'
    | 'url'
    | 'svg'
    | 'frame'
    | 'css'
    | 'template'
    | 'lit'
    | 'encoding'
    | 'polyglot';
}

const p = (family: Payload['family'], id: string, text: string): Payload => ({ id, text, family });

/** Short for the recorder call, so payloads stay readable. */
const X = (id: string) => `__xss.push('${id}')`;

export const PAYLOADS: readonly Payload[] = [
  // Script elements, and breaking out of whatever context a template might put text in.
  p('script', 'script', `<script>${X('script')}</script>`),
  p('script', 'script-upper', `<SCRIPT>${X('script-upper')}</SCRIPT>`),
  p(
    'script',
    'script-src-data',
    `<script src="data:text/javascript,${X('script-src-data')}"></script>`,
  ),
  p('script', 'script-nested', `<scr<script>ipt>${X('script-nested')}</scr</script>ipt>`),
  p('script', 'attr-break-double', `"><script>${X('attr-break-double')}</script>`),
  p('script', 'attr-break-single', `'><script>${X('attr-break-single')}</script>`),
  p('script', 'title-break', `</title><script>${X('title-break')}</script>`),
  p('script', 'textarea-break', `</textarea><script>${X('textarea-break')}</script>`),
  p('script', 'style-break', `</style><script>${X('style-break')}</script>`),
  p('script', 'template-break', `</template><script>${X('template-break')}</script>`),
  p('script', 'script-null', `<scr\u0000ipt>${X('script-null')}</scr\u0000ipt>`),
  p('script', 'script-slash', `<script/src=data:,${X('script-slash')}></script>`),

  // Event handler attributes.
  p('handler', 'img-onerror', `<img src=x onerror=${X('img-onerror')}>`),
  p('handler', 'img-onerror-quoted', `<img src="x" onerror="${X('img-onerror-quoted')}">`),
  p('handler', 'img-mixed-case', `<IMG SRC=x OnErRoR=${X('img-mixed-case')}>`),
  p(
    'handler',
    'img-entity-handler',
    '<img src=x onerror=&#95;&#95;xss.push(&#39;img-entity-handler&#39;)>',
  ),
  p('handler', 'img-b64', `<img src=x onerror=eval(atob('${btoa(X('img-b64'))}'))>`),
  p('handler', 'body-onload', `<body onload=${X('body-onload')}>`),
  p(
    'handler',
    'details-ontoggle',
    `<details open ontoggle=${X('details-ontoggle')}><summary>x</summary></details>`,
  ),
  p('handler', 'input-autofocus', `<input autofocus onfocus=${X('input-autofocus')}>`),
  p('handler', 'video-source', `<video><source onerror=${X('video-source')}></video>`),
  p('handler', 'audio-onerror', `<audio src=x onerror=${X('audio-onerror')}>`),
  p('handler', 'marquee', `<marquee onstart=${X('marquee')}>x</marquee>`),
  p('handler', 'div-hover', `<div onmouseover="${X('div-hover')}">hover me</div>`),
  p(
    'handler',
    'attr-inject-double',
    `" onmouseover="${X('attr-inject-double')}" autofocus onfocus="${X('attr-inject-double')}" x="`,
  ),
  p('handler', 'attr-inject-single', `' onfocus='${X('attr-inject-single')}' autofocus x='`),
  p('handler', 'attr-inject-unquoted', `x onfocus=${X('attr-inject-unquoted')} autofocus`),
  p(
    'handler',
    'form-action',
    `<form action="javascript:${X('form-action')}"><button>go</button></form>`,
  ),
  p('handler', 'a-javascript', `<a href="javascript:${X('a-javascript')}">click</a>`),
  p('handler', 'base-href', `<base href="javascript:${X('base-href')}//">`),
  p(
    'handler',
    'meta-refresh',
    `<meta http-equiv="refresh" content="0;url=javascript:${X('meta-refresh')}">`,
  ),
  p(
    'handler',
    'mxss-math',
    `<math><mtext><table><mglyph><style><img src=x onerror=${X('mxss-math')}>`,
  ),
  p(
    'handler',
    'mxss-noscript',
    `<noscript><p title="</noscript><img src=x onerror=${X('mxss-noscript')}>">`,
  ),

  // URLs: javascript:, data: and vbscript: with case, whitespace, control, entity and escape tricks.
  p('url', 'js-url', `javascript:${X('js-url')}`),
  p('url', 'js-mixed-case', `JaVaScRiPt:${X('js-mixed-case')}`),
  p('url', 'js-leading-space', ` javascript:${X('js-leading-space')}`),
  p('url', 'js-tab', `java\tscript:${X('js-tab')}`),
  p('url', 'js-newline', `java\nscript:${X('js-newline')}`),
  p('url', 'js-cr', `java\rscript:${X('js-cr')}`),
  p('url', 'js-control', `\u0001javascript:${X('js-control')}`),
  p('url', 'js-comment-newline', `javascript://%0a${X('js-comment-newline')}`),
  p('url', 'js-entity-colon', `javascript&#58;${X('js-entity-colon')}`),
  p('url', 'js-colon-named-entity', `javascript&colon;${X('js-colon-named-entity')}`),
  p(
    'url',
    'js-decimal-entities',
    `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${X('js-decimal-entities')}`,
  ),
  p('url', 'js-hex-entities', `&#x6A;&#x61;vascript:${X('js-hex-entities')}`),
  p('url', 'js-padded-entities', `&#0000106&#0000097vascript:${X('js-padded-entities')}`),
  p('url', 'js-unicode-escape', `\\u006Aavascript:${X('js-unicode-escape')}`),
  p('url', 'js-fullwidth', `ｊａｖａｓｃｒｉｐｔ:${X('js-fullwidth')}`),
  p('url', 'js-percent', `%6A%61%76%61script:${X('js-percent')}`),
  p('url', 'data-html', `data:text/html,<script>${X('data-html')}</script>`),
  p(
    'url',
    'data-html-b64',
    `data:text/html;base64,${btoa(`<script>${X('data-html-b64')}</script>`)}`,
  ),
  p('url', 'data-svg-upper', `DATA:image/svg+xml,<svg onload=${X('data-svg-upper')}>`),
  p('url', 'data-space', `  data:text/javascript,${X('data-space')}`),
  p('url', 'vbscript', 'vbscript:msgbox("xss")'),
  p('url', 'vbscript-case', `VbScRiPt:${X('vbscript-case')}`),
  p('url', 'https-javascript', `https:javascript:${X('https-javascript')}`),
  p('url', 'protocol-relative', '//attacker.example/steal'),
  p('url', 'file-url', 'file:///etc/passwd'),
  p('url', 'blob-url', 'blob:https://example.org/3f1c2f4e-0000-4000-8000-000000000000'),
  p('url', 'about-blank', 'about:blank'),
  // Valid web addresses that try to break out of the attribute they end up in.
  p('url', 'https-quote', `https://example.org/"onmouseover="${X('https-quote')}`),
  p('url', 'https-angle', `https://example.org/?q=<script>${X('https-angle')}</script>`),
  p('url', 'https-hash', `https://example.org/#'><img src=x onerror=${X('https-hash')}>`),
  p('url', 'https-userinfo', `http://javascript:${X('https-userinfo')}@example.org/`),
  p(
    'url',
    'mailto-body',
    `mailto:council@example.org?subject=<script>${X('mailto-body')}</script>`,
  ),
  p('url', 'tel-markup', `tel:+44<img src=x onerror=${X('tel-markup')}>`),

  // SVG.
  p('svg', 'svg-onload', `<svg onload=${X('svg-onload')}>`),
  p('svg', 'svg-slash', `<svg/onload=${X('svg-slash')}>`),
  p('svg', 'svg-script', `<svg><script>${X('svg-script')}</script></svg>`),
  p(
    'svg',
    'svg-xlink',
    `<svg><a xlink:href="javascript:${X('svg-xlink')}"><text x="0" y="20">x</text></a></svg>`,
  ),
  p('svg', 'svg-animate', `<svg><animate onbegin=${X('svg-animate')} attributeName=x dur=1s>`),
  p(
    'svg',
    'svg-set-href',
    `<svg><a><set attributeName=href to=javascript:${X('svg-set-href')} /><text y=9>x</text></a></svg>`,
  ),
  p(
    'svg',
    'svg-foreign',
    `<svg><foreignObject><iframe srcdoc="<script>parent.${X('svg-foreign')}</script>"></iframe></foreignObject></svg>`,
  ),

  // Frames, objects and embeds.
  p('frame', 'iframe-js', `<iframe src="javascript:parent.${X('iframe-js')}"></iframe>`),
  p(
    'frame',
    'iframe-srcdoc',
    `<iframe srcdoc="<script>parent.${X('iframe-srcdoc')}</script>"></iframe>`,
  ),
  p(
    'frame',
    'iframe-srcdoc-entity',
    `<iframe srcdoc="&lt;img src=x onerror=parent.${X('iframe-srcdoc-entity')}&gt;"></iframe>`,
  ),
  p('frame', 'object-data', `<object data="javascript:${X('object-data')}"></object>`),
  p('frame', 'embed-src', `<embed src="javascript:${X('embed-src')}">`),
  p(
    'frame',
    'link-import',
    `<link rel=import href="data:text/html,<script>${X('link-import')}</script>">`,
  ),

  // CSS: expression(), url(), @import and injected rules.
  p('css', 'css-expression', `<div style="width: expression(${X('css-expression')})">x</div>`),
  p('css', 'css-url-js', `<div style="background:url(javascript:${X('css-url-js')})">x</div>`),
  p('css', 'css-import', `<style>@import 'javascript:${X('css-import')}';</style>`),
  p('css', 'css-rule', 'x{}*{background:url("https://attacker.example/leak.png")}'),
  p(
    'css',
    'css-style-tag',
    "<style>*{display:none!important;background:url('https://attacker.example/x')}</style>",
  ),
  p('css', 'css-link', '<link rel=stylesheet href="https://attacker.example/evil.css">'),
  p('css', 'css-escape', `\\3c script\\3e ${X('css-escape')}\\3c /script\\3e`),

  // Template-injection strings for other template engines and for JS template literals.
  p('template', 'angular', `{{constructor.constructor('${X('angular')}')()}}`),
  p('template', 'angular-alert', "{{constructor.constructor('alert(1)')()}}"),
  p('template', 'template-literal', `\${${X('template-literal')}}`),
  p('template', 'template-literal-alert', '${alert(1)}'),
  p('template', 'arithmetic', '{{7*7}} ${7*7} #{7*7} <%= 7*7 %>'),
  p('template', 'ruby', `#{${X('ruby')}}`),
  p('template', 'erb', `<%= ${X('erb')} %>`),
  p('template', 'thymeleaf', `[[\${${X('thymeleaf')}}]]`),
  p('template', 'i18n-placeholder', '{title} {count} {city} $& $1 $$'),
  p('template', 'vue', `<div v-html="'<img src=x onerror=${X('vue')}>'"></div>`),

  // Lit's own markers: a text binding must stay text even if it looks like one.
  p('lit', 'lit-marker', '<!--?lit$123$-->'),
  p('lit', 'lit-marker-bare', 'lit$123456789$'),
  p('lit', 'lit-attr-marker', `<img src=x onerror$lit$=${X('lit-attr-marker')} lit$123$="x">`),
  p('lit', 'lit-comment', `<!--?--><img src=x onerror=${X('lit-comment')}><!--?-->`),
  p('lit', 'lit-processing', '<?lit$1$>'),

  // Encodings: text that only becomes markup if someone decodes it.
  p('encoding', 'html-entities', `&lt;script&gt;${X('html-entities')}&lt;/script&gt;`),
  p('encoding', 'js-escapes', `\\u003cscript\\u003e${X('js-escapes')}\\u003c/script\\u003e`),
  p('encoding', 'percent', `%3Cscript%3E${X('percent')}%3C/script%3E`),
  p('encoding', 'fullwidth-brackets', `＜script＞${X('fullwidth-brackets')}＜/script＞`),
  p('encoding', 'rtl-override', '\u202Egpj.exe\u202C invoice'),
  p('encoding', 'zero-width', `<\u200Bscript>${X('zero-width')}</\u200Bscript>`),
  p('encoding', 'utf7', `+ADw-script+AD4-${X('utf7')}+ADw-/script+AD4-`),

  // Polyglots.
  p(
    'polyglot',
    'polyglot-1',
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${X('polyglot-1')} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${X('polyglot-1')}//>\\x3e`,
  ),
  p(
    'polyglot',
    'polyglot-2',
    `'">><marquee><img src=x onerror=${X('polyglot-2')}></marquee>"></plaintext\\></|\\><plaintext/onmouseover=${X('polyglot-2')}><script>${X('polyglot-2')}</script>`,
  ),
];

/** The literal text a widget should show for a payload: the validator trims text fields. */
export function shownText(payload: Payload): string {
  return payload.text.trim();
}

/** Ids unique within their array, holding the payload too (ids are text the widgets use). */
export function idFor(kind: string, index: number): string {
  return `${kind}-${index} ${PAYLOADS[index].text}`.slice(0, 200).trim();
}

/** Events are spread over this month so one calendar month shows them all. */
export const HOSTILE_MONTH = '2026-12';

/**
 * The hostile feed: one record of each type per payload, with that payload in
 * every text field and every URL field (url, image.url, online), including
 * ids and cross references. The validator drops or leaves out what breaks
 * the contract; everything else must reach the widgets and stay inert.
 */
export function hostileFeed(): Record<string, unknown> {
  const cities = PAYLOADS.map((payload, i) => {
    const t = payload.text;
    return {
      id: idFor('city', i),
      name: t,
      country: t,
      region: t,
      population: 1000 + i,
      summary: t,
      description: `${t}\n\n${t}`,
      url: t,
      image: { url: t, alt: t },
      timeZone: t,
      networks: [idFor('network', i), t],
      language: t,
    };
  });
  const networks = PAYLOADS.map((payload, i) => {
    const t = payload.text;
    return {
      id: idFor('network', i),
      name: t,
      title: t,
      summary: t,
      description: t,
      url: t,
      image: { url: t, alt: t },
      theme: t,
      start: '2024-01-01',
      end: '2027-12-31',
      lead: idFor('city', i),
      cities: [idFor('city', i), t],
    };
  });
  const practices = PAYLOADS.map((payload, i) => {
    const t = payload.text;
    return {
      id: idFor('practice', i),
      title: t,
      summary: t,
      url: t,
      image: { url: t, alt: t },
      city: idFor('city', i),
      networks: [idFor('network', i), t],
      topics: [t, `topic ${i}`],
    };
  });
  const activities = PAYLOADS.map((payload, i) => {
    const t = payload.text;
    return {
      id: idFor('activity', i),
      title: t,
      published: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
      type: t,
      summary: t,
      url: t,
      image: { url: t, alt: t },
      city: idFor('city', i),
      network: idFor('network', i),
      tags: [t],
    };
  });
  const events = PAYLOADS.map((payload, i) => {
    const t = payload.text;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const start =
      i % 3 === 0
        ? `${HOSTILE_MONTH}-${day}`
        : i % 3 === 1
          ? `${HOSTILE_MONTH}-${day}T18:00`
          : `${HOSTILE_MONTH}-${day}T18:00:00+01:00`;
    return {
      id: idFor('event', i),
      title: t,
      start,
      ...(i % 5 === 0
        ? { end: `${HOSTILE_MONTH}-${String(Math.min(31, 3 + (i % 28))).padStart(2, '0')}` }
        : {}),
      timeZone: i % 2 ? t : 'Europe/London',
      summary: t,
      description: t,
      url: t,
      image: { url: t, alt: t },
      location: { name: t, address: t },
      online: t,
      status: i % 4 === 0 ? 'cancelled' : i % 4 === 1 ? t : 'postponed',
      city: idFor('city', i),
      network: idFor('network', i),
      series: t.slice(0, 200),
      language: t,
    };
  });
  return {
    version: 1,
    title: PAYLOADS[0].text,
    url: `javascript:${X('feed-url')}`,
    language: PAYLOADS[1].text,
    cities,
    networks,
    practices,
    activities,
    events,
  };
}

/** Where the generated feed is kept, for the `src` path and for manual checks in the demo. */
export const HOSTILE_FEED_FILE = 'demo/feeds/hostile/xss.json';

/** Node only: writes hostileFeed() to HOSTILE_FEED_FILE. */
export async function writeHostileFeed(): Promise<void> {
  const fs = 'node:fs/promises';
  const { mkdir, writeFile } = (await import(
    /* @vite-ignore */ fs
  )) as typeof import('node:fs/promises');
  await mkdir('demo/feeds/hostile', { recursive: true });
  await writeFile(HOSTILE_FEED_FILE, `${JSON.stringify(hostileFeed(), null, 2)}\n`);
}
