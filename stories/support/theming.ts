/**
 * The Theming stories, the same for the four widgets: the `theme` attribute
 * (dark, auto), the widget without `theme` on a dark page, the `--civic-*`
 * tokens, and `::part()` for anything the tokens do not reach. Each
 * widget's Theming file gives its tokens and part rules and names the
 * stories (Storybook reads story names from the file itself).
 */
import type { StoryObj } from '@storybook/web-components-vite';
// Static: the part rules are written into the <style> itself (a binding cannot go inside one).
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { darkSite } from './pages.js';

type Story = StoryObj;

export interface ThemingOptions {
  /** Values for the five tokens, e.g. a council's green and square corners. */
  tokens: Record<string, string>;
  /** Rules for `::part()`, scoped to the story: `tag` stands for the element. */
  parts: (tag: string) => string;
}

export function themingStories(tag: string, { tokens, parts }: ThemingOptions) {
  const scope = `parts-demo-${tag}`;
  return {
    /** `theme="dark"`: the widget's own dark palette, whatever the page. */
    Dark: { name: 'Dark', args: { theme: 'dark' } } satisfies Story,
    /**
     * No `theme` on a dark page (Page colours toolbar): the widget takes the
     * page's text colour. The default accent is made for light pages, so a
     * dark site sets a light one (and dark text on it) with two tokens.
     */
    OnADarkPage: {
      name: 'On a dark page (inherits)',
      globals: { page: 'dark' },
      decorators: [darkSite],
    } satisfies Story,
    /** `theme="auto"` follows the reader's system setting (prefers-color-scheme). */
    Auto: { name: 'Auto (system setting)', args: { theme: 'auto' } } satisfies Story,
    /** The tokens, set on the element (they inherit, so a page can set them once on `body`). */
    CustomTokens: { name: 'Custom tokens', args: tokens } satisfies Story,
    /** Anything the tokens do not reach, through the documented parts. */
    StyledWithParts: {
      name: 'Styled with parts',
      decorators: [
        (story) =>
          staticHtml`<style>
              ${unsafeStatic(parts(`.${scope} ${tag}`))}
            </style>
            <div class=${scope}>${story()}</div>`,
      ],
    } satisfies Story,
  };
}
