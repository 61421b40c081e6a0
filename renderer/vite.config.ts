import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const repo = fileURLToPath(new URL('..', import.meta.url))

/**
 * The path aliases (@shared/…, @renderer/…) for vite, electron-vite and vitest, read from the one list in
 * tsconfig.base.json ("@x/*": ["./dir/*"]) that tsc, tsx, esbuild and Playwright read themselves.
 */
export const aliases: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      JSON.parse(readFileSync(`${repo}tsconfig.base.json`, 'utf8')) as {
        compilerOptions: { paths: Record<string, string[]> }
      }
    ).compilerOptions.paths,
  ).map(([k, [v]]) => [k.replace(/\/\*$/, ''), repo + v.replace(/^\.\//, '').replace(/\/\*$/, '')]),
)

export const rendererConfig: UserConfig = {
  root,
  resolve: { alias: aliases },
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      output: {
        // Keep the big libraries in their own chunks so the first paint does not wait on charts.
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts'
          if (
            id.includes('node_modules/antd') ||
            id.includes('node_modules/@ant-design') ||
            id.includes('node_modules/rc-')
          )
            return 'antd'
          return undefined
        },
      },
    },
  },
}

export default defineConfig({ ...rendererConfig, plugins: [react()], logLevel: 'warn' })
