import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './renderer/vite.config'

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: { index: 'electron/main/index.ts' } } },
  },
  preload: {
    // A sandboxed preload cannot load ES modules: it must be CommonJS.
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: { ...rendererConfig, build: { ...rendererConfig.build, outDir: 'out/renderer' }, plugins: [react()] },
})
