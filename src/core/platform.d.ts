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
