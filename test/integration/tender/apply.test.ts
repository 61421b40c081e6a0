/**
 * The tender import use cases through the contract (what the wizard calls): preview writes nothing; apply creates
 * a bid with its facts, requirements, matrix, sections and veto checklist; a re-import with an amendment shows the
 * difference against the bid and keeps the team's work.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import type { TenderPreview } from '@shared/contract/tender'
import type { Bid, Matrix } from '@shared/schemas'
import { buildDocx, type Block } from '@test/fixtures/tender/build-docx'
import { CONSULT_AMENDMENT, CONSULT_TENDER } from '@test/fixtures/tender/consult'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'

let home: string
let ctx: AppContext

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en}`)
  return r.value as T
}

const fileIn = async (name: string, blocks: Block[]) => ({
  name,
  dataBase64: (await buildDocx(blocks)).toString('base64'),
})

beforeAll(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-tender-apply-'))
  ctx = new AppContext('cli', home)
  await ctx.adopt(
    await createWorkspace(path.join(home, 'ws'), { name: '测试', company: { name: '江南智联科技有限公司' } }),
  )
})
afterAll(async () => {
  await ctx.close()
  await fs.rm(home, { recursive: true, force: true })
})

describe('tender.importPreview / tender.importApply', () => {
  it('previews without writing, then creates the bid with everything accepted', async () => {
    const files = [await fileIn('招标文件.docx', GOODS_TENDER)]
    const pv = await call<TenderPreview>('tender.importPreview', { files })
    expect(pv.diff).toBeNull()
    expect(ctx.requireWs().list('bids')).toHaveLength(0)
    expect(pv.proposal.facts).toMatchObject({
      title: '江州市第一人民医院医学影像设备采购项目',
      tenderNo: 'JZCG-2026-G-0153',
      bondForms: ['转账', '保函'],
      validityDaysRequired: 120,
      originalRequired: 1,
      copiesRequired: 4,
      electronicRequired: true,
    })
    expect(pv.proposal.forms.map((f) => f.formKey)).toEqual([
      '投标函',
      '开标一览表',
      '法定代表人身份证明',
      '授权委托书',
      '投标保证金',
      '资格证明文件',
      '技术偏离表',
      '商务偏离表',
      null,
    ])
    // The user rejects the ceiling and one requirement, and edits the title.
    const { priceCeiling: _drop, ...facts } = pv.proposal.facts
    const proposal = {
      ...pv.proposal,
      facts: { ...facts, title: '一院影像设备（CT+DR）' },
      requirements: pv.proposal.requirements.filter((r) => r.text !== '机架孔径：≥70cm'),
    }
    const r = await call<{ bidId: string; matrixId: string; created: boolean }>('tender.importApply', {
      proposal,
    })
    expect(r.created).toBe(true)
    const bid = await ctx.requireWs().get('bids', r.bidId)
    expect(bid).toMatchObject({
      title: '一院影像设备（CT+DR）',
      tenderNo: 'JZCG-2026-G-0153',
      buyer: { name: '江州市第一人民医院' },
      agency: '江州市政府采购中心',
      budget: 3_800_000,
      priceCeiling: null,
      dates: { submissionDeadline: '2026-12-15T09:30:00+08:00', opening: '2026-12-15T09:30:00+08:00' },
      bond: { required: 50_000, allowedForms: ['转账', '保函'], deadline: '2026-12-14T17:00:00+08:00' },
      validityDaysRequired: 120,
      copies: { originalRequired: 1, copiesRequired: 4, electronicRequired: true },
      tenderForm: '公开招标',
      evaluationMethod: '综合评分法',
      category: '货物',
      matrixId: r.matrixId,
    })
    expect(bid.notes).toContain('开标地点：江州市公共资源交易中心三楼第二开标室')
    expect(bid.requirements).toHaveLength(13)
    expect(bid.requirements.find((q) => q.text.startsWith('球管热容量'))).toMatchObject({
      no: '3',
      star: false,
      scored: true,
      kind: '技术',
      source: { chapter: '第五章 采购需求', page: '' },
    })
    expect(bid.requirements.filter((q) => q.star)).toHaveLength(4)
    expect(bid.sections.map((s) => [s.title, s.formKey, s.needsSeal])).toContainEqual([
      '投标函',
      '投标函',
      true,
    ])
    expect(bid.mandatedOrder).toEqual(pv.proposal.forms.map((f) => f.title))
    expect(bid.manualChecklist.map((c) => c.label)).toContain(
      '无效投标：未按照招标文件的规定提交投标保证金的',
    )
    const m: Matrix = await ctx.requireWs().get('matrices', r.matrixId)
    expect(m.bidId).toBe(bid.id)
    expect(m.items.map((i) => [i.category, i.name, i.maxPoints])).toEqual([
      ['价格', '投标报价', 30],
      ['商务', '类似业绩', 8],
      ['商务', '售后服务', 6],
      ['商务', '企业认证', 6],
      ['技术', '技术参数响应', 30],
      ['技术', '实施方案', 12],
      ['技术', '培训方案', 8],
    ])
    expect(m.priceRule).toMatchObject({ method: 'lowest', weight: 30, smeDeductionPct: 10 })
    expect(m.bidders).toEqual([
      expect.objectContaining({ id: 'us', isUs: true, name: '江南智联科技有限公司' }),
    ])
  })

  it('a re-import with the 更正公告 shows the difference and keeps the team’s answers', async () => {
    const first = await call<TenderPreview>('tender.importPreview', {
      files: [await fileIn('磋商文件.docx', CONSULT_TENDER)],
    })
    const { bidId } = await call<{ bidId: string }>('tender.importApply', { proposal: first.proposal })
    const ws = ctx.requireWs()
    const bid: Bid = await ws.get('bids', bidId)
    const answered = bid.requirements.map((q) =>
      q.text.startsWith('交互式智能平板')
        ? { ...q, status: '响应' as const, responseText: '86英寸 4K 平板' }
        : q,
    )
    await ws.save('bids', { ...bid, requirements: answered })

    const files = [
      await fileIn('磋商文件.docx', CONSULT_TENDER),
      await fileIn('更正公告.docx', CONSULT_AMENDMENT),
    ]
    const pv = await call<TenderPreview>('tender.importPreview', { files, bidId })
    expect(pv.hasMatrix).toBe(true)
    expect(pv.diff!.facts.map((f) => [f.field, f.current, f.proposed])).toEqual([
      ['submissionDeadline', '2027-01-08T14:30:00+08:00', '2027-01-15T14:30:00+08:00'],
      ['opening', '2027-01-08T14:30:00+08:00', '2027-01-15T14:30:00+08:00'],
      ['bondRequired', 20_000, 15_000],
      ['bondDeadline', '2027-01-08T14:30:00+08:00', '2027-01-15T14:30:00+08:00'],
    ])
    expect(pv.diff!.requirements).toEqual({
      added: [],
      changed: [
        { no: '3', before: '移动支架：承重≥120kg，高度可调', after: '移动支架：承重≥150kg，高度电动可调' },
      ],
      missing: [],
    })
    expect(pv.diff!.clarificationsAdded).toEqual(['更正公告.docx'])

    await call('tender.importApply', { proposal: pv.proposal, bidId })
    const after: Bid = await ws.get('bids', bidId)
    expect(after.dates.submissionDeadline).toBe('2027-01-15T14:30:00+08:00')
    expect(after.bond.required).toBe(15_000)
    expect(after.requirements).toHaveLength(bid.requirements.length)
    expect(after.requirements.find((q) => q.text.startsWith('交互式智能平板'))).toMatchObject({
      status: '响应',
      responseText: '86英寸 4K 平板',
    })
    expect(after.requirements.find((q) => q.no === '3' && q.kind === '技术')).toMatchObject({
      text: '移动支架：承重≥150kg，高度电动可调',
      star: true,
      status: '未处理',
    })
    expect(after.clarifications).toEqual([
      expect.objectContaining({ no: '更正公告.docx', recorded: true, acknowledged: false }),
    ])
    expect(after.clarifications[0].summary).toContain('响应文件提交截止时间')
    expect(after.sections).toHaveLength(bid.sections.length)
  })

  it('refuses a new bid without a project name, and a bid id that does not exist', async () => {
    const r = await dispatch(ctx, 'tender.importApply', {
      proposal: {
        facts: {},
        lots: [],
        requirements: [],
        scoring: null,
        forms: [],
        vetoClauses: [],
        clarifications: [],
      },
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message.zh).toContain('新建投标需要项目名称')
    const files = [await fileIn('招标文件.docx', GOODS_TENDER)]
    const missing = await dispatch(ctx, 'tender.importPreview', { files, bidId: 'nope' })
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND')
  })
})
