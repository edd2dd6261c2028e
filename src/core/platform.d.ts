/**
 * The two web-platform globals the core uses, which browsers and Node both
 * provide. Declared here because the core is compiled without the DOM and
 * Node type libraries (tsconfig.json in this folder), so that nothing else
 * from either can creep in.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}

/* Used by the readers (src/core/readers): bytes to text, and feed validation (src/feed/parse.ts). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare const performance: { now(): number };
declare function setTimeout(callback: () => void, ms?: number): unknown;
