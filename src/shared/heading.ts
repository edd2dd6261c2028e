/**
 * A real <h2>…<h6> at a level the page chooses (heading-level), because a
 * widget cannot know where in the page's outline it is pasted.
 */
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

export function heading(
  level: number,
  content: unknown,
  { id, part, className }: { id?: string; part?: string; className?: string } = {},
): TemplateResult {
  const tag = TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1];
  return staticHtml`<${tag} id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</${tag}>`;
}
