import { describe, expect, it } from 'vitest'
import { quoteTotalFen, runChecks } from '@shared/domain/checks'
import { cleanCompany, cleanMatrix, OTHER_CODE, OUR_CODE, req, scenario, sec, triples } from './fixture'
import type { BidInput } from '@shared/schemas'

const letter = (edit: (t: string) => string) =>
  scenario((b) => (sec(b, 's-letter').content = edit(sec(b, 's-letter').content!)))

describe('E01 amount in words vs figures', () => {
  it('flags words that say another amount as a correction to confirm, with 87号令第59条', () => {
    const f = runChecks(scenario((b) => (b.quote!.bidLetterPriceWords = '壹佰壹拾伍万伍仟元整'))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E01', '失分风险', 'quote.bidLetterPriceWords', '87号令第59条'],
    ])
    expect(f[0].message.zh).toContain('1155000.00')
  })
  it('flags malformed words with the position', () => {
    const f = runChecks(
      scenario((b) => (b.quote!.openingSummary!.priceWords = '壹佰壹拾伍万元整整')),
    ).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E01', '失分风险', 'quote.openingSummary.priceWords', '87号令第51条'],
    ])
    expect(f[0].message.zh).toMatch(/第\d+个字/)
  })
  it('flags missing words as 失分风险', () => {
    expect(triples(scenario((b) => (b.quote!.bidLetterPriceWords = '')))).toEqual([
      ['E01', '失分风险', 'quote.bidLetterPriceWords'],
    ])
  })
  it('passes every correct variant (正, 人民币 prefix, spaces)', () => {
    const s = scenario((b) => {
      b.quote!.bidLetterPriceWords = '人民币 壹佰壹拾伍万元正'
      b.quote!.openingSummary!.priceWords = '壹佰壹拾伍万元整'
    })
    expect(triples(s)).toEqual([])
    const odd = scenario((b) => {
      for (const k of ['bidLetterPrice', 'statedTotal'] as const) b.quote![k] = 325.04
      b.quote!.openingSummary!.price = 325.04
      b.quote!.items = [{ id: 'q1', name: '耗材', qty: 1, unitPrice: 325.04 }]
      b.quote!.bidLetterPriceWords = '叁佰贰拾伍元零肆分'
      b.quote!.openingSummary!.priceWords = '人民币叁佰贰拾伍元零肆分'
      b.quote!.costJustification = '样品价'
      sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(
        '壹佰壹拾伍万元整',
        '叁佰贰拾伍元零肆分',
      )
    })
    expect(triples(odd)).toEqual([])
  })
})

describe('E02 quote total', () => {
  it('flags a total that is not Σ qty × unit price', () => {
    const f = runChecks(scenario((b) => (b.quote!.items![1].qty = 1.5))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E02', '失分风险', 'quote.statedTotal'],
    ])
    expect(f[0].message.zh).toContain('1062500.00')
  })
  it('flags a total rounded differently from what the quote states', () => {
    const items = [
      { id: 'q1', name: '主机', qty: 1, unitPrice: 1_149_999.98 },
      { id: 'q2', name: '线缆', unit: '米', qty: 0.5, unitPrice: 0.01 },
      { id: 'q3', name: '扎带', unit: '个', qty: 0.5, unitPrice: 0.01 },
      { id: 'q4', name: '标签', unit: '张', qty: 0.5, unitPrice: 0.01 },
    ]
    // per line: 114999998 + 1 + 1 + 1 = 115000001 分; on the sum: 114999998 + 1.5 → 115000000 分
    expect(quoteTotalFen(items, 'line')).toBe(115_000_001)
    expect(quoteTotalFen(items, 'total')).toBe(115_000_000)
    expect(triples(scenario((b) => (b.quote!.items = items)))).toEqual([['E02', '提示', 'quote.rounding']])
    expect(
      triples(
        scenario((b) => {
          b.quote!.items = items
          b.quote!.rounding = 'total'
        }),
      ),
    ).toEqual([])
  })
})

describe('E03 price above ceiling or budget', () => {
  it('flags above the ceiling', () => {
    const f = runChecks(scenario((b) => (b.priceCeiling = 1_100_000))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E03', '否决风险', 'quote.openingSummary.price', '87号令第63条'],
    ])
  })
  it('flags above the budget when there is no ceiling', () => {
    const s = scenario((b) => {
      b.priceCeiling = null
      b.budget = 1_149_999.99
    })
    expect(triples(s)).toEqual([['E03', '否决风险', 'quote.openingSummary.price']])
  })
  it('passes a price equal to the ceiling', () => {
    expect(triples(scenario((b) => (b.priceCeiling = b.budget = 1_150_000)))).toEqual([])
  })
})

