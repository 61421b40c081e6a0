import { describe, expect, it } from 'vitest'
import { blockingFindings, runChecks } from '../index'
import { shippedForms } from '@shared/domain/export/fixtures/shipped-forms'
import { cleanBid, company, materials, modelOf, printFindings } from './fixture'

const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId)
const only = (fs: ReturnType<typeof printFindings>, id: string) => fs.filter((f) => f.ruleId === id)

describe('a clean service bid', () => {
  it('has no print finding, and every finding carries its phase', () => {
    expect(printFindings(cleanBid())).toEqual([])
    const all = runChecks({
      bid: cleanBid(),
      materials,
      company,
      now: new Date('2026-03-01'),
      print: modelOf(cleanBid()),
    })
    expect(all.findings.every((f) => f.phase === '编制' || f.phase === '封装')).toBe(true)
    expect(all.progress['不错'].rules).toBeGreaterThan(13) // the print rules count once a print model was checked
  })
})

describe('P01 one price', () => {
  it('names the forms and corrects to the 开标一览表 price (87号令 art. 59(一)), 否决风险', () => {
    const bid = cleanBid()
    bid.quote.openingSummary.price = 1_700_000
    const f = only(printFindings(bid), 'P01')
    expect(f).toHaveLength(1)
    expect(f[0].severity).toBe('否决风险')
    // The 投标函 states no price of its own, so it prints the bid price (the 开标一览表's).
    expect(f[0].printedIn?.map((p) => p.title)).toEqual(['开标一览表', '报价明细表'])
    expect(f[0].message.zh).toContain('¥1,700,000.00')
    expect(f[0].message.zh).toContain('¥1,800,000.00')
    expect(f[0].basis).toBe('87号令第59条（一）')
    expect(blockingFindings([f[0]])).toHaveLength(1)
  })
  it('reads typed words: 大写 over 小写 inside the 投标函, and the letter then disagrees with the others', () => {
    const bid = cleanBid()
    bid.quote.bidLetterPriceWords = '人民币壹佰捌拾伍万元整'
    const f = only(printFindings(bid), 'P01')
    expect(f.map((x) => x.severity)).toEqual(['失分风险', '否决风险'])
    expect(f[0].message.zh).toContain('大写')
    expect(f[0].location.path).toBe('quote.bidLetterPriceWords')
  })
  it('a stated total that is not the sum of the lines: unit prices prevail (四); above the ceiling it is 否决风险', () => {
    const bid = cleanBid({ priceCeiling: 1_790_000 })
    bid.quote.statedTotal = 1_750_000
    bid.quote.openingSummary.price = 1_750_000
    bid.quote.bidLetterPrice = 1_750_000
    const f = only(printFindings(bid), 'P01')
    expect(f).toHaveLength(1)
    expect(f[0].basis).toBe('87号令第59条（四）')
    expect(f[0].severity).toBe('否决风险') // corrected to 1,800,000 > ceiling 1,790,000
  })
  it('under 招标投标 two prices are two bids (实施条例 art. 51)', () => {
    const bid = cleanBid({ governingLaw: '招标投标' })
    bid.quote.bidLetterPrice = 1_790_000
    const f = only(printFindings(bid), 'P01')
    expect(f[0].basis).toContain('实施条例第51条')
  })
})

describe('P02 one signing date', () => {
  it('defaults to the deadline day, never the export day, and flags a date after the deadline as 否决风险', () => {
    expect(modelOf(cleanBid()).signDate).toBe('2026-03-20')
    const late = only(printFindings(cleanBid(), { signDate: '2026-03-21' }), 'P02')
    expect(late).toHaveLength(1)
    expect(late[0].severity).toBe('否决风险')
    expect(late[0].printedIn!.length).toBeGreaterThan(5)
  })
  it('a form with a date of its own is named', () => {
    const bid = cleanBid()
    bid.sections[0].signDate = '2026-03-18'
    const f = only(printFindings(bid), 'P02')
    expect(f).toHaveLength(1)
    expect(f[0].printedIn).toEqual([{ partId: 's1', title: '投标函' }])
    expect(f[0].location.path).toBe('sections.0.signDate')
  })
  it('finds a date typed into a section text too', () => {
    const bid = cleanBid()
    bid.sections[7].content += '\n日期：2026年4月2日'
    expect(only(printFindings(bid), 'P02').map((f) => f.severity)).toEqual(['否决风险'])
  })
  it('leaves a date that does not exist to E08 instead of comparing it as the next month', () => {
    const bid = cleanBid()
    bid.sections[7].content += '\n日期：2026年2月30日'
    expect(only(printFindings(bid), 'P02')).toEqual([])
  })
})

