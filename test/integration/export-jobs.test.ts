import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { runningExportWorkers } from '@services/export/jobs/run-in-worker'
import type { JobStatus } from '@shared/contract/export'
import type { ApiErrorShape } from '@shared/errors'
import {
  acknowledgeVetoes,
  addBigBid,
  listAll,
  makeWorld,
  waitFor,
  type JobWorld,
} from './export-jobs-fixtures'

let world: JobWorld | null = null
afterEach(async () => {
  await world?.ctx.close()
  if (world) await fs.rm(world.root, { recursive: true, force: true })
  world = null
})

async function api<T>(w: JobWorld, method: string, input: unknown): Promise<T> {
  const r = await dispatch(w.ctx, method, input)
  if (!r.ok) throw r.error
  return r.value as T
}
async function apiError(w: JobWorld, method: string, input: unknown): Promise<ApiErrorShape> {
  const r = await dispatch(w.ctx, method, input)
  if (r.ok) throw new Error(`${method} succeeded; expected an error`)
  return r.error
}
const status = (w: JobWorld, jobId: string) => api<JobStatus>(w, 'export.status', { jobId })
const finished = (w: JobWorld, jobId: string) =>
  waitFor(
    () => status(w, jobId),
    (s) => s.state !== 'running',
    120_000,
  )

describe('export jobs', () => {
  it('exports the bid in a worker: progress climbs to the total, the file lands in exports/, download returns it', async () => {
    const w = (world = await makeWorld('docx'))
    await acknowledgeVetoes(w.ws, 'b1')
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'b1',
      format: 'docx',
      copy: '副本',
    })
    const seen: JobStatus[] = []
    const last = await waitFor(
      async () => {
        const s = await status(w, jobId)
        seen.push(s)
        return s
      },
      (s) => s.state !== 'running',
    )
    expect(last.state).toBe('done')
    // 11 sections + cover + table of contents, then packing and writing: 15 steps.
    expect(last.total).toBe(15)
    expect(last.done).toBe(15)
    const dones = seen.map((s) => s.done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    const r = last.result!
    expect(r.kind).toBe('bid-docx')
    expect(r.fileName).toMatch(/^智慧园区综合管理平台建设项目_投标文件_副本-\d{8}-\d{6}\.docx$/)
    expect(r.path).toBe(path.join(w.exportsDir, r.fileName))
    expect(await listAll(w.exportsDir)).toEqual([r.fileName])
    const bytes = await fs.readFile(r.path)
    expect(r.bytes).toBe(bytes.length)
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain('智慧园区综合管理平台建设项目')
    expect(xml).toContain('副本')
    // Every listed material goes out with its scan: nothing to warn about, nothing missing.
    expect(r.warnings).toEqual([])
    expect(r.missingMaterials).toEqual([])
    const dl = await api<{ fileName: string; dataBase64: string }>(w, 'export.download', { jobId })
    expect(dl.fileName).toBe(r.fileName)
    expect(Buffer.from(dl.dataBase64, 'base64').equals(bytes)).toBe(true)
    // Acknowledged findings do not count: nothing was asked, nothing recorded.
    expect((await w.ws.get('bids', 'b1')).exportDecisions).toEqual([])
  })

  it('exports the Excel tables (开标一览表, 报价明细表, 偏离表) into exports/', async () => {
    const w = (world = await makeWorld('xlsx'))
    await acknowledgeVetoes(w.ws, 'b1')
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', { bidId: 'b1', format: 'xlsx' })
    const s = await finished(w, jobId)
    expect(s.state).toBe('done')
    expect([s.done, s.total]).toEqual([5, 5])
    expect(s.result!.fileName).toMatch(/^智慧园区综合管理平台建设项目_报价及偏离表-\d{8}-\d{6}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(s.result!.path)
    expect(wb.worksheets.map((x) => x.name)).toEqual(['开标一览表', '报价明细表', '商务偏离表', '技术偏离表'])
    expect(await listAll(w.exportsDir)).toEqual([s.result!.fileName])
  })

  it('refuses options that only a Word export has, for Excel', async () => {
    const w = (world = await makeWorld('bad'))
    const e = await apiError(w, 'export.start', { bidId: 'b1', format: 'xlsx', copy: '正本' })
    expect(e.code).toBe('VALIDATION')
    const e2 = await apiError(w, 'export.status', { jobId: 'job-nope' })
    expect(e2.code).toBe('NOT_FOUND')
    const e3 = await apiError(w, 'export.start', { bidId: 'nope', format: 'docx' })
    expect(e3.code).toBe('NOT_FOUND')
    expect(await listAll(w.exportsDir)).toEqual([])
  })

  it('reports a failure inside the worker with its own code and leaves no file', async () => {
    const w = (world = await makeWorld('fail'))
    await acknowledgeVetoes(w.ws, 'b1')
    // A broken workspace override of a standard form: the exporter refuses it, in the worker thread.
    await fs.mkdir(path.join(w.ws.dir, 'templates', 'forms'), { recursive: true })
    await fs.writeFile(path.join(w.ws.dir, 'templates', 'forms', '投标函.json'), '{ not json')
    // The gate builds the print model from the templates in the worker: the export is refused before it starts.
    const e = await apiError(w, 'export.start', { bidId: 'b1', format: 'docx' })
    expect(e.code).toBe('VALIDATION')
    expect(e.message.zh).toContain('投标函.json')
    expect(await listAll(w.exportsDir)).toEqual([])
  })
})

