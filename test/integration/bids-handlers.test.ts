import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { linkedMaterialIds, relinkMaterial } from '@shared/domain/materials'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { BidSchema, SectionSchema, type Bid, BID_SCHEMA_VERSION } from '@shared/schemas'

let home: string
let ctx: AppContext

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en}`)
  return r.value as T
}

const bid = (o: Record<string, unknown>): Bid =>
  BidSchema.parse({
    id: 'b1',
    schemaVersion: BID_SCHEMA_VERSION,
    title: 't',
    createdAt: 'x',
    updatedAt: 'x',
    ...o,
  })

describe('relinkMaterial', () => {
  it('replaces every kind of link, keeps one link when both versions were linked, and leaves other ids', () => {
    const b = bid({
      materialIds: ['old', 'x', 'new'],
      sections: [
        SectionSchema.parse({ id: 's1', materialIds: ['old'] }),
        SectionSchema.parse({ id: 's2', materialIds: ['x'] }),
      ],
      requirements: [{ id: 'r1', evidence: { materialIds: ['older'] } }],
      requiredMaterials: [{ id: 'q1', materialId: 'old' }],
      consortium: { isConsortium: true, agreementMaterialId: 'old' },
      manufacturerAuthMaterialId: 'x',
    })
    const n = relinkMaterial(b, new Set(['old', 'older']), 'new')!
    expect(n.materialIds).toEqual(['new', 'x'])
    expect(n.sections.map((s) => s.materialIds)).toEqual([['new'], ['x']])
    expect(n.sections[1]).toBe(b.sections[1])
    expect(n.requirements[0].evidence.materialIds).toEqual(['new'])
    expect(n.requiredMaterials[0].materialId).toBe('new')
    expect(n.consortium.agreementMaterialId).toBe('new')
    expect(n.manufacturerAuthMaterialId).toBe('x')
    expect(linkedMaterialIds(n).sort()).toEqual(['new', 'x'])
  })
  it('returns null when the bid links none of them', () => {
    expect(relinkMaterial(bid({ materialIds: ['x'] }), new Set(['old']), 'new')).toBeNull()
  })
})

describe('bids API', () => {
  beforeEach(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-bids-api-'))
    ctx = new AppContext('cli', home)
    const ws = await createWorkspace(path.join(home, 'ws'), { name: '示例' })
    await writeDemoData(ws)
    await ctx.adopt(ws)
  })
  afterEach(async () => {
    await ctx.close()
    await fs.rm(home, { recursive: true, force: true })
  })

  it('materials.renew creates the successor and relinks open bids only; a second renewal of the old one is refused', async () => {
    const before = await ok<{
      materials: { id: string }[]
      bids: { id: string; outcome: string; materialIds: string[] }[]
    }>('materials.library', {})
    const users = before.bids.filter((b) => b.materialIds.includes('m-cmmi3'))
    expect(users.map((b) => b.id)).toContain('bid-hospital-imaging')
    const r = await ok<{
      material: { id: string; supersedes: string; validTo: string; kind: string }
      updatedBids: { id: string }[]
      failedBids: unknown[]
    }>('materials.renew', { id: 'm-cmmi3', validFrom: '2026-10-29', validTo: '2029-10-28' })
    expect(r.material).toMatchObject({ supersedes: 'm-cmmi3', validTo: '2029-10-28', kind: '资质证书' })
    expect(r.updatedBids.map((b) => b.id)).toEqual(users.filter((b) => b.outcome === '未定').map((b) => b.id))
    expect(r.failedBids).toEqual([])
    const hospital = await ok<Bid>('bids.get', { id: 'bid-hospital-imaging' })
    expect(linkedMaterialIds(hospital)).toContain(r.material.id)
    expect(linkedMaterialIds(hospital)).not.toContain('m-cmmi3')

    const again = await dispatch(ctx, 'materials.renew', {
      id: 'm-cmmi3',
      validFrom: null,
      validTo: '2030-01-01',
    })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error.message.zh).toContain('已续期')
    const bad = await dispatch(ctx, 'materials.renew', {
      id: 'm-iso9001',
      validFrom: '2027-01-02',
      validTo: '2027-01-01',
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION')
  })

  it('bids.importRequirements previews rows with the detected header and saves nothing', async () => {
    const wb = new ExcelJS.Workbook()
    const s = wb.addWorksheet('需求')
    s.addRow(['标题行'])
    s.addRow(['序号', '★', '招标要求'])
    s.addRow([1, '★', '支持 DICOM 3.0'])
    const dataBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    const r = await ok<{
      requirements: { text: string; star: boolean }[]
      headerRow: number
      sheet: string
      columns: Record<string, number>
    }>('bids.importRequirements', { bidId: 'bid-hospital-imaging', dataBase64 })
    expect(r.headerRow).toBe(2)
    expect(r.sheet).toBe('需求')
    expect(r.columns).toEqual({ no: 1, star: 2, text: 3 })
    expect(r.requirements.map((x) => [x.text, x.star])).toEqual([['支持 DICOM 3.0', true]])
    const hospital = await ok<Bid>('bids.get', { id: 'bid-hospital-imaging' })
    expect(hospital.requirements.some((x) => x.text === '支持 DICOM 3.0')).toBe(false)

    const missing = await dispatch(ctx, 'bids.importRequirements', { bidId: 'nope', dataBase64 })
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
    const junk = await dispatch(ctx, 'bids.importRequirements', {
      dataBase64: Buffer.from('not a zip').toString('base64'),
    })
    expect(!junk.ok && junk.error.code).toBe('IMPORT_REJECTED')
    // A sheet the workbook lacks: its own error through the import worker, without the unsafe-file lead-in.
    const noSheet = await dispatch(ctx, 'bids.importRequirements', { dataBase64, sheet: '报价表' })
    expect(!noSheet.ok && noSheet.error).toEqual({
      code: 'SHEET_NOT_FOUND',
      message: { zh: '找不到工作表“报价表”（有：需求）', en: 'No sheet named "报价表" (sheets: 需求)' },
      details: { sheet: '报价表', sheets: ['需求'] },
    })
  })

  it('checks.exportXlsx returns a workbook with one row a finding; checks.reportHtml names the bid', async () => {
    const { dataBase64, fileName } = await ok<{ dataBase64: string; fileName: string }>('checks.exportXlsx', {
      bidId: 'bid-hospital-imaging',
    })
    expect(fileName).toMatch(/^检查结果_.+\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer)
    const rules: string[] = []
    wb.worksheets[0].eachRow((row, n) => n > 1 && rules.push(String(row.getCell(2).value)))
    // The deliberately flawed sample bid: its ★ 负偏离 and the mismatched prices are among the rows.
    expect(rules).toContain('L02')
    expect(rules).toContain('E11')
    const { html } = await ok<{ html: string }>('checks.reportHtml', { bidId: 'bid-hospital-imaging' })
    expect(html).toContain('某市第一人民医院医学影像设备采购项目')
  })
})