describe('E04 abnormally low price', () => {
  it('flags a price below 80 % of the ceiling without a cost justification', () => {
    const f = runChecks(scenario((b) => (b.priceCeiling = b.budget = 1_500_000))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path, x.basis])).toEqual([
      ['E04', '提示', 'quote.costJustification', '87号令第60条'],
    ])
  })
  it('flags a price below 80 % of the competitors’ expected average', () => {
    const m = cleanMatrix()
    m.bidders[1].price.likely = 1_500_000
    m.bidders[2].price.likely = 1_500_000
    // average 1 500 000 × 0.8 = 1 200 000 > 1 150 000
    expect(triples(scenario(undefined, { matrix: m }))).toEqual([['E04', '提示', 'quote.costJustification']])
  })
  it('passes exactly at the threshold, and with a justification', () => {
    // 1 437 500 × 0.8 = 1 150 000: not below
    expect(triples(scenario((b) => (b.priceCeiling = b.budget = 1_437_500)))).toEqual([])
    const s = scenario((b) => {
      b.priceCeiling = b.budget = 1_500_000
      b.quote!.costJustification = '软件为自有产品，边际成本低，附成本测算表。'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('E05 validity period', () => {
  it('flags a shorter validity wherever it is stated', () => {
    const s = scenario((b) => {
      b.validityDays = 60
      b.quote!.openingSummary!.validityDays = 60
      sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('90天', '60天')
    })
    expect(triples(s)).toEqual([
      ['E05', '否决风险', 'sections.0.content'],
      ['E05', '否决风险', 'validityDays'],
      ['E05', '否决风险', 'quote.openingSummary.validityDays'],
    ])
  })
  it('flags a validity that is not stated at all', () => {
    const s = scenario((b) => {
      b.validityDays = null
      b.quote!.openingSummary!.validityDays = null
    })
    expect(triples(s)).toEqual([['E05', '否决风险', 'validityDays']])
  })
  it('passes a longer one', () => {
    const s = scenario((b) => {
      b.validityDays = 120
      sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('90天', '120天')
    })
    expect(triples(s)).toEqual([])
  })
})

describe('E06 company name and credit code', () => {
  it('flags a profile code that fails its check digit', () => {
    const bad = OUR_CODE.slice(0, 17) + '4'
    const s = scenario(
      (b) => (sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(OUR_CODE, bad)),
      {
        company: { ...cleanCompany(), creditCode: bad },
      },
    )
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.location.doc, x.location.path])).toEqual([
      ['E06', 'workspace', 'company.creditCode'],
      ['E06', 'bid', 'sections.0.content'],
    ])
  })
  it('checks the GB 32100-2015 check character of every code written in the bid', () => {
    // 91350100M000100Y43 is valid; changing one body character (0→1) breaks the checksum,
    // 'I' is not in the code alphabet and 17 characters is too short.
    for (const bad of ['91350100M000101Y43', '91350100M00010IY43', '91350100M000100Y4']) {
      const f = runChecks(letter((t) => t.replace(OUR_CODE, bad))).findings
      expect(
        f.map((x) => [x.ruleId, x.severity, x.location.path]),
        bad,
      ).toEqual([['E06', '失分风险', 'sections.0.content']])
      expect(f[0].message.zh).toContain('无效')
    }
    // lower case is the same code
    expect(triples(letter((t) => t.replace(OUR_CODE, OUR_CODE.toLowerCase())))).toEqual([])
  })
  it('flags another company’s (valid) code in a section', () => {
    const f = runChecks(letter((t) => t.replace(OUR_CODE, OTHER_CODE))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E06', '否决风险', 'sections.0.content'],
    ])
    expect(f[0].message.zh).toContain('不一致')
  })
  it('flags a different bidder name', () => {
    const f = runChecks(letter((t) => t.replace('华信数科技术有限公司', '华信数码技术有限公司'))).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['E06', 'sections.0.content']])
  })
  it('passes names that differ only in parentheses and spaces', () => {
    const s = scenario(
      (b) =>
        (sec(b, 's-letter').content = sec(b, 's-letter').content!.replace(
          '华信数科技术有限公司',
          '华信数科(福建)技术有限公司',
        )),
      { company: { ...cleanCompany(), name: '华信数科（福建）技术 有限公司' } },
    )
    // the power of attorney still names the short form: exactly that one is reported
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.location.path])).toEqual([
      ['E06', 'sections.1.content'],
    ])
  })
})

