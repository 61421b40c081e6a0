// `npm start`: the desktop app when the Electron binary is there (its bundles rebuilt only when a source is newer);
// otherwise one line saying why, then the browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtAfter } from './fresh.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules/electron')
const BUNDLES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const SOURCES = [
  'electron',
  'shared',
  'renderer/src',
  'renderer/index.html',
  'renderer/vite.config.ts',
  'electron.vite.config.ts',
  'tsconfig.base.json',
  'package.json',
]

/** electron-vite writes the three bundles in turn: each must be newer than every source. */
function bundlesFresh() {
  const sources = SOURCES.map((s) => join(root, s))
  return BUNDLES.every((b) => builtAfter(join(root, b), sources))
}

function electronBinary() {
  try {
    const rel = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim()
    const bin = join(electronDir, 'dist', rel)
    return existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

let bin = electronBinary()
if (!bin && existsSync(join(electronDir, 'install.js'))) {
  // npm may have skipped Electron's download script; try it once, bounded, quietly.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 45_000,
    cwd: electronDir,
  })
  bin = electronBinary()
}

function web(reason) {
  process.stdout.write(
    `BidBench: ${reason}; starting the browser mode instead (未找到 Electron，改用浏览器模式).\n`,
  )
  const child = spawn(process.execPath, [join(root, 'scripts/web.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (!bin) web('the Electron binary is not installed and could not be downloaded')
else if (bundlesFresh()) startElectron()
else {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'],
    { stdio: 'inherit', cwd: root },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
  startElectron()
}

function startElectron() {
  const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root })
  child.on('error', (e) => web(`Electron failed to start (${e.message})`))
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null && code !== null) web(`Electron exited with code ${code} (no display?)`)
    else process.exit(code ?? 0)
  })
}
