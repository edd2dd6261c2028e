/**
 * Three builds from one config (TOOLCHAIN.md: one build cannot both
 * externalise and inline Lit, and Rollup does not split iife output):
 *
 * - `vite build` (npm): per-widget ES modules with lit and @lit/task
 *   left as dependencies, for bundlers and import maps.
 * - `vite build --mode standalone`: dist/civic-widgets.js, the small loader
 *   of the one-script-tag embed, and the chunks it imports on demand from
 *   dist/chunks/ (one per widget, shared code, one per language).
 * - `vite build --mode classic`: dist/civic-widgets.iife.js, a classic
 *   script with everything inlined.
 *
 * The script-tag builds run Lit in production mode and write
 * dist/chunks.json (each file's modules and their sizes) for the size table.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { transform } from 'esbuild';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

/**
 * The script-tag files are final, so they are minified once more with
 * Terser: library mode leaves the white space of ES output (to keep pure
 * annotations for bundlers), and Terser's names compress better than the
 * built-in minifier's (shared chunk 25.1 → 24.6 KB gzip, esbuild 25.1).
 */
const minifyOutput: Plugin = {
  name: 'civic-minify-output',
  async generateBundle(options, bundle) {
    const module = options.format === 'es';
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, { module, ecma: 2020, compress: { passes: 2 } });
      chunk.code = result.code ?? chunk.code;
    }
  },
};

/** npm entries, named as their source paths so that the JS sits beside tsc's .d.ts files. */
const npmEntries = Object.fromEntries(
  [
    'index',
    'define',
    'feed/index',
    ...['network-card', 'activity-feed', 'events-calendar', 'city-profile'].flatMap((tag) => [
      `widgets/${tag}/${tag}`,
      `widgets/${tag}/define`,
    ]),
  ].map((name) => [name, `src/${name}.ts`]),
);

const external = (id: string) => /^(lit|@lit\/task)(\/|$)/.test(id) || /^@lit\//.test(id);

/**
 * The classic script stays one file within its budget, so it leaves out what
 * the module script loads only when needed and the classic one would carry
 * always: the readers of iCalendar and RSS (about 14 KB gzip), whose
 * sources it refuses with a message naming the module script, and the JSON
 * locator, without which a feed that is not JSON is described
 * in the browser's own words (Chromium's include the line and column).
 */
const classicLeavesOut: Plugin = {
  name: 'civic-classic-leaves-out',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer?.includes('src/feed/loader')) return undefined;
    if (/\/direct\.js$/.test(source)) return '\0civic-no-readers';
    if (/\/json-locate\.js$/.test(source)) return '\0civic-no-json-locate';
    return undefined;
  },
  load(id) {
    if (id === '\0civic-no-json-locate') return 'export function describeSyntaxError() {}';
    if (id !== '\0civic-no-readers') return undefined;
    const message =
      'iCalendar, RSS, Atom and JSON Feed sources need the module script (civic-widgets.js); the classic script reads civic feeds only';
    return `export async function readDirect() {
  return { feed: null, failure: 'not-object', problems: [{ path: '', severity: 'error', message: ${JSON.stringify(message)} }] };
}`;
  },
};

/**
 * Our sources use TypeScript's (legacy) decorators, `@property()` and
 * `@state()` on fields. The script-tag builds give them a few lines of their
 * own instead of Lit's decorators (which also carry the standard-decorator
 * path and every other decorator) and of the compiler's general `decorate`
 * helper: about 1.8 KB of code down to 0.3 KB. Same effect as Lit's legacy
 * path: `createProperty` on the class, and the accessor's descriptor back
 * when the member is an accessor. The npm build keeps Lit's own.
 */
const smallDecorators: Plugin[] = [
  {
    name: 'civic-small-decorators',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'lit/decorators.js') return '\0civic-decorators';
      return source === '\0civic-decorate' ? source : undefined;
    },
    load(id) {
      if (id === '\0civic-decorators') {
        return `export const property = (options) => (proto, name) => {
  const own = Object.prototype.hasOwnProperty.call(proto, name);
  proto.constructor.createProperty(name, options);
  return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
};
export const state = (options) => property({ ...options, state: true, attribute: false });`;
      }
      if (id === '\0civic-decorate') {
        // Member decorators only (the only kind our sources use), applied last to first.
        return `export default (decorators, target, key, desc) => {
  for (let i = decorators.length; i--; ) desc = decorators[i](target, key, desc) || desc;
  if (desc) Object.defineProperty(target, key, desc);
};`;
      }
      return undefined;
    },
  },
  {
    // After the TypeScript transform, which adds the helper's import.
    name: 'civic-small-decorate-helper',
    transform(code, id) {
      if (!/[/\\]src[/\\].*\.ts$/.test(id)) return undefined;
      const helper = '"@oxc-project/runtime/helpers/decorate"';
      return code.includes(helper) ? code.replace(helper, '"\\0civic-decorate"') : undefined;
    },
  },
];