describe('cancel', () => {
  it('mid-way through the sections: the job ends cancelled, exports/ holds no file and no temp file', async () => {
    const w = (world = await makeWorld('cancel'))
    await addBigBid(w.ws, 500)
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'big',
      format: 'docx',
      decision: 'export-anyway',
    })
    await waitFor(
      () => status(w, jobId),
      (s) => s.done >= 50,
    )
    const c = await api<JobStatus>(w, 'export.cancel', { jobId })
    expect(c.state).toBe('cancelled')
    expect(c.error!.code).toBe('CANCELLED')
    expect(c.done).toBeLessThan(504)
    expect(await listAll(w.exportsDir)).toEqual([])
    // Nothing turns up later either: the cancel returned after the worker exited, so nothing finishes in the background.
    expect(runningExportWorkers()).toBe(0)
    expect((await status(w, jobId)).state).toBe('cancelled')
  }, 120_000)

  it('while docx packs the file (synchronous work the worker cannot interrupt): the worker is terminated', async () => {
    const w = (world = await makeWorld('cancel-pack'))
    await addBigBid(w.ws, 500)
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'big',
      format: 'docx',
      decision: 'export-anyway',
    })
    // 2 front parts + 500 sections done: the next step is Packer.toBuffer, seconds of synchronous work.
    await waitFor(
      () => status(w, jobId),
      (s) => s.done >= 502,
      120_000,
    )
    const c = await api<JobStatus>(w, 'export.cancel', { jobId })
    expect(c.state).toBe('cancelled')
    // The pack never finished: the progress stayed where the cancel found it, and no file appeared.
    expect(c.done).toBeLessThan(504)
    expect(await listAll(w.exportsDir)).toEqual([])
    // The worker was terminated before the cancel returned.
    expect(runningExportWorkers()).toBe(0)
    expect((await status(w, jobId)).done).toBe(c.done)
  }, 120_000)
})

describe('a 500-section bid', () => {
  it('exports while the main thread keeps answering requests, even while docx packs the file', async () => {
    const w = (world = await makeWorld('big'))
    await addBigBid(w.ws, 500)
    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'big',
      format: 'docx',
      decision: 'export-anyway',
    })
    // 2 front parts + 500 sections done: Packer.toBuffer then runs for seconds without yielding. Were it on this
    // thread, no status request could be answered until it finished, and the first answer would say 'done'.
    const packing = await waitFor(
      () => status(w, jobId),
      (s) => s.done >= 502 || s.state !== 'running',
      120_000,
    )
    expect(packing.state).toBe('running')
    // Any other request is served the same way meanwhile.
    const bid = await api<{ sections: unknown[] }>(w, 'bids.get', { id: 'big' })
    expect(bid.sections).toHaveLength(500)
    const s = await finished(w, jobId)
    expect(s.state).toBe('done')
    expect([s.done, s.total]).toEqual([504, 504])
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(s.result!.path))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toContain('第500节')
  }, 180_000)
})

