/**
 * Styles every widget shares. The public theming surface is small and
 * prefixed (--civic-*) and resolves into private --_* variables on :host,
 * so a widget can change its internals without breaking a council's theme.
 *
 * @cssproperty [--civic-accent=#1d70b8] Links, buttons and the selected day.
 * @cssproperty [--civic-surface=transparent] Background of cards and panels.
 * @cssproperty [--civic-border=currentColor at 25%] Lines between and around items.
 * @cssproperty [--civic-radius=4px] Corner radius.
 * @cssproperty [--civic-space=1rem] Base spacing; everything scales from it.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_accent: var(--civic-accent, #1d70b8);
    --_on-accent: var(--civic-on-accent, #fff);
    --_surface: var(--civic-surface, transparent);
    --_raised: var(--civic-raised, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--civic-border, color-mix(in srgb, currentColor 25%, transparent));
    --_muted: color-mix(in srgb, currentColor 72%, transparent);
    --_radius: var(--civic-radius, 4px);
    --_space: var(--civic-space, 1rem);
    --_error: var(--civic-error, #d4351c);
    /* One spacing and heading scale for the four widgets (em: they follow the page's font size). */
    --_inset: 0;
    --_gap-s: calc(var(--_space) * 0.5);
    --_gap-m: calc(var(--_space) * 0.75);
    --_gap-l: calc(var(--_space) * 1.5);
    /*
     * Headings are larger by zoom, not font-size: a reader's letter and word
     * spacing arrive as lengths fixed at the host's font size (0.12em of 16 px
     * is 1.92 px), and only zoom scales them with the text (WCAG 1.4.12).
     */
    --_heading-l: 1.5;
    --_heading-m: 1.1875;
    --_heading-s: 1.0625;

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    max-width: 100%;
    /*
     * 1.5 unless the page or the reader's own styles say otherwise on the
     * element: line height, letter and word spacing then reach every inner
     * element, buttons and nested widgets included (WCAG 1.4.12). Font and
     * colour are inherited as they are; what a page's container may have
     * changed for its own text is set back here.
     */
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * One palette for every theme, the dark one written once: light-dark()
   * picks by color-scheme, which "light", "dark" and "auto" (the reader's
   * setting) set. A browser without light-dark() keeps the page's colours.
   */
  :host([theme]) {
    color: light-dark(#0b0c0c, #f3f2f1);
    background: var(--_surface);
    --_surface: var(--civic-surface, light-dark(#fff, #1b1b1b));
    --_accent: var(--civic-accent, light-dark(#1d70b8, #8fc3ff));
    --_on-accent: var(--civic-on-accent, light-dark(#fff, #0b0c0c));
    --_error: var(--civic-error, light-dark(#d4351c, #ff8f80));
    /* A theme paints a background: keep the content off its edges. */
    --_inset: var(--_space);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  * {
    margin: 0;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  /* Form controls take fixed spacing from the browser's own styles unless told to inherit. */
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* Bold by the browser's styles; the size comes from zoom (above). */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  /* GOV.UK's focus: yellow and black, on any background. */
  :focus-visible {
    outline: 3px solid #fd0;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  a:focus-visible {
    background: #fd0;
    color: #0b0c0c;
    box-shadow:
      0 -2px #fd0,
      0 4px #0b0c0c;
    outline-color: transparent;
    text-decoration: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  .secondary:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  /* A pressed toggle (the chips, "Pause updates") is filled, hovered or not. */
  .secondary[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Important: no widget rule for the element (a cell's span, say) may bring it back into view. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  /* A long title stops after three lines; the element carries the whole text in its title attribute. */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    inline-size: fit-content;
  }
  @container (max-width: 26em) {
    * {
      --_heading-l: 1.25;
    }
  }
  .error {
    display: grid;
    gap: var(--_gap-m);
    justify-items: start;
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-detail {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .pause {
    margin-top: var(--_gap-m);
  }
  .stale {
    margin-top: var(--_gap-s);
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* One pulse for the whole placeholder, not one per bone: one layer for the compositor to redraw. */
  .skeleton {
    display: grid;
    gap: var(--_gap-s);
    animation: pulse 1.6s infinite;
  }
  .bone {
    display: block;
    height: 1.2em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  /* Bones a fraction of the line wide. */
  .w30 {
    width: 30%;
  }
  .w40 {
    width: 40%;
  }
  .w50 {
    width: 50%;
  }
  .w60 {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    /*
     * System colours for every button: :is() carries the weight of
     * .button.secondary, which would otherwise keep the brand colour.
     */
    :is(.button, .button.secondary) {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .button[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .bone {
      background: GrayText;
    }
    /*
     * Away from the control, so it never touches a filled (pressed or
     * selected) control of the same system colour.
     */
    :focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
    }
  }
`;
