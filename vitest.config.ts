import { defineConfig } from 'vitest/config'
import { aliases } from './renderer/vite.config'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['shared/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Many integration tests wait on child processes (LibreOffice, killed writers): two workers overlap them.
    maxWorkers: 2,
  },
})
