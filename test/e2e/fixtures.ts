import { test as base, expect, type Page } from '@playwright/test'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { SAMPLE_WORKSPACE_NAME } from '@services/sample-workspace'
import { createWorkspace } from '@services/store'
import { startWebServer } from '@web/server'

export interface BidBenchServer {
  url: string
  /** The workspace folder the server opened (the sample data, freshly written for this test). */
  workspace: string
  home: string
  close(): Promise<void>
}

/**
 * The browser mode exactly as `npm run web` runs it (same server, same services, same built renderer),
 * started inside the test worker over a fresh copy of the sample workspace: no process to spawn and no
 * TypeScript to compile per test.
 */
export async function startServer(opts: { demo?: boolean } = {}): Promise<BidBenchServer> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-'))
  const workspace = path.join(home, 'ws')
  const ctx = new AppContext('http', home)
  const ws = await createWorkspace(workspace, { name: SAMPLE_WORKSPACE_NAME, app: 'bidbench-e2e' })
  if (opts.demo !== false) await writeDemoData(ws)
  await ctx.adopt(ws)
  const server = await startWebServer({ ctx, staticDir: path.resolve('renderer/dist') })
  return {
    url: server.url,
    workspace,
    home,
    close: async () => {
      await server.close()
      await ctx.close()
    },
  }
}

export async function stopServer(s: BidBenchServer): Promise<void> {
  await s.close()
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
