/**
 * Two builds from one config (TOOLCHAIN.md: one build cannot both externalise
 * and inline Lit):
 *
 * - `vite build` (npm): per-widget ES modules with lit, @lit/task, date-fns
 *   and valibot left as dependencies, for bundlers and import maps.
 * - `vite build --mode standalone`: dist/civic-widgets.js (one self-contained
 *   ES module) and dist/civic-widgets.iife.js (a classic script), for the
 *   one-script-tag embed. Lit in production mode.
 */
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Library mode keeps the white space of ES output (to preserve pure
 * annotations for bundlers). The script-tag module is final, so minify it.
 */
const minifyEsOutput: Plugin = {
  name: 'civic-minify-es-output',
  async generateBundle(options, bundle) {
    if (options.format !== 'es') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022' });
      chunk.code = result.code;
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

const external = (id: string) =>
  /^(lit|@lit\/task|date-fns|valibot)(\/|$)/.test(id) || /^@lit\//.test(id);

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
      define: { 'process.env.NODE_ENV': '"production"' },
      // Lit's css`` and html`` literals keep their white space and comments
      // unless minified here: about a third of the embed's bytes.
      plugins: [
        {
          ...minifyTemplateLiterals({ include: ['src/**/*.ts'], failOnError: true }),
          enforce: 'pre',
        } as Plugin,
        minifyEsOutput,
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        // No maps: the ES output is re-minified after bundling, which would make them wrong.
        sourcemap: false,
        // Library mode leaves ES output unminified by default; the embed must be small.
        minify: true,
        lib: {
          entry: 'src/define.ts',
          name: 'CivicWidgets',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? 'civic-widgets.js' : 'civic-widgets.iife.js'),
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
