import { describe, expect, it } from 'vitest'
import { compareSize, industryStandardOf, INDUSTRY_STANDARDS, sizeOf, sizeWord } from './size'

const f = (employees: number | null, revenue: number | null, assets: number | null = null) => ({
  employees,
  revenue,
  assets,
})

const size = (industry: string, figures: ReturnType<typeof f>) => {
  const std = industryStandardOf(industry)
  if (!std) throw new Error(`no standard for ${industry}`)
  const r = sizeOf(std, figures)
  return r.ok ? r.size : `missing ${r.missing.join(',')}`
}

describe('工信部联企业〔2011〕300号 enterprise size', () => {
  it('has the sixteen industries of 第四条', () => {
    expect(INDUSTRY_STANDARDS).toHaveLength(16)
  })

  it('工业: 中型 needs 300 persons AND 2000 万元; one indicator below drops a tier', () => {
    expect(size('工业', f(300, 2000))).toBe('中型')
    expect(size('制造业', f(299, 2000))).toBe('小型')
    expect(size('工业', f(500, 1999))).toBe('小型')
    expect(size('工业', f(20, 300))).toBe('小型')
    expect(size('工业', f(19, 5000))).toBe('微型')
    expect(size('工业', f(500, 299))).toBe('微型')
    // 1000 人以下或 40000 万元以下 is 中小微: a large workforce with revenue below the bound is still 中型.
    expect(size('工业', f(2000, 39999))).toBe('中型')
    expect(size('工业', f(1000, 40000))).toBe('大型')
  })

  it('软件和信息技术服务业: 10 persons and 50 万元 make a 小型 enterprise', () => {
    expect(size('软件和信息技术服务业', f(10, 50))).toBe('小型')
    expect(size('软件和信息技术服务业', f(9, 5000))).toBe('微型')
    expect(size('软件和信息技术服务业', f(100, 1000))).toBe('中型')
    expect(size('软件和信息技术服务业', f(150, 999.99))).toBe('小型')
    expect(size('软件和信息技术服务业', f(300, 10000))).toBe('大型')
    expect(size('软件和信息技术服务业', f(299, 20000))).toBe('中型')
  })

  it('批发业 and 零售业 have their own floors', () => {
    expect(size('批发业', f(20, 5000))).toBe('中型')
    expect(size('批发业', f(19, 5000))).toBe('小型')
    expect(size('批发业', f(5, 1000))).toBe('小型')
    expect(size('批发业', f(4, 1000))).toBe('微型')
    expect(size('批发业', f(200, 40000))).toBe('大型')
    expect(size('零售业', f(50, 500))).toBe('中型')
    expect(size('零售业', f(10, 100))).toBe('小型')
    expect(size('零售业', f(10, 99))).toBe('微型')
    expect(size('零售业', f(300, 20000))).toBe('大型')
  })

  it('建筑业 reads 营业收入 and 资产总额, not persons', () => {
    expect(size('建筑业', f(null, 6000, 5000))).toBe('中型')
    expect(size('建筑业', f(5000, 6000, 4999))).toBe('小型')
    expect(size('建筑业', f(null, 300, 300))).toBe('小型')
    expect(size('建筑业', f(null, 300, 299))).toBe('微型')
    expect(size('建筑业', f(null, 80000, 80000))).toBe('大型')
    expect(size('建筑业', f(100, 8000, null))).toBe('missing assets')
  })

  it('租赁和商务服务业 reads persons and 资产总额', () => {
    expect(size('租赁和商务服务业', f(100, null, 8000))).toBe('中型')
    expect(size('租赁和商务服务业', f(100, null, 7999))).toBe('小型')
    expect(size('租赁和商务服务业', f(10, null, 100))).toBe('小型')
    expect(size('租赁和商务服务业', f(9, null, 100000))).toBe('微型')
    expect(size('租赁和商务服务业', f(300, null, 120000))).toBe('大型')
    expect(size('商务服务业', f(50, 10, null))).toBe('missing assets')
  })

  it('其他未列明行业 counts persons only', () => {
    expect(size('其他未列明行业', f(100, null))).toBe('中型')
    expect(size('其他未列明行业', f(10, null))).toBe('小型')
    expect(size('其他未列明行业', f(9, null))).toBe('微型')
    expect(size('其他未列明行业', f(300, null))).toBe('大型')
    expect(size('其他未列明行业', f(null, 100))).toBe('missing employees')
  })

  it('reads the industry as tenders write it, and refuses a 门类 300号 splits', () => {
    expect(industryStandardOf('软件和信息技术服务业行业')?.name).toBe('软件和信息技术服务业')
    expect(industryStandardOf('信息传输、软件和信息技术服务业')?.name).toBeUndefined()
    expect(industryStandardOf('计算机、通信和其他电子设备制造业')?.name).toBe('工业')
    expect(industryStandardOf('物业管理')?.name).toBe('物业管理')
    expect(industryStandardOf('交通运输、仓储和邮政业')).toBeNull()
    expect(industryStandardOf('')).toBeNull()
    expect(industryStandardOf('  批发业 ')?.name).toBe('批发业')
  })

  it('orders sizes and reads the words of the forms', () => {
    expect(compareSize('中型', '小型')).toBeGreaterThan(0)
    expect(sizeWord('微型企业')).toBe('微型')
    expect(sizeWord('小型')).toBe('小型')
    expect(sizeWord('')).toBeNull()
  })
})
