import { describe, expect, it } from 'vitest'
import { resolveConfig, runChecks, vetoFindings } from '@shared/domain/checks'
import { AppError } from '@shared/errors'
import { BidSchema, type RequirementSchema } from '@shared/schemas'
import type { z } from 'zod'
import { cleanBidInput, cleanMaterials, req, scenario, sec, triples } from './fixture'

describe('acknowledgements', () => {
  it('keeps an acknowledged finding, marks it, and stops counting it', () => {
    const broken = (b: Parameters<NonNullable<Parameters<typeof scenario>[0]>>[0]) => {
      b.copies!.copiesPlanned = 2
      b.copies!.originalPlanned = 0
    }
    const before = runChecks(scenario(broken))
    expect(before.counts.不漏).toEqual({ 否决风险: 1, 失分风险: 1, 提示: 0 })
    const key = before.findings.find((f) => f.location.path === 'copies.copiesPlanned')!.key
    const after = runChecks(
      scenario((b) => {
        broken(b)
        b.acknowledgements = [
          { key, ruleId: 'L07', reason: '采购人书面同意副本减为2份', by: '张三', at: '2026-04-21T10:00:00Z' },
        ]
      }),
    )
    expect(after.findings).toHaveLength(2)
    const ack = after.findings.find((f) => f.key === key)!
    expect(ack.acknowledged).toEqual({
      reason: '采购人书面同意副本减为2份',
      by: '张三',
      at: '2026-04-21T10:00:00Z',
    })
    expect(after.counts.不漏).toEqual({ 否决风险: 1, 失分风险: 0, 提示: 0 })
    expect(after.acknowledgedCount).toBe(1)
    // L07 still has the open 否决风险 finding, so it is not passing
    expect(after.progress.不漏).toMatchObject({ passing: 13, failingRuleIds: ['L07'] })
    expect(vetoFindings(after.findings).map((f) => f.location.path)).toEqual(['copies.originalPlanned'])
  })
  it('keys survive reordering: they use item ids, not indexes', () => {
    const k1 = runChecks(scenario((b) => (req(b, 'r3').status = '未处理'))).findings[0].key
    const k2 = runChecks(
      scenario((b) => {
        req(b, 'r3').status = '未处理'
        b.requirements!.reverse()
        // keep the ★ requirement answered; reversing changes only positions
      }),
    ).findings[0]
    expect(k2.location.path).toBe('requirements.0.status')
    expect(k2.key).toBe(k1)
    expect(k1).toBe('L01|bid|b1|r3|requirements.*.status|')
  })
})

describe('config', () => {
  it('bid overrides beat workspace overrides, which beat defaults', () => {
    expect(resolveConfig().minSubjectiveResponseChars).toBe(50)
    expect(resolveConfig({ minSubjectiveResponseChars: 80 }).minSubjectiveResponseChars).toBe(80)
    expect(
      resolveConfig({ minSubjectiveResponseChars: 80 }, { minSubjectiveResponseChars: 20 })
        .minSubjectiveResponseChars,
    ).toBe(20)
  })
  it('a longer minimum makes the scored response too short', () => {
    const s = scenario((b) => (b.checkConfig = { minSubjectiveResponseChars: 200 }))
    expect(triples(s)).toEqual([['C02', '失分风险', 'requirements.1.responseText']])
  })
  it('a workspace low-price share applies to every bid', () => {
    // 1 200 000 × 0.99 = 1 188 000 > 1 150 000
    expect(triples(scenario(undefined, { workspaceChecks: { lowPriceShareOfCeiling: 0.99 } }))).toEqual([
      ['E04', '提示', 'quote.costJustification'],
    ])
  })
  it('placeholder patterns are replaced, not appended', () => {
    const s = scenario((b) => {
      sec(b, 's-plan').content += '\nXXX 与 ＃＃'
      b.checkConfig = { placeholderPatterns: [{ label: '＃＃', source: '＃{2,}' }] }
    })
    const f = runChecks(s).findings
    expect(f.map((x) => x.ruleId)).toEqual(['C01'])
    expect(f[0].message.zh.startsWith('残留占位符 ＃＃：')).toBe(true)
  })
  it('refuses bad settings with a message naming the key and its source', () => {
    const bad = () => resolveConfig({}, { lowPriceShareOfCeiling: 1.5 })
    expect(bad).toThrow(AppError)
    try {
      bad()
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION')
      expect((e as AppError).zh).toContain('投标项目的检查设置有误')
      expect((e as AppError).zh).toContain('lowPriceShareOfCeiling')
    }
    expect(() => resolveConfig({ minRepeatParagraph: 10 })).toThrow(/Workspace check settings/)
    expect(() => resolveConfig({ placeholderPatterns: [{ label: 'x', source: '([' }] })).toThrow(
      /regular expression/,
    )
    expect(() => runChecks(scenario((b) => (b.checkConfig = { lazyPhrases: 'x' })))).toThrow(AppError)
  })
})

