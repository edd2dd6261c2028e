/**
 * Storybook for designers (issue 5): every widget in every state, themable,
 * with the shared fixtures served by Storybook itself, so the static build
 * (`npm run build-storybook`) works offline from any folder.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The same files that the tests and the demo use, at /feeds/… next to iframe.html.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({
    ...vite,
    // One copy of Lit in the preview and in Vitest (TOOLCHAIN.md: "Multiple versions of Lit loaded").
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [
        ...(vite.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        '@lit/task',
      ],
    },
  }),
};

export default config;