/**
 * The classic script inlines every dynamic import, and Rollup then wraps each
 * module that one reaches (Lit and every language pack among them) in a lazy
 * initialiser, which costs bytes and defeats minification. Everything is in
 * the one file anyway, so the classic build imports those modules statically:
 * `import('./x.js')` becomes the namespace of a static import, already loaded.
 */
const classicStaticImports: Plugin = {
  name: 'civic-classic-static-imports',
  transform(code, id) {
    if (!/[/\\]src[/\\].*\.ts$/.test(id)) return undefined;
    const added: string[] = [];
    const out = code.replace(
      /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g,
      (_whole, quote: string, path: string) => {
        const name = `__civicStatic${added.length}`;
        added.push(`import * as ${name} from ${quote}${path}${quote};`);
        return `Promise.resolve(${name})`;
      },
    );
    return added.length ? `${added.join('\n')}\n${out}` : undefined;
  },
};

/** Runs a module of plain data (types are stripped; it must have no runtime imports). */
async function evaluate(file: string): Promise<Record<string, unknown>> {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
}

/** English by section (the shared words, then each widget's), as `SECTION` in each file says. */
async function englishSections(): Promise<Record<string, unknown>[]> {
  const files = [
    'src/shared/strings/en-shared.ts',
    ...readdirSync('src/widgets').map((tag) => `src/widgets/${tag}/strings.ts`),
  ];
  const sections: Record<string, unknown>[] = [];
  for (const file of files.filter((file) => existsSync(file))) {
    const { SECTION, english } = (await evaluate(file)) as {
      SECTION: number;
      english: Record<string, unknown>;
    };
    if (sections[SECTION]) throw new Error(`${file}: section ${SECTION} is taken`);
    sections[SECTION] = english;
  }
  return sections;
}

/** A pack's values by English section (see compactPacks), its other members as code, and the keys it lacks. */
async function packValues(
  code: string,
  file: string,
): Promise<{ values: unknown[][]; others: string; missing: string[] }> {
  const sections = await englishSections();
  const pack = (await evaluate(file))[code] as Record<string, unknown>;
  const keys = sections.flatMap((section) => Object.keys(section));
  const others = Object.keys(pack)
    .filter((key) => !keys.includes(key))
    .map((key) => `${JSON.stringify(key)}: ${String(pack[key])},`)
    .join('');
  return {
    values: sections.map((section) => Object.keys(section).map((key) => pack[key])),
    others,
    missing: keys.filter((key) => !(key in pack)),
  };
}

/**
 * A language pack travels as values: for each section of English (the
 * shared words, then each widget's, which travel with the widget), the
 * values in that section's key order. The keys, the same in every pack,
 * were about 30 % of each pack's gzip bytes. The source stays key for key
 * (readable, type-checked); src/shared/strings/index.ts spreads the values
 * over the English keys it has. A pack's other members (Welsh's `intl`
 * loader) are kept as written.
 */
const compactPacks = (classic: boolean): Plugin => ({
  name: 'civic-compact-packs',
  enforce: 'pre',
  // Welsh names (cy-intl) carry their own copy of the Welsh pack, so that a
  // browser without Welsh data fetches one file, not the pack and then them
  // (the classic script has both in it already).
  async resolveId(source, importer) {
    if (classic || source !== './cy.js' || !importer?.endsWith('cy-intl.ts')) return undefined;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && `${resolved.id}?civic-copy`;
  },
  async load(id) {
    const code = /src[/\\]shared[/\\]strings[/\\]([a-z]{2})\.ts(\?civic-copy)?$/.exec(id)?.[1];
    if (!code || code === 'en') return undefined;
    const { values, others, missing } = await packValues(code, id.replace(/\?.*/, ''));
    if (missing.length) this.error(`${code}.ts lacks ${missing.join(', ')}`);
    const array = JSON.stringify(values);
    return `export const ${code} = ${others ? `Object.assign(${array}, { ${others} })` : array};`;
  },
});

