// `npm run web`: brings the renderer build and the server bundle up to date when a source is newer (quietly; `npm
// install` already built both, see scripts/prepare.mjs), then runs the browser mode in this process. It prints
// exactly one line: the URL to open.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { builtAfter } from './fresh.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'renderer/dist/index.html')
const RENDERER_SOURCES = [
  'renderer/src',
  'renderer/index.html',
  'renderer/vite.config.ts',
  'shared',
  'tsconfig.base.json',
].map((s) => join(root, s))

export function buildRenderer() {
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

export function ensureRendererBuilt() {
  if (!builtAfter(dist, RENDERER_SOURCES)) buildRenderer()
}

async function main() {
  ensureRendererBuilt()
  // The bundle lives in out/cli, not next to the sources: tell it where the shipped templates are.
  process.env.BIDBENCH_TEMPLATES_DIR ??= join(root, 'templates')
  const { ensureCliBuilt, WEB_BUNDLE } = await import('./build-cli.mjs')
  try {
    await ensureCliBuilt()
  } catch (e) {
    // No esbuild: the sources run through tsx, as before the bundle existed.
    process.stderr.write(`BidBench: server build failed, running from the sources (${e?.message ?? e})\n`)
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const args = [tsx, join(root, 'electron/web/main.ts'), ...process.argv.slice(2)]
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root })
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
    child.on('exit', (code) => process.exit(code ?? 0))
    return
  }
  await import(pathToFileURL(WEB_BUNDLE).href)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
