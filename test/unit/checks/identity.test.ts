import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { OUR_CODE, OTHER_CODE, scenario, sec, triples } from './fixture'

/** E06 and E09 read from the forms as written (issue #14: standard wording, 联合体牵头人, signatory). */

const CO = '华信数科技术有限公司'
const cert = (name: string, company = CO) =>
  `投标人名称：${company}\n姓名：${name}　性别：男　年龄：52　职务：总经理\n系 ${company} 的法定代表人。\n特此证明。`
const poa = (legal: string, agent: string) =>
  `本人 ${legal} 系 ${CO} 的法定代表人，现委托 ${agent}（身份证号码：350102199001011238）为我方代理人。代理人根据授权，以我方名义签署、澄清、递交投标文件。`

const withCert = (text: string) =>
  scenario((b) => {
    b.sections!.splice(1, 0, { id: 's-cert', title: '法定代表人身份证明', kind: '资格', content: text })
  })

describe('E09 reads 法定代表人身份证明 and 授权委托书 in their standard wording', () => {
  it('passes the right people', () => {
    expect(triples(withCert(cert('王建国')))).toEqual([])
    expect(triples(scenario((b) => (sec(b, 's-poa').content = poa('王建国', '李明'))))).toEqual([])
  })
  it('flags a 身份证明 that names another person', () => {
    const f = runChecks(withCert(cert('王海东'))).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E09', '否决风险', 'sections.1.content'],
    ])
    expect(f[0].message.zh).toContain('王海东')
  })
  it('flags a 授权委托书 copied from an old bid that authorises someone else', () => {
    const f = runChecks(scenario((b) => (sec(b, 's-poa').content = poa('王建国', '张伟')))).findings
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['E09', 'sections.1.content']])
    expect(f[0].message.zh).toContain('张伟')
  })
  it('flags an old legal representative in the 本人…系… sentence', () => {
    expect(triples(scenario((b) => (sec(b, 's-poa').content = poa('刘振华', '李明'))))).toEqual([
      ['E09', '否决风险', 'sections.1.content'],
    ])
  })
  it('flags a signer who is neither the legal representative nor the agent', () => {
    const s = scenario((b) => (sec(b, 's-letter').content += '\n法定代表人或授权代表（签字）：赵强'))
    expect(triples(s)).toEqual([['E09', '否决风险', 'sections.0.content']])
    const ok = scenario((b) => (sec(b, 's-letter').content += '\n法定代表人或其授权代表（签字）：李明'))
    expect(triples(ok)).toEqual([])
  })
  it('flags an ID number that fails its check digit or differs from the profile', () => {
    const bad = runChecks(
      scenario((b) => (sec(b, 's-poa').content = poa('王建国', '李明').replace('1238', '1234'))),
    ).findings
    expect(bad.map((x) => [x.ruleId, x.severity])).toEqual([['E09', '失分风险']])
    const other = runChecks(
      scenario(
        (b) =>
          (sec(b, 's-poa').content = poa('王建国', '李明').replace(
            '350102199001011238',
            '110101197003071234',
          )),
      ),
    ).findings
    expect(other.map((x) => [x.ruleId, x.severity])).toEqual([['E09', '否决风险']])
  })
})

describe('E06 company names in every role', () => {
  it('flags the bidder named differently in a 身份证明 sentence', () => {
    const f = runChecks(withCert(cert('王建国', '华信数码技术有限公司'))).findings
    // one finding per wrong name and form, however often the form repeats it
    expect(f.map((x) => [x.ruleId, x.location.path])).toEqual([['E06', 'sections.1.content']])
  })
  it('flags a wrong 联合体牵头人, and passes the right one', () => {
    const consortium = (lead: string) =>
      scenario((b) => {
        b.consortium = {
          isConsortium: true,
          agreementMaterialId: 'm-license',
          members: [
            { id: 'c1', role: '牵头人', isUs: true, work: '软件开发', sharePercent: 60 },
            {
              id: 'c2',
              role: '成员',
              name: '福建恒建建设工程有限公司',
              creditCode: OTHER_CODE,
              work: '机房改造',
              sharePercent: 40,
            },
          ],
        }
        sec(b, 's-letter').content +=
          `\n联合体牵头人：${lead}\n联合体成员：福建恒建建设工程有限公司\n成员统一社会信用代码：${OTHER_CODE}`
      })
    expect(triples(consortium(CO))).toEqual([])
    const f = runChecks(consortium('福建华信科技有限公司')).findings
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['E06', '否决风险', 'sections.0.content'],
    ])
    expect(f[0].message.zh).toContain('联合体牵头人')
  })
  it('flags a 牵头人 that is not us in a bid that is not a consortium', () => {
    const s = scenario((b) => (sec(b, 's-letter').content += '\n联合体牵头人：福建恒建建设工程有限公司'))
    expect(triples(s)).toEqual([['E06', '否决风险', 'sections.0.content']])
  })
  it('does not read a 单位名称 in a technical text as the bidder', () => {
    const s = scenario((b) => (sec(b, 's-plan').content += '\n集成平台单位名称：某省数字政府研究院'))
    expect(triples(s)).toEqual([])
  })
  it('keeps a member’s valid code, but not a stranger’s', () => {
    const s = scenario((b) => (sec(b, 's-letter').content += `\n统一社会信用代码：${OTHER_CODE}`))
    expect(triples(s)).toEqual([['E06', '否决风险', 'sections.0.content']])
    expect(OUR_CODE).not.toBe(OTHER_CODE)
  })
})

