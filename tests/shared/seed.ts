/**
 * The one seed for property tests and fuzzers, in Node and in the browser.
 * `npm test` always runs the fixed seed below, so a red run is a code change,
 * never luck. Other seeds are opt-in: `FC_SEED=1234 npm test` replays one,
 * `FC_SEED=random` draws one (printed, so a failure can be replayed).
 * In the browser the value arrives through `globalThis.__FC_SEED__`, which
 * web-test-runner.config.mjs writes into the test page from the same variable.
 */
export const FIXED_SEED = 20261203;

function requested(): string | undefined {
  const fromPage = (globalThis as { __FC_SEED__?: string }).__FC_SEED__;
  if (fromPage) return fromPage;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.FC_SEED || undefined;
}

function resolveSeed(): number {
  const value = requested();
  if (!value) return FIXED_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", got "${value}"`);
  return seed;
}

export const SEED = resolveSeed();

let printed = false;
/** Prints the seed once per test file, so every log says how to replay the run. */
export function announceSeed(where: string): number {
  if (!printed) {
    printed = true;
    console.log(`${where}: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);
  }
  return SEED;
}
