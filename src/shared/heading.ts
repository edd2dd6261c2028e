/**
 * A real <h2>…<h6> at a level the page chooses (heading-level), because a
 * widget cannot know where in the page's outline it is pasted. Lit cannot
 * bind a tag name: one template per level costs less than lit/static-html.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Template = (
  id: unknown,
  part: unknown,
  className: unknown,
  content: unknown,
) => TemplateResult;

const TEMPLATES: Template[] = [
  (i, p, c, x) => html`<h1 id=${i} part=${p} class=${c}>${x}</h1>`,
  (i, p, c, x) => html`<h2 id=${i} part=${p} class=${c}>${x}</h2>`,
  (i, p, c, x) => html`<h3 id=${i} part=${p} class=${c}>${x}</h3>`,
  (i, p, c, x) => html`<h4 id=${i} part=${p} class=${c}>${x}</h4>`,
  (i, p, c, x) => html`<h5 id=${i} part=${p} class=${c}>${x}</h5>`,
  (i, p, c, x) => html`<h6 id=${i} part=${p} class=${c}>${x}</h6>`,
];

export function heading(
  level: number,
  content: unknown,
  { id, part, className }: { id?: string; part?: string; className?: string } = {},
): TemplateResult {
  return TEMPLATES[Math.min(Math.max(Math.round(level), 1), 6) - 1](
    ifDefined(id),
    ifDefined(part),
    ifDefined(className),
    content,
  );
}
