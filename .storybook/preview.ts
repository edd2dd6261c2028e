/**
 * What every story shares: the docs tables and controls from
 * custom-elements.json, the a11y check as a test (`test: 'error'`: a story
 * with an axe violation fails in `npm run test:stories`), and a frame
 * around each story with three settings a designer changes often (toolbar):
 * the page's language and colours, and the width of the widget's column.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../custom-elements.json';
import { civicArgTypes, prepareManifest } from './manifest.js';

setCustomElementsManifest(prepareManifest(manifest));

const LANGUAGES = {
  en: 'English',
  cy: 'Cymraeg',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  nl: 'Nederlands',
  pl: 'Polski',
  hu: 'Magyar',
  ro: 'Română',
};

/** The host page around the widget: widgets without `theme` take its text colour. */
const PAGES: Record<string, string> = {
  light: 'background: #fff; color: #0b0c0c; color-scheme: light;',
  dark: 'background: #0b0c0c; color: #f3f2f1; color-scheme: dark;',
};

const preview: Preview = {
  argTypesEnhancers: [civicArgTypes],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget (a widget’s own lang wins)',
      toolbar: {
        title: 'Page language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    frame: {
      description:
        'Width of the column the widget sits in: the widgets adapt to their column, not to the window',
      toolbar: {
        title: 'Column width',
        icon: 'grow',
        items: [
          { value: '100%', title: 'Full width' },
          { value: '320px', title: '320 px (a phone)' },
          { value: '480px', title: '480 px' },
          { value: '768px', title: '768 px' },
          { value: '1200px', title: '1200 px' },
        ],
        dynamicTitle: true,
      },
    },
    page: {
      description: 'Colours of the page around the widget',
      toolbar: {
        title: 'Page colours',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', page: 'light', frame: '100%' },
  decorators: [
    (story, { globals }) => {
      const width = typeof globals.frame === 'string' ? globals.frame : '100%';
      const page = PAGES[String(globals.page)] ?? PAGES.light;
      return html`<div
        class="civic-frame"
        lang=${globals.lang ? String(globals.lang) : nothing}
        style="${page} inline-size: ${width}; box-sizing: border-box; padding: 1rem; font-family: system-ui, sans-serif;"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: {
      // "Show code" is the markup to paste into a page, without the frame.
      source: { excludeDecorators: true },
      toc: true,
    },
    options: {
      storySort: {
        order: [
          'For designers',
          '*',
          ['Overview', 'States', 'Languages', 'Theming', 'Accessibility'],
        ],
      },
    },
  },
};

export default preview;
