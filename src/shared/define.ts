/**
 * Guarded custom element definition: a page that loads the library twice
 * (two script tags, or the module and the classic build) keeps the first
 * definition and gets one console warning instead of a NotSupportedError.
 */
const WARNED = Symbol.for('civic-widgets.define-warned.v1');

/** Says once per page (whichever copy notices first) that the library is loaded twice. */
export function warnLoadedTwice(what: string): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[WARNED]) return;
  holder[WARNED] = true;
  console.warn(
    `civic-widgets: ${what}, so the library was loaded twice on this page. The first copy is used; remove the second script tag.`,
  );
}

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) warnLoadedTwice(`<${tag}> is already defined`);
}
