import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { req, scenario, sec, triples } from './fixture'

/** Values compared wherever they appear (issue #14, point 2). */

const addReq = (b: Parameters<NonNullable<Parameters<typeof scenario>[0]>>[0], r: Record<string, unknown>) =>
  b.requirements!.push({ id: `r${b.requirements!.length + 1}`, kind: '商务', status: '响应', ...r })

describe('terms against the requirement values', () => {
  it('flags a 开标一览表 交货期 of 45 days against a required 30', () => {
    const s = scenario((b) => {
      req(b, 'r3').text = '交货期：合同签订后30日内完成部署'
      req(b, 'r3').responseText = '合同签订后30日内完成部署。'
      b.termsRequired!.deliveryDays = 30
      b.termsOffered!.deliveryDays = 30
    })
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E13', '失分风险', 'quote.openingSummary.deliveryPeriod'],
    ])
    expect(f[0].message.zh).toContain('45')
  })
  it('flags a ★工期 of 210 days written in a response marked 无偏离 against 180 required', () => {
    const s = scenario((b) =>
      addReq(b, {
        no: '5.1',
        star: true,
        text: '★工期：180日历天',
        deviation: '无偏离',
        deviationTableEntry: '无偏离',
        responseText: '我方承诺工期210日历天，无偏离。',
      }),
    )
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E13', '否决风险', 'requirements.3.responseText', '87号令第63条'],
    ])
  })
  it('knows the direction: a shorter warranty is worse, a longer one is not', () => {
    const warranty = (offer: string) =>
      scenario((b) => addReq(b, { no: '5.2', text: '质保期不少于2年', responseText: `质保期${offer}。` }))
    expect(triples(warranty('1年'))).toEqual([['E13', '失分风险', 'requirements.3.responseText']])
    expect(triples(warranty('36个月'))).toEqual([])
  })
  it('compares response, arrival and repair times in 分钟 and 小时', () => {
    const svc = (offer: string) =>
      scenario((b) => {
        addReq(b, { no: '6.1', text: '接到报修后30分钟内响应，2小时内到达现场', responseText: '满足。' })
        b.sections!.push({
          id: 's-svc',
          title: '九、售后服务承诺函',
          kind: '商务',
          content: offer,
          sealDone: true,
        })
      })
    expect(triples(svc('接到报修后30分钟内响应，1.5小时内到达现场。'))).toEqual([])
    expect(triples(svc('接到报修后1小时内响应，2小时内到达现场。'))).toEqual([
      ['E13', '失分风险', 'sections.8.content'],
    ])
  })
  it('leaves what the units or the wording do not settle', () => {
    const s = scenario((b) => {
      addReq(b, { no: '7.1', text: '交货期每提前1天加0.5分，最多加5分', responseText: '满足。' })
      addReq(b, { no: '7.2', text: '验收合格后30日内付款；质保金在验收满2年后退还', responseText: '接受。' })
      addReq(b, {
        no: '7.3',
        text: '供应商认为采购文件使其权益受到损害的，可以在知道之日起7个工作日内提出质疑（政府采购法第五十二条）',
        responseText: '知悉。',
      })
      addReq(b, { no: '7.4', text: '服务期：3个月', responseText: '服务期90天。' })
    })
    expect(triples(s)).toEqual([])
  })
  it('flags the bid’s own statements of one term that disagree', () => {
    const s = scenario((b) => (sec(b, 's-letter').content += '\n交货期：合同签订后30日历天。'))
    expect(triples(s)).toEqual([['E13', '失分风险', 'sections.0.content']])
  })
  it('flags a validity written shorter than required (E05)', () => {
    const s = scenario(
      (b) => (sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('90天', '60天')),
    )
    expect(triples(s)).toEqual([['E05', '否决风险', 'sections.0.content']])
  })
})

describe('tax rates', () => {
  const rate = (
    text: string,
    edit?: (b: Parameters<NonNullable<Parameters<typeof scenario>[0]>>[0]) => void,
  ) =>
    scenario((b) => {
      sec(b, 's-price').content = text
      edit?.(b)
    })
  it('flags a stated rate no line uses ("含 9% 增值税")', () => {
    expect(triples(rate('报价含 9% 增值税，金额单位：元。'))).toEqual([
      ['E12', '失分风险', 'sections.4.content'],
    ])
  })
  it('passes mixed legitimate rates stated as they are', () => {
    const s = rate('硬件部分增值税税率13%，实施服务部分税率6%。', (b) => (b.quote!.items![1].taxRate = 6))
    expect(triples(s)).toEqual([])
  })
  it('flags lines and texts against the rate the tender requires', () => {
    const s = rate('报价含13%增值税。', (b) => (b.tax = { requiredRates: [9] }))
    expect(triples(s)).toEqual([
      ['E12', '失分风险', 'quote.items.0.taxRate'],
      ['E12', '失分风险', 'quote.items.1.taxRate'],
      ['E12', '失分风险', 'sections.4.content'],
    ])
    const voids = rate('报价含9%增值税。', (b) => {
      b.tax = { requiredRates: [9], wrongRateVoids: true }
      b.quote!.items![0].taxRate = 9
    })
    expect(triples(voids)).toEqual([['E12', '否决风险', 'quote.items.1.taxRate']])
  })
})

describe('prices written in the forms', () => {
  it('flags a 投标函 that writes another price than the quote', () => {
    const s = scenario(
      (b) =>
        (sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(
          '壹佰壹拾伍万元整',
          '壹佰壹拾陆万元整',
        )),
    )
    expect(triples(s)).toEqual([['E11', '失分风险', 'sections.0.content']])
  })
})
