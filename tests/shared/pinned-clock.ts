/**
 * The clock every browser test page runs on (Web Test Runner and the
 * Storybook tests load this before any test). "Today" is always the same day,
 * whatever the machine's date, so no test turns red on the day the real
 * calendar reaches a fixture's month. Time still moves from that instant on,
 * so timers, retries and ages behave. Another day is opt-in:
 * `CIVIC_NOW=2027-03-01T09:00:00Z npm test` (the tests are written for the
 * default day, so expect the date-sensitive ones to say so).
 */
export const PINNED_NOW = '2026-11-18T10:00:00Z';

const requested = (globalThis as { __CIVIC_NOW__?: string }).__CIVIC_NOW__ || PINNED_NOW;
const pinned = Date.parse(requested);
if (Number.isNaN(pinned)) throw new Error(`CIVIC_NOW is not a date: ${requested}`);

const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
const shift = pinned - realNow();

class PinnedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(realNow() + shift);
    else super(...(args as [string]));
  }

  static override now(): number {
    return realNow() + shift;
  }
}

globalThis.Date = PinnedDate as DateConstructor;