describe('L04 power of attorney whenever an agent signs', () => {
  const noPoa = (b: Parameters<NonNullable<Parameters<typeof scenario>[0]>>[0]) => {
    b.sections = b.sections!.filter((s) => s.id !== 's-poa')
    b.mandatedOrder = b.mandatedOrder!.filter((t) => t !== '授权委托书')
    b.sections!.splice(1, 0, {
      id: 's-cert',
      title: '法定代表人身份证明',
      kind: '资格',
      content: cert('王建国'),
    })
  }
  it('passes a bid the legal representative signs', () => {
    expect(triples(scenario(noPoa))).toEqual([])
  })
  it('flags an agent who signs the 投标函 when the tender’s list has no 授权委托书', () => {
    const s = scenario((b) => {
      noPoa(b)
      sec(b, 's-letter').content += '\n签字代表 李明 经正式授权并代表投标人提交投标文件。'
    })
    expect(triples(s)).toEqual([['L04', '否决风险', 'sections.0.content']])
  })
  it('flags a bid whose signatory is an agent', () => {
    const s = scenario((b) => {
      noPoa(b)
      b.signatory = { role: '授权代表', agentName: '李明' }
    })
    expect(triples(s)).toEqual([['L04', '否决风险', 'signatory.role']])
  })
  it('flags an agent the company profile does not know, whose forms would name another', () => {
    const s = scenario((b) => (b.signatory = { role: '授权代表', agentName: '王小明' }))
    const f = runChecks(s).findings
    // The written 授权委托书 of the fixture names 李明, which E09 reports against the bid's agent as well.
    expect(f.map((x) => [x.ruleId, x.severity, x.location.path])).toEqual([
      ['L04', '否决风险', 'signatory.agentName'],
      ['E09', '否决风险', 'sections.1.content'],
    ])
    expect(f[0].message.zh).toBe(
      '签署人为授权代表“王小明”，但公司资料的授权代表只有“李明”：授权委托书和各表将写“李明”',
    )
    expect(triples(scenario((b) => (b.signatory = { role: '授权代表', agentName: ' 李明 ' })))).toEqual([])
  })
})

describe('E06 our name mistyped outside the labels', () => {
  const plan = (text: string) =>
    runChecks(scenario((b) => (sec(b, 's-plan').content += `\n${text}`))).findings.filter(
      (f) => f.ruleId === 'E06',
    )
  it('flags a name one or two characters off ours, once per name', () => {
    const f = plan('华信数科枝术有限公司郑重承诺按期完成，华信数科枝术有限公司负责售后。')
    expect(f.map((x) => [x.severity, x.location.path, x.message.zh])).toEqual([
      [
        '失分风险',
        'sections.7.content',
        '“华信数科枝术有限公司”与本公司名称“华信数科技术有限公司”只差 1 个字，疑似写错',
      ],
    ])
    expect(plan('由华信 数科 技术有限公司负责实施。')).toEqual([])
    // Behind a label it is the labelled finding alone (否决风险: the bidder's name itself is wrong).
    expect(plan('投标人名称：华信数科枝术有限公司').map((x) => x.severity)).toEqual(['否决风险'])
  })
  it('leaves a longer sister company, a manufacturer, a past customer and other companies alone', () => {
    expect(plan('华信数科技术服务有限公司负责驻场。')).toEqual([])
    expect(plan('本公司于2024年为华信数科枝术有限公司实施了同类项目（业绩）。')).toEqual([])
    expect(plan('设备由浙江大华技术股份有限公司生产。')).toEqual([])
    const maker = runChecks(
      scenario((b) => {
        b.quote!.items![0].manufacturer = '华信数科枝术有限公司'
        sec(b, 's-plan').content += '\n设备由华信数科枝术有限公司制造。'
      }),
    ).findings
    expect(maker.filter((x) => x.ruleId === 'E06')).toEqual([])
  })
})
