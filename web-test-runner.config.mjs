import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
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

/** The calendar's time-zone tests again, with the browser itself in three other zones. */
const VIEWER_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [feedTestServer],
  browsers: [chromium({ timezoneId: 'Europe/London' })],
  groups: [
    ...VIEWER_ZONES.map((timezoneId) => ({
      name: `viewer-${timezoneId.replace('/', '-')}`,
      files: ['tests/browser/events-calendar/time-zones.test.ts'],
      browsers: [chromium({ timezoneId })],
    })),
  ],
};
