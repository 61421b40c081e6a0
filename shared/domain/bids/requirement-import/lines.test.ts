import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { parseRequirementLines, splitLead } from './lines'

describe('splitLead', () => {
  it.each([
    ['1. 支持国产操作系统', '1', false, '支持国产操作系统'],
    ['1、投标人须具有独立法人资格', '1', false, '投标人须具有独立法人资格'],
    ['（一）供货范围', '（一）', false, '供货范围'],
    ['(2)安装调试', '(2)', false, '安装调试'],
    ['一、商务要求', '一', false, '商务要求'],
    ['3.2.1 ★ 服务器内存≥256GB', '3.2.1', true, '服务器内存≥256GB'],
    ['1.2.3.支持热插拔', '1.2.3', false, '支持热插拔'],
    ['★1、投标人须具有独立法人资格', '1', true, '投标人须具有独立法人资格'],
    ['▲2) 质保期不少于三年', '2)', true, '质保期不少于三年'],
    ['第三条 付款方式', '第三条', false, '付款方式'],
    ['① 响应时间不超过2小时', '①', false, '响应时间不超过2小时'],
    ['a) 提供原厂授权', 'a)', false, '提供原厂授权'],
    ['12 支持双电源', '12', false, '支持双电源'],
    ['- 提供培训', '', false, '提供培训'],
    ['★ 须提供检测报告', '', true, '须提供检测报告'],
  ])('%s → no %j, star %s, text %j', (line, no, star, text) => {
    expect(splitLead(line)).toEqual({ no, star, text })
  })

  it.each(['10台服务器', '1.5米标准机柜', '2024年12月31日前完成交付', 'A级机房', '3.5寸硬盘'])(
    'does not take a quantity, decimal or year at the start for a number: %s',
    (line) => {
      expect(splitLead(line)).toEqual({ no: '', star: false, text: line })
    },
  )
})

describe('parseRequirementLines', () => {
  it('makes one requirement per non-empty line, numbering in no, ★ detected, ids unique', () => {
    const text = '1. 支持国产操作系统\r\n\r\n   \n★2、须提供原厂授权\n（三）质保期不少于三年\n提供现场培训'
    const reqs = parseRequirementLines(text)
    expect(reqs.map((r) => [r.no, r.star, r.text])).toEqual([
      ['1', false, '支持国产操作系统'],
      ['2', true, '须提供原厂授权'],
      ['（三）', false, '质保期不少于三年'],
      ['', false, '提供现场培训'],
    ])
    expect(new Set(reqs.map((r) => r.id)).size).toBe(4)
    for (const r of reqs) {
      expect(r.id).toMatch(/^r[a-z0-9]{14}$/)
      expect(r.status).toBe('未处理')
      expect(r.kind).toBe('技术')
      expect(r.deviationTableEntry).toBeNull()
    }
  })

  it('uses the given kind and chapter', () => {
    const [r] = parseRequirementLines('付款方式：验收后30日内付清', { kind: '商务', chapter: '第三章' })
    expect(r.kind).toBe('商务')
    expect(r.source).toEqual({ chapter: '第三章', page: '' })
    expect(r.no).toBe('')
  })

  it('splits rows pasted from Excel (tab-separated): a numeric first cell is the number', () => {
    const reqs = parseRequirementLines('5\t★\t支持双电源\n6.\t\t支持 RAID 5\n说明\t见附件')
    expect(reqs.map((r) => [r.no, r.star, r.text])).toEqual([
      ['5', true, '支持双电源'],
      ['6', false, '支持 RAID 5'],
      ['', false, '说明 见附件'],
    ])
  })

  it('skips a line that is only a number and returns nothing for blank text', () => {
    expect(parseRequirementLines('（一）\n\n')).toEqual([])
    expect(parseRequirementLines('')).toEqual([])
  })

  it('refuses an over-long line with its line number instead of truncating it', () => {
    const text = `ok\n${'长'.repeat(200_001)}`
    let err: unknown
    try {
      parseRequirementLines(text)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('VALIDATION')
    expect((err as AppError).en).toContain('line 2 (text)')
    expect((err as AppError).zh).toContain('第 2 行')
  })
})
