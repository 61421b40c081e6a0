import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import type { BidInput, CompanyProfile } from '@shared/schemas'
import { cleanCompany, scenario, triples } from './fixture'

/** L14: the declared size agrees with the figures under 工信部联企业〔2011〕300号 (issue #14, SME figures). */

const declaring = (edit: (b: BidInput) => void = () => undefined, company: Partial<CompanyProfile> = {}) =>
  scenario(
    (b) => {
      b.sme = {
        size: '小型企业',
        industry: '软件和信息技术服务业',
        deductionClaimed: true,
        deductionPercent: 10,
      }
      b.sections!.push({ id: 's-sme', title: '九、中小企业声明函', kind: '资格', content: '本公司郑重声明…' })
      for (const it of b.quote!.items!) it.manufacturerSize = '小型'
      edit(b)
    },
    { company: { ...cleanCompany(), ...company } },
  )

describe('L14 declared size against the figures', () => {
  it('passes a 小型 software company with 62 persons and 2350 万元', () => {
    expect(triples(declaring())).toEqual([])
  })

  it('a size smaller than the figures give is a false declaration: 否决风险 with the legal basis', () => {
    const s = declaring(undefined, { employees: 120, revenueWan: 5600 })
    const f = runChecks(s).findings.filter((x) => x.ruleId === 'L14')
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['否决风险', 'company.employees']])
    expect(f[0].message.zh).toContain('从业人员120人、营业收入5600万元属于中型企业')
    expect(f[0].message.zh).toContain('虚假材料')
    expect(f[0].basis).toContain('工信部联企业〔2011〕300号')
    expect(f[0].basis).toContain('财库〔2020〕46号第二十条')
    expect(f[0].basis).toContain('政府采购法第七十七条')
  })

  it('judges by the declared industry: the same figures are 中型 in 批发业 and 微型 there with 4 persons', () => {
    const wholesale = (company: Partial<CompanyProfile>) =>
      declaring((b) => (b.sme!.industry = '批发业'), company)
    expect(triples(wholesale({ employees: 62, revenueWan: 6000 }))).toEqual([
      ['L14', '否决风险', 'company.employees'],
    ])
    // 微型 and 小型 get the same deduction: a hint, not a loss.
    expect(triples(wholesale({ employees: 4, revenueWan: 6000 }))).toEqual([
      ['L14', '提示', 'company.employees'],
    ])
    // Declaring 中型 while the figures give 小型 throws the deduction away.
    expect(
      triples(
        declaring(
          (b) => Object.assign(b.sme!, { industry: '批发业', size: '中型企业', deductionClaimed: false }),
          {
            employees: 10,
            revenueWan: 2000,
          },
        ),
      ),
    ).toEqual([['L14', '失分风险', 'company.employees']])
  })

  it('建筑业 needs 资产总额: missing figures are a 提示, not a guess', () => {
    const s = declaring((b) => (b.sme!.industry = '建筑业'), { assetsWan: null })
    const f = runChecks(s).findings.filter((x) => x.ruleId === 'L14')
    expect(f.map((x) => [x.severity, x.location.path])).toEqual([['提示', 'company.employees']])
    expect(f[0].message.zh).toContain('资产总额')
  })

  it('an industry 300号 does not list is named, and nothing is judged', () => {
    expect(triples(declaring((b) => (b.sme!.industry = '交通运输、仓储和邮政业')))).toEqual([
      ['L14', '提示', 'sme.industry'],
    ])
  })

  it('checks each goods maker with its own figures (工业)', () => {
    const goods = (makers: NonNullable<NonNullable<BidInput['sme']>['makers']>) =>
      declaring((b) => {
        b.category = '货物'
        b.sme!.industry = '工业'
        b.sme!.makers = makers
        b.quote!.items![0].manufacturer = '福州精工仪器有限公司'
        b.quote!.items![0].manufacturerSize = '小型'
      })
    expect(
      triples(goods([{ id: 'mk1', name: '福州精工仪器有限公司', employees: 180, revenueWan: 1500 }])),
    ).toEqual([])
    expect(
      triples(goods([{ id: 'mk1', name: '福州精工仪器有限公司', employees: 350, revenueWan: 2600 }])),
    ).toEqual([['L14', '否决风险', 'sme.makers.0']])
    expect(triples(goods([]))).toEqual([['L14', '提示', 'quote.items.0.manufacturer']])
  })

  it('says nothing when the bid declares no size and claims nothing', () => {
    expect(
      triples(
        declaring((b) => Object.assign(b.sme!, { size: '', deductionClaimed: false }), {
          employees: 5000,
          revenueWan: 90000,
        }),
      ),
    ).toEqual([])
  })
})