/** Lists each output file's modules with their minified sizes, for scripts/build-size-table.mjs. */
const chunkReport = (file: string): Plugin => ({
  name: 'civic-chunk-report',
  generateBundle(_options, bundle) {
    const files = Object.values(bundle)
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => ({
        file: chunk.fileName,
        entry: chunk.isEntry,
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        modules: Object.fromEntries(
          Object.entries(chunk.modules).map(([id, info]) => [
            id.replace(/^.*?node_modules\//, 'node_modules/').replace(process.cwd() + '/', ''),
            info.renderedLength,
          ]),
        ),
      }));
    this.emitFile({ type: 'asset', fileName: file, source: JSON.stringify(files, null, 2) });
  },
});

/**
 * The classic script carries English and Welsh (the languages of the UK
 * councils it is mostly for) and reads any other language's words from a
 * JSON file beside it, fetched with its Subresource Integrity value checked:
 * data, never run, so the one file of code stays the only code a page runs
 * and its own `integrity` still covers all of it. The nine packs were
 * 7.0 KB of the classic script's 49.0 KB gzip. The files are
 * chunks/<language>-<hash>.json; src/embed/classic-packs.ts reads them.
 */
const classicPackFiles: Plugin = {
  name: 'civic-classic-pack-files',
  enforce: 'pre',
  async transform(code, id) {
    if (!/src[/\\]shared[/\\]strings[/\\]index\.ts$/.test(id)) return undefined;
    const pattern = /import\('\.\/([a-z]{2})\.js'\)\.then\(\(m\) => m\.\1\)/g;
    let out = code;
    let found = 0;
    for (const [whole, lang] of code.matchAll(pattern)) {
      if (lang === 'cy') continue;
      const file = join(dirname(id), `${lang}.ts`);
      const { values, others, missing } = await packValues(lang, file);
      if (missing.length || others)
        this.error(`${lang}.ts: not a plain pack for the classic script`);
      const json = JSON.stringify(values);
      const hash = createHash('sha256').update(json).digest('base64url').slice(0, 8);
      const fileName = `chunks/${lang}-${hash}.json`;
      const integrity = `sha384-${createHash('sha384').update(json).digest('base64')}`;
      this.emitFile({ type: 'asset', fileName, source: json });
      out = out.replace(
        whole,
        `__civicPack(${JSON.stringify(fileName)}, ${JSON.stringify(integrity)})`,
      );
      found++;
    }
    if (found !== 9) this.error(`expected the nine packs besides Welsh in ${id}, found ${found}`);
    const reader = JSON.stringify(join(process.cwd(), 'src/embed/classic-packs.ts'));
    return `import { classicPack as __civicPack } from ${reader};\n${out}`;
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'standalone' || mode === 'classic') {
    const classic = mode === 'classic';
    return {
      define: { 'process.env.NODE_ENV': '"production"' },
      // Lit's css`` and html`` literals keep their white space and comments
      // unless minified here: about a third of the embed's bytes.
      plugins: [
        {
          ...minifyTemplateLiterals({ include: ['src/**/*.ts'], failOnError: true }),
          enforce: 'pre',
        } as Plugin,
        compactPacks(classic),
        ...smallDecorators,
        ...(process.env.CIVIC_PROFILE ? [] : [minifyOutput]),
        chunkReport(classic ? 'chunks-classic.json' : 'chunks.json'),
        ...(classic ? [classicLeavesOut, classicPackFiles, classicStaticImports] : []),
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        // No maps: the ES output is re-minified after bundling, which would make them wrong.
        sourcemap: false,
        // Library mode leaves ES output unminified by default; the embed must be small.
        // CIVIC_PROFILE=1 keeps names readable for a CPU profile (never shipped).
        minify: !process.env.CIVIC_PROFILE,
        lib: {
          entry: classic ? 'src/embed/classic.ts' : 'src/embed/loader.ts',
          name: 'CivicWidgets',
          formats: [classic ? 'iife' : 'es'],
          fileName: () => (classic ? 'civic-widgets.iife.js' : 'civic-widgets.js'),
        },
        rollupOptions: {
          // An iife is never split: its dynamic imports are inlined.
          output: classic
            ? {}
            : {
                chunkFileNames: 'chunks/[name]-[hash].js',
                // One shared chunk for what two or more widgets use (Lit, the
                // feed layer, the base element, English), rather than a chunk per
                // combination of widgets: fewer requests, better compression.
                codeSplitting: {
                  groups: [
                    {
                      name: 'shared',
                      minShareCount: 2,
                      test: (id: string) =>
                        !/src[/\\](embed|shared[/\\]define|core[/\\]readers)/.test(id),
                    },
                  ],
                },
              },
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist/npm',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: { entry: npmEntries, formats: ['es'] },
      rollupOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
