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
import { defineConfig } from 'vite';

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'network-card/network-card': 'src/widgets/network-card/network-card.ts',
  'network-card/define': 'src/widgets/network-card/define.ts',
  'activity-feed/activity-feed': 'src/widgets/activity-feed/activity-feed.ts',
  'activity-feed/define': 'src/widgets/activity-feed/define.ts',
  'events-calendar/events-calendar': 'src/widgets/events-calendar/events-calendar.ts',
  'events-calendar/define': 'src/widgets/events-calendar/define.ts',
  'city-profile/city-profile': 'src/widgets/city-profile/city-profile.ts',
  'city-profile/define': 'src/widgets/city-profile/define.ts',
  'feed/index': 'src/feed/index.ts',
};

const external = (id: string) =>
  /^(lit|@lit\/task|date-fns|valibot)(\/|$)/.test(id) || /^@lit\//.test(id);

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: true,
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
