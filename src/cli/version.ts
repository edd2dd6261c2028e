/**
 * The package version. The bundle gets it from scripts/build-cli.mjs (esbuild
 * `define`); run from source (tsx), it is read from package.json.
 */
import { readFileSync } from 'node:fs';

declare const __CIVIC_FEED_VERSION__: string | undefined;

function fromPackageJson(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const VERSION: string =
  typeof __CIVIC_FEED_VERSION__ === 'string' ? __CIVIC_FEED_VERSION__ : fromPackageJson();
