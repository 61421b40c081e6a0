import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'

export interface BidBenchServer {
  url: string
  /** The workspace folder the server opened (the sample data, freshly written for this test). */
  workspace: string
  home: string
  child: ChildProcess
}

/** Starts `npm run web`'s server on a free port over a fresh copy of the sample workspace. */
export async function startServer(opts: { demo?: boolean } = {}): Promise<BidBenchServer> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-'))
  const workspace = path.join(home, 'ws')
  const tsx = path.resolve('node_modules/.bin/tsx')
  if (opts.demo !== false) {
    await new Promise<void>((resolve, reject) => {
      const c = spawn(tsx, ['electron/cli/index.ts', 'demo', workspace], { stdio: 'ignore' })
      c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo exited ${code}`))))
    })
  }
  const child = spawn(tsx, ['electron/web/main.ts', '--no-open', '--port', '0', '--workspace', workspace], {
    env: { ...process.env, BIDBENCH_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out} ${err}`)), 30_000)
    child.stdout!.on('data', (d) => {
      out += d
      const m = out.match(/BidBench running at (\S+)/)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.stderr!.on('data', (d) => (err += d))
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)))
  })
  return { url, workspace, home, child }
}

export async function stopServer(s: BidBenchServer): Promise<void> {
  s.child.kill('SIGTERM')
  await new Promise((r) => s.child.once('exit', r))
  await fs.rm(s.home, { recursive: true, force: true })
}

type Fixtures = { server: BidBenchServer; app: Page }

/** `server`: a running browser mode on the sample workspace; `app`: a page already showing it. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const s = await startServer()
    await use(s)
    await stopServer(s)
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.url)
    await expect(page.getByTestId('save-state')).toBeVisible()
    await use(page)
  },
})

export { expect }
