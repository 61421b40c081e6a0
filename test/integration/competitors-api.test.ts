import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodName } from '@shared/contract'
import type { ApiErrorShape } from '@shared/errors'
import type { Bid, Competitor, Matrix } from '@shared/schemas'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace, type WorkspaceSession } from '@services/store'

let root: string
let ctx: AppContext
let ws: WorkspaceSession

async function ok<T>(method: MethodName, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message.en}`)
  return r.value as T
}
async function fail(method: MethodName, input: unknown): Promise<ApiErrorShape> {
  const r = await dispatch(ctx, method, input)
  if (r.ok) throw new Error(`${method} succeeded but should have failed`)
  return r.error
}
async function onDisk<T>(kind: string, id: string): Promise<T> {
  return JSON.parse(await fs.readFile(path.join(ws.dir, kind, `${id}.json`), 'utf8')) as T
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-competitors-api-'))
  ctx = new AppContext('http', path.join(root, 'home'))
  ws = await createWorkspace(path.join(root, 'ws'), { name: '竞争对手测试' })
  await ctx.adopt(ws)
  await ws.create('competitors', {
    id: 'c-keep',
    title: '北京华信智能科技有限公司',
    aliases: ['华信智能'],
    strengths: ['品牌'],
    benchmark: [{ dimension: '政府关系', us: 6, them: 8, evidence: '走访', date: '2026-03-01' }],
  })
  await ws.create('competitors', {
    id: 'c-dup',
    title: '华信智能科技',
    aliases: ['华信', '华信智能'],
    strengths: ['品牌', '报价灵活'],
    intel: [{ bidId: 'b-1', answers: { accountManager: '马骏' } }],
  })
  await ws.create('competitors', { id: 'c-other', title: '深圳迈瑞达科技有限公司' })
  await ws.create('bids', {
    id: 'b-1',
    title: '医院影像项目',
    competitorIds: ['c-dup', 'c-other'],
    strategy: {
      bidId: 'b-1',
      actions: [
        {
          id: 'a1',
          lever: '价格',
          competitorIds: ['c-dup'],
          action: '分期',
          owner: '张三',
          due: '2026-05-01',
        },
      ],
    },
  })
  await ws.create('bids', { id: 'b-2', title: '两家都在', competitorIds: ['c-keep', 'c-dup'] })
  await ws.create('bids', { id: 'b-3', title: '无关项目', competitorIds: ['c-other'] })
  await ws.create('matrices', {
    id: 'm-1',
    title: '影像评分表',
    bidId: 'b-1',
    bidders: [
      { id: 'us', name: '我方', isUs: true },
      { id: 'bd', name: '华信', competitorId: 'c-dup', price: { likely: 3200000 } },
    ],
  })
  await ws.create('matrices', {
    id: 'm-2',
    title: '两个都有',
    bidders: [
      { id: 'k', name: '华信智能', competitorId: 'c-keep' },
      { id: 'd', name: '华信', competitorId: 'c-dup' },
    ],
  })
})
afterEach(async () => {
  await ctx.close()
  await fs.rm(root, { recursive: true, force: true })
})

describe('competitors.merge', () => {
  it('merges, repoints every bid and matrix on disk, and moves the merged one to the trash', async () => {
    const bid3Before = await fs.readFile(path.join(ws.dir, 'bids', 'b-3.json'), 'utf8')
    const r = await ok<{
      competitor: Competitor
      trashed: { id: string } | null
      bids: { id: string }[]
      matrices: { id: string }[]
      failed: unknown[]
      warnings: { zh: string }[]
    }>('competitors.merge', { keepId: 'c-keep', mergeId: 'c-dup' })

    expect(r.competitor.aliases).toEqual(['华信智能', '华信智能科技', '华信'])
    expect(r.competitor.strengths).toEqual(['品牌', '报价灵活'])
    expect(r.competitor.intel).toEqual([{ bidId: 'b-1', answers: { accountManager: '马骏' } }])
    expect(r.trashed?.id).toBe('c-dup')
    expect(r.bids.map((b) => b.id).sort()).toEqual(['b-1', 'b-2'])
    expect(r.matrices.map((m) => m.id).sort()).toEqual(['m-1', 'm-2'])
    expect(r.failed).toEqual([])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0].zh).toContain('两个都有')

    const b1 = await onDisk<Bid>('bids', 'b-1')
    expect(b1.competitorIds).toEqual(['c-keep', 'c-other'])
    expect(b1.strategy!.actions[0].competitorIds).toEqual(['c-keep'])
    expect((await onDisk<Bid>('bids', 'b-2')).competitorIds).toEqual(['c-keep'])
    // A bid that never named the merged competitor is not rewritten at all.
    expect(await fs.readFile(path.join(ws.dir, 'bids', 'b-3.json'), 'utf8')).toBe(bid3Before)
    const m1 = await onDisk<Matrix>('matrices', 'm-1')
    expect(m1.bidders.map((b) => [b.id, b.competitorId, b.price.likely])).toEqual([
      ['us', null, null],
      ['bd', 'c-keep', 3200000],
    ])
    expect((await onDisk<Matrix>('matrices', 'm-2')).bidders.map((b) => b.competitorId)).toEqual([
      'c-keep',
      'c-keep',
    ])
    await expect(fs.access(path.join(ws.dir, 'competitors', 'c-dup.json'))).rejects.toThrow()
    expect((await ok<{ id: string }[]>('trash.list', {})).map((t) => t.id)).toContain('c-dup')
    const kept = await onDisk<Competitor>('competitors', 'c-keep')
    expect(kept.aliases).toContain('华信智能科技')
    expect(await ok('competitors.duplicates', {})).toEqual([])
  })

  it('refuses merging a competitor into itself or into one that does not exist, writing nothing', async () => {
    const before = await fs.readFile(path.join(ws.dir, 'bids', 'b-1.json'), 'utf8')
    expect((await fail('competitors.merge', { keepId: 'c-keep', mergeId: 'c-keep' })).code).toBe('VALIDATION')
    expect((await fail('competitors.merge', { keepId: 'c-keep', mergeId: 'nobody' })).code).toBe('NOT_FOUND')
    expect(await fs.readFile(path.join(ws.dir, 'bids', 'b-1.json'), 'utf8')).toBe(before)
    expect(ws.list('competitors')).toHaveLength(3)
  })
})

describe('competitor names', () => {
  it('lists the duplicate group and refuses a new competitor or alias that collides', async () => {
    const groups = await ok<{ members: { id: string }[]; sharedKeys: string[] }[]>(
      'competitors.duplicates',
      {},
    )
    expect(groups).toHaveLength(1)
    expect(groups[0].members.map((m) => m.id)).toEqual(['c-keep', 'c-dup'])
    expect(groups[0].sharedKeys).toEqual(['华信智能'])

    const e = await fail('competitors.add', { title: '迈瑞达', aliases: ['深圳迈瑞达科技（有限公司）'] })
    expect(e.code).toBe('VALIDATION')
    expect(e.message.zh).toContain('深圳迈瑞达科技有限公司')
    expect(ws.list('competitors')).toHaveLength(3)

    const check = await ok<{ ok: boolean; collisions: { existingId: string }[] }>('competitors.validate', {
      id: 'c-other',
      title: '深圳迈瑞达科技有限公司',
      aliases: ['华信智能'],
    })
    expect(check.ok).toBe(false)
    expect(check.collisions.map((c) => c.existingId)).toEqual(['c-keep', 'c-dup'])
    // Its own name is not a collision with itself.
    expect(
      (await ok<{ ok: boolean }>('competitors.validate', { id: 'c-other', title: '深圳迈瑞达科技有限公司' }))
        .ok,
    ).toBe(true)

    expect((await fail('competitors.setNames', { id: 'c-other', title: '华信', aliases: [] })).code).toBe(
      'VALIDATION',
    )
    const renamed = await ok<Competitor>('competitors.setNames', {
      id: 'c-other',
      title: '深圳迈瑞达科技股份有限公司',
      aliases: [' 迈瑞达 ', '迈瑞达', ''],
    })
    expect(renamed.aliases).toEqual(['迈瑞达'])
    const added = await ok<Competitor>('competitors.add', {
      title: '杭州新锐软件有限公司',
      aliases: ['新锐'],
    })
    expect((await onDisk<Competitor>('competitors', added.id)).aliases).toEqual(['新锐'])
  })

  it('gives the generic create, save and rename the same name check, writing nothing when refused', async () => {
    const before = await fs.readdir(path.join(ws.dir, 'competitors'))
    const created = await fail('competitors.create', { title: '迈瑞达科技', init: { aliases: [' 华信 '] } })
    expect(created.code).toBe('VALIDATION')
    expect(created.message.zh).toContain('华信智能科技')
    expect(created.message.en).toContain('c-dup')
    expect(await fs.readdir(path.join(ws.dir, 'competitors'))).toEqual(before)

    const other = await onDisk<Competitor>('competitors', 'c-other')
    const saved = await fail('competitors.save', { doc: { ...other, aliases: ['华信智能'] } })
    expect(saved.code).toBe('VALIDATION')
    expect(
      (await fail('competitors.rename', { id: 'c-other', title: '北京华信智能科技有限公司' })).code,
    ).toBe('VALIDATION')
    expect(await onDisk<Competitor>('competitors', 'c-other')).toEqual(other)

    // The registry already holds a duplicate pair (c-keep / c-dup): both stay editable while the names stay.
    const dup = await onDisk<Competitor>('competitors', 'c-dup')
    const edited = await ok<Competitor>('competitors.save', {
      doc: { ...dup, strengths: ['品牌', '渠道广'] },
    })
    expect(edited.strengths).toEqual(['品牌', '渠道广'])
    expect((await ok<Competitor>('competitors.rename', { id: 'c-other', title: '迈瑞达医疗' })).title).toBe(
      '迈瑞达医疗',
    )
    expect((await ok<Competitor>('competitors.create', { title: '杭州新锐软件' })).title).toBe('杭州新锐软件')
  })

  it('restores a deleted competitor even when it was entered again meanwhile, and offers the merge', async () => {
    await ok('competitors.delete', { id: 'c-other' })
    const again = await ok<Competitor>('competitors.add', { title: '深圳迈瑞达科技有限公司', aliases: [] })
    await ok('trash.restore', { kind: 'competitors', id: 'c-other' })
    const groups = await ok<{ members: { id: string }[] }[]>('competitors.duplicates', {})
    expect(groups.map((g) => g.members.map((m) => m.id).sort())).toContainEqual([again.id, 'c-other'].sort())
  })
})

describe('competitors.setIntel and syncMatrix', () => {
  it('stores one answer per bid and question, and refuses unknown bids and questions', async () => {
    const c = await ok<Competitor>('competitors.setIntel', {
      competitorId: 'c-other',
      bidId: 'b-1',
      key: 'visitFrequency',
      answer: '每月 2 次',
    })
    expect(c.intel).toEqual([{ bidId: 'b-1', answers: { visitFrequency: '每月 2 次' } }])
    await ok('competitors.setIntel', {
      competitorId: 'c-other',
      bidId: 'b-1',
      key: 'visitFrequency',
      answer: '',
    })
    expect((await onDisk<Competitor>('competitors', 'c-other')).intel).toEqual([
      { bidId: 'b-1', answers: {} },
    ])
    expect(
      (
        await fail('competitors.setIntel', {
          competitorId: 'c-other',
          bidId: 'nope',
          key: 'visitFrequency',
          answer: 'x',
        })
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await fail('competitors.setIntel', {
          competitorId: 'c-other',
          bidId: 'b-1',
          key: 'bogus',
          answer: 'x',
        })
      ).code,
    ).toBe('VALIDATION')
  })

  it("adds the bid's competitors to its matrix, linked by id, and renames linked bidders", async () => {
    const r = await ok<{ added: string[]; renamed: { from: string; to: string }[]; matrixId: string }>(
      'competitors.syncMatrix',
      { bidId: 'b-1' },
    )
    expect(r.matrixId).toBe('m-1')
    expect(r.added).toEqual(['深圳迈瑞达科技有限公司'])
    expect(r.renamed).toEqual([{ from: '华信', to: '华信智能科技' }])
    const m = await onDisk<Matrix>('matrices', 'm-1')
    expect(m.bidders.map((b) => [b.name, b.competitorId])).toEqual([
      ['我方', null],
      ['华信智能科技', 'c-dup'],
      ['深圳迈瑞达科技有限公司', 'c-other'],
    ])
    expect((await fail('competitors.syncMatrix', { bidId: 'b-3' })).message.zh).toContain('还没有评分矩阵')
  })
})

describe('competitors.report', () => {
  it('returns a Word report and an Excel workbook that name the competitors', async () => {
    const docx = await ok<{ fileName: string; dataBase64: string }>('competitors.report', {
      bidId: 'b-1',
      format: 'docx',
    })
    expect(docx.fileName).toBe('竞争对手分析_医院影像项目.docx')
    const zip = await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('深圳迈瑞达科技有限公司')
    expect(xml).toContain('华信智能科技')
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true)

    const xlsx = await ok<{ fileName: string; dataBase64: string }>('competitors.report', {
      bidId: 'b-1',
      format: 'xlsx',
    })
    expect(xlsx.fileName).toBe('竞争对手分析_医院影像项目.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as never)
    expect(wb.worksheets.map((s) => s.name)).toEqual(['对标评分', '情报', '市场份额'])
  })
})