describe('E07 buyer, project and tender number', () => {
  it('flags a different tender number and project name', () => {
    const s = letter((t) =>
      t.replace('ZFCG-2026-018', 'ZFCG-2026-019').replace('某市智慧政务平台采购项目', '某市智慧城市平台项目'),
    )
    expect(triples(s)).toEqual([
      ['E07', '失分风险', 'sections.0.content'],
      ['E07', '失分风险', 'sections.0.content'],
    ])
  })
  it('flags the buyer or number of another bid of the workspace', () => {
    const f = runChecks(
      scenario(
        (b) => (sec(b, 's-plan').content += '\n根据某县教育局招标文件（JY-2025-007）的要求编制本方案。'),
      ),
    ).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([
      ['E07', 'sections.7.content'],
      ['E07', 'sections.7.content'],
    ])
    expect(f.map((x) => x.message.zh).join()).toContain('某县教育信息化项目')
  })
  it('flags a letter addressed to someone other than the buyer or its agency, once', () => {
    const s = letter((t) => t.replace('致：某市大数据管理局', '致：杭州市第一人民医院（采购人）'))
    const f = runChecks(s).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['E07', 'sections.0.content']])
    expect(f[0].message.zh).toBe('致函对象写为“杭州市第一人民医院”，本项目采购人为“某市大数据管理局”')
    // Another bid's buyer is named with that bid, by the leftovers finding alone.
    const old = runChecks(letter((t) => t.replace('致：某市大数据管理局', '致：某县教育局'))).findings
    expect(old.map((x) => x.message.zh)).toEqual([expect.stringContaining('某县教育信息化项目')])
  })
  it('passes a letter to the agency, a short form of the buyer, or the committee', () => {
    for (const to of [
      '致：某市公共资源交易代理有限公司',
      '致：某市大数据局（采购人）',
      '　致: 评标委员会',
      '致：大数据管理局',
    ])
      expect(
        triples(
          scenario((b) => {
            b.agency = '某市公共资源交易代理有限公司'
            sec(b, 's-letter').content = sec(b, 's-letter').content!.replace('致：某市大数据管理局', to)
          }),
        ),
      ).toEqual([])
  })
  it('passes our own buyer and number in any spacing', () => {
    expect(triples(letter((t) => t.replace('招标编号：ZFCG-2026-018', '招标编号： zfcg-2026-018')))).toEqual(
      [],
    )
  })
})

describe('E08 dates', () => {
  it('flags a signature dated after the deadline', () => {
    expect(triples(scenario((b) => (sec(b, 's-letter').signDate = '2026-04-26')))).toEqual([
      ['E08', '失分风险', 'sections.0.signDate'],
    ])
  })
  it('flags a date that does not exist', () => {
    expect(triples(scenario((b) => (sec(b, 's-poa').content += '\n日期：2026年2月30日')))).toEqual([
      ['E08', '失分风险', 'sections.1.content'],
    ])
  })
  it('flags an opening before the submission deadline', () => {
    expect(triples(scenario((b) => (b.dates!.opening = '2026-04-24T09:30:00+08:00')))).toEqual([
      ['E08', '失分风险', 'dates.opening'],
    ])
  })
  it('passes a signature on the deadline day and 29 Feb of a leap year', () => {
    const s = scenario((b) => {
      sec(b, 's-letter').signDate = '2026-04-25'
      sec(b, 's-plan').content += '\n2024年2月29日完成试点。'
    })
    expect(triples(s)).toEqual([])
  })
})

describe('E09 legal representative and agent names', () => {
  it('flags a different legal representative', () => {
    expect(triples(letter((t) => t.replace('法定代表人：王建国', '法定代表人：王建民')))).toEqual([
      ['E09', '否决风险', 'sections.0.content'],
    ])
  })
  it('flags an agent who is not the one in the company profile', () => {
    const f = runChecks(
      scenario((b) => (sec(b, 's-poa').content = sec(b, 's-poa').content!.replace('李明', '李铭'))),
    ).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['E09', 'sections.1.content']])
    expect(f[0].message.zh).toContain('李铭')
  })
  it('flags an agent in another form who differs from the power of attorney', () => {
    expect(triples(letter((t) => t + '\n授权代表：张伟（签字）'))).toEqual([
      ['E09', '否决风险', 'sections.0.content'],
    ])
  })
  it('passes a name followed directly by the next label', () => {
    expect(
      triples(letter((t) => t.replace('法定代表人：王建国（签字）', '法定代表人：王建国性别：男'))),
    ).toEqual([])
  })
})