describe('checks before export', () => {
  it('blocks on open 否决风险 findings, then records go-back and export-anyway in the bid', async () => {
    const w = (world = await makeWorld('veto'))
    await twoPrices(w.ws)
    const e = await apiError(w, 'export.start', { bidId: 'b1', format: 'docx' })
    expect(e.code).toBe('VETO_FINDINGS')
    const details = e.details as {
      blocked: boolean
      findings: { ruleId: string; severity: string; phase: string; printedIn?: { title: string }[] }[]
      ruleIds: string[]
    }
    // The 投标函 prints another price than the 开标一览表 (P01, named where printed). Seals and signatures not
    // yet done (L06) and copies not planned (L07) are 封装 items: done on the printed copies, never blocking.
    expect(details.blocked).toBe(true)
    expect(details.ruleIds).toEqual(['P01'])
    expect(details.findings[0].printedIn?.map((p) => p.title)).toEqual(['开标一览表', '投标函'])
    expect(details.findings.every((f) => f.severity === '否决风险' && f.phase === '编制')).toBe(true)
    expect(e.message.zh).toContain(`${details.findings.length} 项否决风险`)
    expect(await listAll(w.exportsDir)).toEqual([])
    expect((await w.ws.get('bids', 'b1')).exportDecisions).toEqual([])

    const back = await api<{ decision: { choice: string; vetoFindings: number; ruleIds: string[] } }>(
      w,
      'export.recordDecision',
      { bidId: 'b1', choice: 'go-back' },
    )
    expect(back.decision.choice).toBe('go-back')
    expect(back.decision.vetoFindings).toBe(details.findings.length)

    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'b1',
      format: 'docx',
      decision: 'export-anyway',
    })
    expect((await finished(w, jobId)).state).toBe('done')
    const saved = (await w.ws.get('bids', 'b1')).exportDecisions
    expect(saved.map((d) => d.choice)).toEqual(['go-back', 'export-anyway'])
    expect(saved[1].vetoFindings).toBe(details.findings.length)
    expect(saved[1].ruleIds).toEqual(details.ruleIds)
    expect(Date.parse(saved[1].at)).toBeGreaterThanOrEqual(Date.parse(saved[0].at))
  })

  it('a read-only workspace cannot record the decision, so it does not export', async () => {
    const w = (world = await makeWorld('ro'))
    await twoPrices(w.ws)
    const dir = w.ws.dir
    await w.ctx.close()
    await w.ctx.open(dir, true)
    const e = await apiError(w, 'export.start', { bidId: 'b1', format: 'docx', decision: 'export-anyway' })
    expect(e.code).toBe('READ_ONLY')
    expect(await listAll(path.join(dir, 'exports'))).toEqual([])
  })
})

/** A defect that blocks the export: the 投标函 states a price of its own that is not the 开标一览表's. */
async function twoPrices(ws: JobWorld['ws']): Promise<void> {
  const bid = await ws.get('bids', 'b1')
  await ws.save('bids', { ...bid, quote: { ...bid.quote, bidLetterPrice: 500_000 } })
}

async function buyerFormDocx(lines: string[]): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: lines.map(
          (t) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: t })] }),
        ),
      },
    ],
  })
  return (await Packer.toBuffer(doc)).toString('base64')
}

describe("the buyer's own form", () => {
  it('scans its placeholders, refuses unknown ones unless allowed, then fills it in a job', async () => {
    const w = (world = await makeWorld('form'))
    await acknowledgeVetoes(w.ws, 'b1')
    const form = await buyerFormDocx([
      '项目：{{项目名称}}',
      '编号：{{tenderNo}}',
      '大写：{{投标报价大写}}',
      '{{甲方印章}}',
    ])
    const scan = await api<{ known: { key: string; value: string }[]; unknown: string[] }>(
      w,
      'export.scanForm',
      {
        bidId: 'b1',
        dataBase64: form,
      },
    )
    expect(scan.unknown).toEqual(['甲方印章'])
    expect(scan.known).toEqual([
      { key: '项目名称', value: '智慧园区综合管理平台建设项目' },
      { key: 'tenderNo', value: 'ZB-2026-0315' },
      { key: '投标报价大写', value: '伍拾万捌仟柒佰玖拾元叁角整' },
    ])

    const e = await apiError(w, 'export.start', { bidId: 'b1', format: 'docx', buyerFormBase64: form })
    expect(e.code).toBe('VALIDATION')
    expect(e.details).toEqual({ unknown: ['甲方印章'] })

    const { jobId } = await api<{ jobId: string }>(w, 'export.start', {
      bidId: 'b1',
      format: 'docx',
      buyerFormBase64: form,
      allowUnknown: true,
    })
    const s = await finished(w, jobId)
    expect(s.state).toBe('done')
    expect(s.result!.kind).toBe('buyer-form')
    expect(s.result!.fileName).toMatch(/^智慧园区综合管理平台建设项目_招标方表单_正本-\d{8}-\d{6}\.docx$/)
    expect(s.result!.warnings.map((x) => x.zh)).toEqual(['未识别的占位符（原样保留）：{{甲方印章}}'])
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(s.result!.path))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toContain('ZB-2026-0315')
    expect(xml).toContain('伍拾万捌仟柒佰玖拾元叁角整')
    expect(xml).toContain('{{甲方印章}}')
  })

  it('rejects a file that is not a Word document', async () => {
    const w = (world = await makeWorld('form-bad'))
    const e = await apiError(w, 'export.scanForm', {
      bidId: 'b1',
      dataBase64: Buffer.from('just some text, not a zip').toString('base64'),
    })
    expect(e.code).toBe('IMPORT_REJECTED')
  })
})