describe('a deliberately flawed bid', () => {
  it('produces exactly the expected findings', () => {
    const s = scenario((b) => {
      req(b, 'r1').status = '不响应' // L02
      sec(b, 's-open').sealDone = false // L06
      b.bond!.paidAmount = 5_000 // L05
      sec(b, 's-plan').content += '\n项目经理：XXX' // C01
      b.quote!.bidLetterPriceWords = '壹佰壹拾伍万元零伍角' // E01
      b.priceCeiling = 1_000_000 // E03
      sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('ZFCG-2026-018', 'ZFCG-2025-100') // E07
    })
    const r = runChecks(s)
    expect(r.findings.map((f) => f.ruleId)).toEqual(['L02', 'L05', 'L06', 'C01', 'E01', 'E03', 'E07'])
    expect(r.counts).toEqual({
      不漏: { 否决风险: 3, 失分风险: 0, 提示: 0 },
      不粗: { 否决风险: 0, 失分风险: 1, 提示: 0 },
      不错: { 否决风险: 2, 失分风险: 1, 提示: 0 },
    })
    expect(r.progress.不漏.share).toBeCloseTo(11 / 14)
    expect(r.progress.不错.failingRuleIds).toEqual(['E01', 'E03', 'E07'])
  })
})

describe('performance', () => {
  it('checks a bid of 5,000 requirements and 500 sections without false findings', () => {
    const input = cleanBidInput()
    const reqs: z.input<typeof RequirementSchema>[] = []
    for (let i = 0; i < 5_000; i++)
      reqs.push({
        id: `rq${i}`,
        no: `${i}`,
        kind: i % 3 === 0 ? '技术' : '商务',
        scored: i % 10 === 0,
        text: `第${i}条技术要求：系统应支持功能${i}并提供相应接口`,
        status: '响应',
        responseText: `已实现功能${i}，提供标准接口与配置界面，详见技术方案第${i % 40}节，并附第三方测试报告、用户手册与运维手册的对应章节说明。`,
        deviationTableEntry: '无偏离',
      })
    input.requirements = [...input.requirements!, ...reqs]
    for (let i = 0; i < 500; i++)
      input.sections!.push({
        id: `sx${i}`,
        title: `附件${i}`,
        kind: '技术',
        content: Array.from(
          { length: 8 },
          (_, k) =>
            `附件${i}第${k}段：本段描述子系统${i}的第${k}项设计要点，包括接口、数据流、容错与监控等内容，满足招标文件要求。`,
        ).join('\n'),
      })
    const bid = BidSchema.parse(input)
    const s = { ...scenario(), bid, materials: cleanMaterials() }
    // Its speed is measured by `npm run bench` (check_full), not asserted here: the machines are shared.
    const r = runChecks(s)
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.path}`)).toEqual([])
  })
})