describe('E10 deviation table vs responses', () => {
  it('flags a mismatch; on a ★ requirement with 负偏离 it is 否决风险', () => {
    expect(triples(scenario((b) => (req(b, 'r3').deviationTableEntry = '无偏离')))).toEqual([
      ['E10', '失分风险', 'requirements.2.deviationTableEntry'],
    ])
    expect(triples(scenario((b) => (req(b, 'r1').deviationTableEntry = '负偏离')))).toEqual([
      ['E10', '否决风险', 'requirements.0.deviationTableEntry'],
    ])
  })
  it('passes a requirement with no table row', () => {
    expect(triples(scenario((b) => (req(b, 'r3').deviationTableEntry = null)))).toEqual([])
  })
})

describe('E11 one price', () => {
  it('flags a bid letter price that differs from the opening summary', () => {
    const s = scenario((b) => {
      b.quote!.bidLetterPrice = 1_140_000
      b.quote!.bidLetterPriceWords = '壹佰壹拾肆万元整'
    })
    // 政府采购: art. 59(一) corrects to the 开标一览表; 招标投标: two prices reject the bid (实施条例 art. 51)
    expect(triples(s)).toEqual([['E11', '失分风险', 'quote.bidLetterPrice']])
    const t = scenario((b) => {
      b.governingLaw = '招标投标'
      b.quote!.bidLetterPrice = 1_140_000
      b.quote!.bidLetterPriceWords = '壹佰壹拾肆万元整'
    })
    expect(runChecks(t).findings.map((x) => [x.ruleId, x.severity, x.basis])).toEqual([
      ['E11', '否决风险', '实施条例第51条'],
    ])
  })
})

describe('E12 tax rate and currency', () => {
  it('flags another currency and a tax rate no quote line uses', () => {
    const s = scenario((b) => (sec(b, 's-price').content = '报价为含税价，增值税税率6%，以美元结算。'))
    expect(runChecks(s).findings.map((x) => [x.ruleId, x.location.path, x.message.en])).toEqual([
      ['E12', 'sections.4.content', 'The quote is in CNY but this text names USD'],
      ['E12', 'sections.4.content', 'Tax rate 6 % in the text differs from the quote lines (13 %)'],
    ])
  })
  it('passes 人民币 in a CNY quote', () => {
    expect(
      triples(scenario((b) => (sec(b, 's-price').content = '报价币种：人民币，含税，税率13%。'))),
    ).toEqual([])
  })
})

