import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { fileURLToPath } from 'node:url'
import { aliases, rendererConfig } from './renderer/vite.config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: here('./out/main'),
      // Bundled, not required at run time: Node refuses a JSON module imported without { type: 'json' }, and the
      // built import loses the attribute (test/integration/electron-bundle.test.ts loads the bundle to catch it).
      externalizeDeps: { exclude: ['chinese-days'] },
      rollupOptions: {
        input: {
          index: here('./electron/main/index.ts'),
          // The export worker thread (docx/xlsx off the main thread) is loaded by path next to index.js.
          'export-worker': here('./electron/services/export/jobs/export-worker.ts'),
          // The import worker (every untrusted file is parsed there, under memory and time limits).
          'import-worker': here('./electron/services/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    // A sandboxed preload cannot load ES modules: it must be CommonJS.
    build: {
      outDir: here('./out/preload'),
      rollupOptions: {
        input: { index: here('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: here('./out/renderer'),
      rollupOptions: { ...rendererConfig.build?.rollupOptions, input: here('./renderer/index.html') },
    },
    plugins: [react()],
  },
})
