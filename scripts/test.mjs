// `npm test`: typecheck, lint, unit + integration tests (vitest), then the e2e tests in Chromium.
// Each step runs even if an earlier one failed, so one run shows every problem; the exit code is
// non-zero when any step failed.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules/.bin', name)
const steps = [
  ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['eslint', bin('eslint'), ['.']],
  ['prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  // The Electron bundles (main, preload, workers, renderer): test/integration/electron-bundle.test.ts loads them.
  ['electron build', bin('electron-vite'), ['build', '--logLevel', 'warn']],
  ['vitest', bin('vitest'), ['run']],
  ['playwright', bin('playwright'), ['test']],
]
const only = process.argv.slice(2)
const failed = []
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue
  const t = Date.now()
  process.stdout.write(`\n=== ${name} ===\n`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: process.env })
  const secs = ((Date.now() - t) / 1000).toFixed(1)
  process.stdout.write(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${secs}s) ===\n`)
  if (r.status !== 0) failed.push(name)
}
if (failed.length) {
  process.stdout.write(`\nnpm test failed: ${failed.join(', ')}\n`)
  process.exit(1)
}
process.stdout.write('\nnpm test: all steps passed\n')
