/**
 * `npm run test:stories`: every story runs as a test in headless Chromium
 * (@storybook/addon-vitest): it renders, its play function runs, and the
 * a11y addon fails it on any axe violation (`a11y.test: 'error'`).
 *
 * Written by hand: the addon's setup command would download a browser,
 * which these machines cannot. Debian's Chromium is used instead.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
}

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // One copy of Lit in the test page (TOOLCHAIN.md: "Multiple versions of Lit loaded").
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/task'],
  },
  test: {
    name: 'storybook',
    // The same pinned clock as the browser tests: a story's "today" never depends on the date.
    setupFiles: ['tests/shared/pinned-clock.ts'],
    // The counts also go to a file, for `npm test`'s summary (as .cache/wtr-summary.json does for WTR).
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/stories-results.json' },
    browser: {
      enabled: true,
      headless: true,
      // Wide enough for the month grid: below 30em the calendar switches to its list by itself.
      viewport: { width: 1280, height: 900 },
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath,
          args: CHROMIUM_ARGS,
        },
      }),
    },
  },
});
