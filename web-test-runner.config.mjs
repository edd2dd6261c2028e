import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
import { feedTestServer } from './tests/browser/server-plugin.mjs';
import { summaryReporter } from './tests/browser/summary-reporter.mjs';

const executablePath = ensureChromium();

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [feedTestServer],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
