// `npm run dev`: the development loop. Where the Electron binary is installed, `electron-vite dev` (renderer hot
// reload; main/index.ts loads ELECTRON_RENDERER_URL). Otherwise the browser mode: the API server of `npm run web`
// on one port and Vite's dev server (hot reload) on another, proxying /api to it. Prints one line: the URL to open.
// Options: --port N (the page's port, default 5173), --workspace DIR (as npm run web).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** The Electron binary, only if it is already there: requiring `electron` would try to download it. */
function electronInstalled() {
  const dir = join(root, 'node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  return existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

function forward(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code) => process.exit(code ?? 0))
}

/** Starts the API server and resolves with its printed URL (origin and token). */
function apiServer(workspace) {
  const args = [require.resolve('tsx/cli'), join(root, 'electron/web/main.ts'), '--no-open']
  if (workspace) args.push('--workspace', workspace)
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  forward(child)
  return new Promise((resolve) => {
    let buf = ''
    child.stdout.on('data', (d) => {
      buf += d
      const m = /running at (http:\/\/[^/\s]+)\/\?token=(\S+)/.exec(buf)
      if (m) resolve({ origin: m[1], token: m[2] })
    })
  })
}

async function browserMode(port, workspace) {
  const api = await apiServer(workspace)
  const { createServer } = await import('vite')
  const server = await createServer({
    configFile: join(root, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy: {
        // The API server accepts only its own origin; the page is ours too, on another port.
        '/api': {
          target: api.origin,
          changeOrigin: true,
          configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', api.origin)),
        },
      },
    },
  })
  await server.listen()
  process.stdout.write(`BidBench (dev) running at http://127.0.0.1:${port}/?token=${api.token}\n`)
}

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5173' }, workspace: { type: 'string' } },
  strict: true,
})
if (electronInstalled()) {
  forward(
    spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'dev'], {
      cwd: root,
      stdio: 'inherit',
    }),
  )
} else {
  await browserMode(Number(values.port), values.workspace)
}
