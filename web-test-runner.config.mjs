import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
import { civicFeedCommands } from './tests/browser/core/cli-plugin.mjs';
import { feedTestServer } from './tests/browser/server-plugin.mjs';
import { summaryReporter } from './tests/browser/summary-reporter.mjs';

const executablePath = ensureChromium();

const chromium = (contextOptions) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    ...(contextOptions
      ? { createBrowserContext: ({ browser }) => browser.newContext(contextOptions) }
      : {}),
  });

/**
 * Each test page first pins the clock (tests/shared/pinned-clock.ts) and
 * learns the fast-check seed (tests/shared/seed.ts); both read these globals,
 * set from the environment so `CIVIC_NOW=… FC_SEED=… npm test` reaches them.
 */
const pageGlobals = `globalThis.__CIVIC_NOW__ = ${JSON.stringify(process.env.CIVIC_NOW ?? '')};
globalThis.__FC_SEED__ = ${JSON.stringify(process.env.FC_SEED ?? '')};`;

/** The calendar's time-zone tests again, with the browser itself in three other zones. */
const VIEWER_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];

/** Run only with Windows-style forced colours emulated (light and dark system palettes). */
const FORCED_COLORS = 'tests/browser/a11y/forced-colors.test.ts';

export default {
  files: ['tests/browser/**/*.test.ts', `!${FORCED_COLORS}`],
  nodeResolve: true,
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>${pageGlobals}</script></head><body>
      <script type="module" src="/tests/shared/pinned-clock.ts"></script>
      <script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    civicFeedCommands(),
  ],
  middleware: [feedTestServer],
  browsers: [chromium({ timezoneId: 'Europe/London' })],
  groups: [
    ...VIEWER_ZONES.map((timezoneId) => ({
      name: `viewer-${timezoneId.replace('/', '-')}`,
      files: ['tests/browser/events-calendar/time-zones.test.ts'],
      browsers: [chromium({ timezoneId })],
    })),
    ...['light', 'dark'].map((colorScheme) => ({
      name: `forced-colors-${colorScheme}`,
      files: [FORCED_COLORS],
      browsers: [chromium({ timezoneId: 'Europe/London', forcedColors: 'active', colorScheme })],
    })),
  ],
};
