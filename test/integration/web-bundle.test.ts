/**
 * `npm run web` as installed: scripts/web.mjs runs the browser-mode server from its ahead-of-time bundle
 * (out/cli/web.js, rebuilt when a source is newer) from any working directory: the printed URL serves the app, and
 * the API behind it finds the shipped templates and the export worker next to the bundle.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startUntilUrl, type Started } from '@bench/web-start'
// @ts-expect-error: a plain .mjs script without type declarations
import { cliBuildFresh, WEB_BUNDLE } from '../../scripts/build-cli.mjs'

const script = path.resolve(__dirname, '../../scripts/web.mjs')
let dir: string
let server: Started | undefined

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-web-bundle-'))
})
afterAll(async () => {
  await server?.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

it('starts from the bundle on a new home, serves the app and exports through the API', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, BIDBENCH_HOME: path.join(dir, 'home') }
  delete env.BIDBENCH_TEMPLATES_DIR
  server = await startUntilUrl(process.execPath, [script, '--no-open', '--port', '0'], {
    cwd: dir,
    env,
    timeoutMs: 600_000,
  })
  expect(cliBuildFresh()).toBe(true)
  await expect(fs.stat(WEB_BUNDLE)).resolves.toBeDefined()

  const page = await fetch(server.url)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('<div id="root"')

  const url = new URL(server.url)
  const api = async (method: string, input: unknown) => {
    const res = await fetch(`${url.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${url.searchParams.get('token')}`,
        'content-type': 'application/json',
        origin: url.origin,
      },
      body: JSON.stringify(input),
    })
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON over the wire; the fields read are checked
    return (await res.json()) as { ok: boolean; value?: any; error?: { code: string } }
  }
  // The first start wrote the sample workspace into the new home.
  const bids = await api('bids.list', {})
  expect(bids.value.map((b: { id: string }) => b.id)).toContain('bid-hospital-imaging')
  const start = await api('export.start', {
    bidId: 'bid-hospital-imaging',
    format: 'docx',
    decision: 'export-anyway',
  })
  expect(start.ok).toBe(true)
  let status = await api('export.status', { jobId: start.value.jobId, waitMs: 60_000 })
  while (status.value.state === 'running')
    status = await api('export.status', { jobId: start.value.jobId, waitMs: 60_000 })
  expect(status.value.state).toBe('done')
  const docx = await fs.readFile(status.value.result.path)
  expect(docx.subarray(0, 2).toString()).toBe('PK')
  expect(status.value.result.headings).toContain('投标函')
}, 900_000)
