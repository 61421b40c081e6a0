/**
 * The Electron build as shipped: `npm test` runs `electron-vite build` first (scripts/test.mjs), then this test
 * evaluates the built main and preload bundles in plain Node with a stub of the `electron` module
 * (test/fixtures/electron-stub; the Electron binary is not installed in CI). A bundle that no longer loads (a
 * dependency left external that Node cannot import, a missing worker entry) or that drops a contract method
 * fails here rather than on a user's machine.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '@shared/contract'

const run = promisify(execFile)
const root = path.resolve(__dirname, '../..')
const out = (p: string) => path.join(root, 'out', p)
const stub = (p: string) => path.join(root, 'test/fixtures/electron-stub', p)
let home: string

beforeAll(async () => {
  const missing = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'].filter(
    (p) => !existsSync(out(p)),
  )
  if (missing.length)
    throw new Error(`no Electron build (${missing.join(', ')}): run \`npm run build\` first`)
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-electron-'))
})
afterAll(async () => {
  await fs.rm(home, { recursive: true, force: true })
})

describe('the built Electron bundles', () => {
  it('main: evaluates, registers one IPC channel per contract method, opens the sample workspace and loads the built page with the built preload', async () => {
    const { stdout } = await run(process.execPath, ['--import', stub('register.mjs'), out('main/index.js')], {
      cwd: root,
      env: { ...process.env, BIDBENCH_HOME: home, ELECTRON_RENDERER_URL: '' },
      timeout: 240_000,
    })
    const r = JSON.parse(stdout.trim().split('\n').pop()!)
    expect([...r.channels].sort()).toEqual(METHOD_NAMES.map((m) => `bb:${m}`).sort())
    expect(r.loaded.file).toBe(out('renderer/index.html'))
    expect(r.loaded.preload).toBe(out('preload/index.cjs'))
    // The close waits for the page's flush (electron/main/close-flush.ts).
    expect(r.windowEvents).toContain('close')
    // The sample workspace was written and opened (its lock and documents are on disk).
    expect((await fs.readdir(home)).length).toBeGreaterThan(0)
  }, 300_000)

  it('preload: exposes exactly one function per contract method under window.bidbench, and the close handshake registration', async () => {
    const { stdout } = await run(process.execPath, ['-r', stub('preload.cjs'), out('preload/index.cjs')], {
      cwd: root,
      timeout: 60_000,
    })
    const exposed = JSON.parse(stdout.trim().split('\n').pop()!)
    expect(Object.keys(exposed)).toEqual(['bidbench', 'bidbenchLifecycle'])
    expect([...exposed.bidbench].sort()).toEqual([...METHOD_NAMES].sort())
    expect(exposed.bidbenchLifecycle).toEqual(['onFlushRequest'])
  })

  it('the worker entries the main bundle starts by path are built next to it and parse', async () => {
    for (const w of ['export-worker.js', 'import-worker.js']) {
      await expect(run(process.execPath, ['--check', out(`main/${w}`)])).resolves.toBeDefined()
    }
  })
})
