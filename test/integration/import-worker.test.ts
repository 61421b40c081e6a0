/**
 * The import worker facility (issue 18): every untrusted file is read in a worker thread with a heap limit and a
 * wall-time limit; a limit hit is a typed IMPORT_REJECTED with its reason in Chinese and English; the main thread
 * keeps answering other calls while an import runs.
 */
import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importRequirementsXlsx } from '@services/bids/import-requirements'
import { AppContext } from '@services/app-context'
import { runImport } from '@services/import/run-import'
import { createWorkspace } from '@services/store'
import { startWebServer, type WebServer } from '@web/server'
import { AppError } from '@shared/errors'

async function requirementsXlsx(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('招标要求')
  ws.addRow(['序号', '章节', '要求'])
  for (let i = 1; i <= rows; i++) ws.addRow([i, `第${i % 7}章`, `★ 技术要求第 ${i} 条，支持国产化适配`])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e, 'expected a rejection').toBeInstanceOf(AppError)
  return e as AppError
}

const reasonOf = (e: AppError) => (e.details as { reason?: string }).reason

let small: Buffer
beforeAll(async () => {
  small = await requirementsXlsx(200)
})

describe('runImport', () => {
  it('returns what the importer returns in-process, as plain data', async () => {
    const inWorker = await runImport('requirements-xlsx', small, {})
    const inProcess = await importRequirementsXlsx(small)
    // Requirement ids are fresh random ids on every read; everything else is the same.
    const noIds = (r: typeof inProcess) => ({
      ...r,
      requirements: r.requirements.map((q) => ({ ...q, id: '' })),
    })
    expect(noIds(inWorker)).toEqual(JSON.parse(JSON.stringify(noIds(inProcess))))
    expect(inWorker.requirements).toHaveLength(200)
  })

  it('passes the task’s own typed error through unchanged (zh and en)', async () => {
    const e = await rejection(runImport('requirements-xlsx', Buffer.from('序号,要求\n1,abc\n'), {}))
    expect(e.code).toBe('IMPORT_REJECTED')
    expect(reasonOf(e)).toBe('NOT_ZIP')
    expect(e.zh).toMatch(/^导入的文件不安全或无法识别：/)
    expect(e.en).toMatch(/^The imported file is unsafe or not recognised: /)
  })

  it('refuses a file over the size limit before any worker starts', async () => {
    const e = await rejection(runImport('requirements-xlsx', small, {}, { maxFileBytes: 1000 }))
    expect(reasonOf(e)).toBe('FILE_TOO_LARGE')
    expect(e.zh).toContain('超过导入上限')
  })

  it('stops a worker that needs more heap than allowed: OUT_OF_MEMORY', async () => {
    const e = await rejection(runImport('requirements-xlsx', small, {}, { maxHeapMb: 4 }))
    expect(reasonOf(e)).toBe('OUT_OF_MEMORY')
    expect(e.zh).toContain('内存超过 4 MB 上限')
    expect(e.en).toContain('more than the 4 MB memory limit')
  })

  it('terminates a worker that takes longer than allowed: TOO_SLOW', async () => {
    const e = await rejection(runImport('requirements-xlsx', small, {}, { timeoutMs: 1 }))
    expect(reasonOf(e)).toBe('TOO_SLOW')
    expect(e.zh).toContain('已中止')
    expect(e.en).toContain('was stopped')
  })

  it('cancels on an abort signal', async () => {
    const ac = new AbortController()
    const p = runImport('requirements-xlsx', small, {}, { signal: ac.signal })
    ac.abort()
    expect((await rejection(p)).code).toBe('CANCELLED')
  })
})

describe('the server stays responsive during an import', () => {
  let dir: string
  let ctx: AppContext
  let server: WebServer
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-impw-'))
    await fs.mkdir(path.join(dir, 'static'))
    await fs.writeFile(path.join(dir, 'static', 'index.html'), '<!doctype html>')
    ctx = new AppContext('http', path.join(dir, 'home'))
    const ws = await createWorkspace(path.join(dir, 'ws'), { name: '导入' })
    await ws.create('bids', { id: 'b1', title: '某项目' })
    await ctx.adopt(ws)
    server = await startWebServer({ ctx, staticDir: path.join(dir, 'static') })
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  const call = (method: string, body: unknown) =>
    fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ ok: boolean; value?: unknown }>)

  it('answers app.info while a large import is still being parsed', async () => {
    const big = await requirementsXlsx(5_000)
    let importDone = false
    const imported = call('bids.importRequirements', {
      bidId: 'b1',
      dataBase64: big.toString('base64'),
    }).finally(() => (importDone = true))
    const answeredDuringImport: boolean[] = []
    while (!importDone) {
      const info = await call('app.info', {})
      expect(info.ok).toBe(true)
      answeredDuringImport.push(!importDone)
    }
    const r = await imported
    expect(r).toMatchObject({ ok: true })
    console.log(
      `import-worker: ${answeredDuringImport.filter(Boolean).length} app.info answers during the import`,
    )
    expect(answeredDuringImport.filter(Boolean).length).toBeGreaterThan(1)
  })
})
