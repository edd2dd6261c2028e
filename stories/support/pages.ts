/** Host pages around a story, as a council site would set them up. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * A dark site sets two tokens once, on its body: the default accent
 * (#1d70b8) is made for light pages and has too little contrast on dark ones.
 */
export const darkSite: Decorator = (story) =>
  html`<div style="--civic-accent: #8fc3ff; --civic-on-accent: #0b0c0c">${story()}</div>`;