describe('P03 no marker printed', () => {
  it.each([
    ['XXX', '项目经理为 XXX'],
    ['待补充', '待补充'],
    ['{{项目经理}}', '项目经理：{{项目经理}}'],
    ['____', '项目经理：____'],
  ])('finds %s in a section text', (needle, line) => {
    const bid = cleanBid()
    bid.sections[7].content += `\n${line}`
    const f = only(printFindings(bid), 'P03')
    expect(f.length).toBeGreaterThan(0)
    expect(f[0].printedIn).toEqual([{ partId: 's8', title: '服务方案' }])
    expect(f[0].message.zh).toContain(needle)
  })
  it('does not take signature lines or a tender text about 不响应 for markers', () => {
    const bid = cleanBid()
    bid.requirements[1].text = '不响应本条的视为无效：故障 30 分钟内响应，4 小时内解决'
    expect(only(printFindings(bid), 'P03')).toEqual([])
  })
  it('an empty company field prints a blank where a value belongs', () => {
    const f = printFindings(cleanBid(), { company: { ...company, legalRepTitle: '' } })
    expect(only(f, 'P03')[0].printedIn).toEqual([{ partId: 's3', title: '法定代表人身份证明' }])
  })
})

describe('P04 scans', () => {
  it('a listed qualification without a scan is 否决风险, a reference 失分风险, an ID card is named', () => {
    const noScans = materials.map((m) => ({ ...m, attachments: [] }))
    const f = only(
      printFindings(cleanBid(), { materials: noScans, company: { ...company, legalRepIdCard: [] } }),
      'P04',
    )
    const by = Object.fromEntries(f.map((x) => [x.message.zh.split('”')[0].slice(1), x.severity]))
    expect(by['营业执照']).toBe('否决风险')
    expect(by['某市政务云运维项目']).toBe('失分风险')
    expect(Object.keys(by).some((k) => k.startsWith('法定代表人'))).toBe(true)
  })
  it('a scan whose file is gone or is not an image cannot be printed', () => {
    const f = only(
      printFindings(cleanBid(), { scanStatus: (a) => (a.name === 'scan3.png' ? 'not-image' : 'ok') }),
      'P04',
    )
    expect(f.map((x) => x.message.zh)).toEqual([expect.stringContaining('不是图片')])
  })
})

describe('P05 commitments and P06 wording', () => {
  it('prints the commitments from the bid terms and finds none when they agree', () => {
    const model = modelOf(cleanBid())
    const letter = model.parts.find((p) => p.formKey === '服务承诺书')!
    const text = letter.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    expect(text).toContain('15分钟内响应')
    expect(text).not.toMatch(/供货|安装/)
  })
  it('a hard-coded, weaker commitment in a form is an undeclared negative deviation (否决风险)', () => {
    const bid = cleanBid()
    bid.sections[9].content = '售后响应：接到报修后 2 小时内响应，48 小时内解决问题。'
    const f = only(printFindings(bid), 'P05')
    expect(f.some((x) => x.severity === '否决风险' && x.message.zh.includes('2小时'))).toBe(true)
    expect(f.some((x) => x.message.zh.includes('两个不同的承诺'))).toBe(true)
  })
  it('a declared 负偏离 is not undeclared', () => {
    const bid = cleanBid({ termsOffered: { responseHours: 1, onsiteHours: 1, resolveHours: 2 } })
    bid.requirements[1].deviation = '负偏离'
    bid.requirements[1].responseText = '1 小时内响应，2 小时内解决'
    expect(only(printFindings(bid), 'P05').filter((f) => f.severity === '否决风险')).toEqual([])
  })
  it('goods wording in a service bid (an old workspace copy of the 服务承诺书)', () => {
    const forms = shippedForms()
    const old = forms.forms['服务承诺书']
    const legacy = {
      ...old,
      blocks: [
        {
          type: 'paragraph' as const,
          text: '1. 交货期（工期）：{{交货期}}，按采购人要求按时完成供货、安装和调试。',
        },
        {
          type: 'paragraph' as const,
          text: '3. 售后响应：接到报修后 2 小时内响应，24 小时内到达现场，48 小时内解决问题。',
        },
        ...old.blocks,
      ],
    }
    const f = printFindings(cleanBid(), {
      forms: { ...forms, forms: { ...forms.forms, 服务承诺书: legacy } },
    })
    expect(ids(only(f, 'P06'))).toEqual(['P06'])
    // The template's fixed "2 小时内响应" against a tender requiring 30 分钟: undeclared, and not from the terms.
    const p05 = only(f, 'P05')
    expect(p05.filter((x) => x.severity === '否决风险').map((x) => x.printedIn?.[0].title)).toContain(
      '服务承诺书',
    )
  })
})

describe('P07 ★ once with the clause number', () => {
  it('prints ★ once for a tender text that already carries it, with the clause number', () => {
    const model = modelOf(cleanBid())
    const dev = model.parts.find((p) => p.formKey === '技术偏离表')!
    const table = dev.blocks.find((b) => b.type === 'table')!
    const row = table.type === 'table' ? table.rows[0].map((c) => c.text) : []
    expect(row.slice(1, 3)).toEqual(['3.1', '★服务期 12 个月'])
    expect(only(printFindings(cleanBid()), 'P07')).toEqual([])
  })
  it('names a ★ clause without its number', () => {
    const bid = cleanBid()
    bid.requirements[0].no = ''
    expect(only(printFindings(bid), 'P07').map((f) => f.severity)).toEqual(['失分风险'])
  })
})
