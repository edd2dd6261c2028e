/**
 * The English words every widget shares (loading, errors, updates), in the
 * shared chunk; each widget's own words travel with its code. Section 0 of
 * every language pack (./en.ts puts the sections together).
 */
export const SECTION = 0;

export const english = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'Check your internet connection, then try again.',
  errorServer: 'The feed’s server is not answering. Try again in a few minutes.',
  errorPublisher: 'The feed has a mistake that its publisher needs to fix. Please tell them:',
  retryDone: 'Loaded.',
  refreshPause: 'Pause updates',
  refreshFailed: 'Could not update. Showing information from {time}.',
} as const;
