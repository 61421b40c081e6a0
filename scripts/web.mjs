// `npm run web`: builds the renderer when its sources are newer than the build (quietly), then starts
// the browser mode, which prints exactly one line: the URL to open.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'renderer/dist/index.html')

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

export function ensureRendererBuilt() {
  const sources = Math.max(
    newest(join(root, 'renderer/src')),
    newest(join(root, 'shared')),
    statSync(join(root, 'renderer/index.html')).mtimeMs,
  )
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) return
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(root, 'renderer/vite.config.ts'), '--logLevel', 'error'],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: root },
  )
  if (r.status !== 0) {
    process.stderr.write('BidBench: renderer build failed\n')
    process.exit(r.status ?? 1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureRendererBuilt()
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const child = spawn(process.execPath, [tsx, join(root, 'electron/web/main.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
  })
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code) => process.exit(code ?? 0))
}