describe('E13 terms worse than required', () => {
  it('flags an undeclared longer delivery', () => {
    const s = scenario((b) => {
      b.termsOffered!.deliveryDays = 70
      b.quote!.openingSummary!.deliveryPeriod = '合同签订后70日内'
      req(b, 'r3').responseText = '合同签订后70日内完成部署。'
    })
    expect(triples(s)).toEqual([
      ['E13', '失分风险', 'termsOffered.deliveryDays'],
      ['E13', '失分风险', 'quote.openingSummary.deliveryPeriod'],
      ['E13', '失分风险', 'requirements.2.responseText'],
    ])
  })
  it('is 否决风险 when the term is a ★ requirement', () => {
    const s = scenario((b) => {
      b.termsOffered!.warrantyMonths = 12
      b.requirements!.push({
        id: 'r4',
        no: '4.2',
        kind: '商务',
        star: true,
        text: '★质保期不少于24个月',
        status: '响应',
        responseText: '质保36个月',
      })
    })
    expect(triples(s)).toEqual([['E13', '否决风险', 'termsOffered.warrantyMonths']])
  })
  it('passes a worse term that is declared 负偏离', () => {
    const s = scenario((b) => {
      b.termsOffered!.deliveryDays = 70
      b.quote!.openingSummary!.deliveryPeriod = '合同签订后70日内'
      req(b, 'r3').responseText = '合同签订后70日内完成部署。'
      req(b, 'r3').deviation = '负偏离'
      req(b, 'r3').deviationTableEntry = '负偏离'
    })
    expect(triples(s)).toEqual([])
  })
  describe('a 服务期 written as a span of dates', () => {
    const service = (edit?: (b: BidInput) => void) =>
      scenario((b) => {
        b.category = '服务'
        b.termsRequired!.servicePeriod = '2027年1月1日至2027年12月31日'
        b.termsOffered!.servicePeriod = '2027年1月1日至2027年12月31日'
        edit?.(b)
      })
    it('passes the same span in every form of writing', () => {
      expect(
        triples(
          service((b) => {
            sec(b, 's-letter').content += '\n服务期：自2027-01-01起至2027-12-31止。'
          }),
        ),
      ).toEqual([])
    })
    it('flags a shorter span, a span that starts late, and the two statements that disagree', () => {
      expect(
        triples(
          service(
            (b) => (sec(b, 's-letter').content += '\n服务期为2027 年 1 月 1 日至 2027 年 6 月 30 日。'),
          ),
        ),
      ).toEqual([['E13', '失分风险', 'sections.0.content']])
      const late = runChecks(
        service((b) => (b.termsOffered!.servicePeriod = '自2027年2月1日起至2028年1月31日止')),
      ).findings
      expect(late.map((f) => [f.ruleId, f.location.path])).toEqual([['E13', 'termsOffered.servicePeriod']])
      expect(late[0].message.zh).toContain(
        '2027-02-01至2028-01-31（365天），劣于招标要求的 2027-01-01至2027-12-31（365天）',
      )
    })
    it('leaves a length the span settles within, and a certificate validity, alone', () => {
      expect(triples(service((b) => (b.termsOffered!.servicePeriod = '合同签订之日起12个月')))).toEqual([])
      expect(
        triples(
          service((b) => (sec(b, 's-letter').content += '\n证书有效期：2024年1月1日至2026年12月31日。')),
        ),
      ).toEqual([])
    })
  })
  describe('a count in a response against the requirement’s minimum', () => {
    const answer = (text: string, response: string, edit?: (b: BidInput) => void) =>
      runChecks(
        scenario((b) => {
          b.requirements!.push({
            id: 'r9',
            no: '3.9',
            kind: '技术',
            star: true,
            text,
            status: '响应',
            responseText: response,
          })
          edit?.(b)
        }),
      ).findings.filter((f) => f.location.path === 'requirements.3.responseText')
    it('flags fewer people than the minimum, 否决风险 on a ★ requirement', () => {
      const f = answer(
        '★驻场人员不少于6人，其中高级工程师不少于2人',
        '安排 5 名驻场工程师，其中 2 人为高级工程师。',
      )
      expect(f.map((x) => [x.ruleId, x.severity, x.message.zh])).toEqual([
        ['E13', '否决风险', '“3.9”的响应为“5 名”，未达到招标要求“不少于6人”（★条款），且未声明负偏离'],
      ])
    })
    it('flags a technical measure short of its minimum or beyond its maximum, in the same unit', () => {
      expect(
        answer('影像存储容量不少于 100TB，支持在线扩容', '配置 80TB 存储，支持在线扩容至 1PB。')[0].message
          .zh,
      ).toBe('“3.9”的响应为“80TB”，未达到招标要求“不少于 100TB”（★条款），且未声明负偏离')
      expect(answer('★系统可用率不低于99.95%', '全年可用率 99.9%。')).toHaveLength(1)
      expect(answer('★单次查询延迟不超过 50ms', '平均查询延迟 80ms，峰值 120ms。')[0].message.zh).toContain(
        '超出招标要求“不超过 50ms”',
      )
      // PB is another unit: never converted, never compared with TB.
      expect(answer('★存储容量不少于 100TB', '配置 1PB 存储。')).toEqual([])
    })
    it('passes enough, other kinds of count, a declared 负偏离 and a scoring clause', () => {
      expect(
        answer('★驻场人员不少于6人，其中高级工程师不少于2人', '安排 8 名驻场工程师，其中 3 人高级。'),
      ).toEqual([])
      expect(answer('★提供备机不少于3台', '提供 2 名工程师驻场，备机 4 台。')).toEqual([])
      expect(
        answer('★驻场人员不少于6人', '安排 5 名驻场工程师。', (b) => {
          b.requirements![3].deviation = '负偏离'
          b.requirements![3].deviationTableEntry = '负偏离'
        }),
      ).toEqual([])
      expect(answer('驻场人员不少于6人的得5分，每少1人扣1分', '安排 5 名驻场工程师。')).toEqual([])
    })
  })
})
