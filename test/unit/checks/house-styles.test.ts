import { describe, expect, it } from 'vitest'
import { readForm, readPowerOfAttorney, termsOf } from '@shared/domain/checks/read/forms'
import { halfWidth } from '@shared/domain/checks/read/normalise'
import { datesIn, extract, signingDatesIn } from '@shared/domain/checks/text'
import { scenario, sec, triples } from './fixture'

/**
 * What the corpus's other houses (test/corpus/styles-more.ts: 标准施工招标文件 forms, a 竞争性磋商 response,
 * a bid typed with half-width punctuation and spaced labels) found missing or falsely alarmed, each pinned.
 */

describe('labels typed with spaces between their characters', () => {
  it('are closed up without moving the rest of the text', () => {
    const t = '投 标 人: 漳州博瑞医疗器械有限公司 (盖章)'
    const h = halfWidth(t)
    expect(h).toHaveLength(t.length)
    expect(h.startsWith('  投标人: 漳州博瑞')).toBe(true)
    // Words inside a sentence keep their spaces.
    expect(halfWidth('提供 全部 货物')).toBe('提供 全部 货物')
  })
  it('are read for the bidder, the legal representative, the agent and the warranty', () => {
    const r = readForm(
      '投 标 人: 漳州博瑞医疗器械有限公司 (盖章)\n法 定 代 表 人 (签字):\n邱文斌\n受 托 人: 黄晓东\n质 保 期: 24 个月',
    )
    expect(r.orgs.map((o) => [o.role, o.name])).toContainEqual(['bidder', '漳州博瑞医疗器械有限公司'])
    expect(r.people.map((p) => [p.role, p.name])).toEqual([
      ['legalRep', '邱文斌'],
      ['agent', '黄晓东'],
    ])
    expect(r.terms.map((x) => [x.term, x.period.amount])).toEqual([['warranty', 24]])
  })
})

describe('the 标准施工招标文件 forms', () => {
  it('法定代表人身份证明: the post before 系 is not the name', () => {
    const r = readForm(
      '姓名：蔡国梁  性别：男  年龄：51  职务：董事长\n系厦门筑安建设集团有限公司（投标人名称）的法定代表人。',
    )
    expect(r.people.filter((p) => p.role === 'legalRep').map((p) => p.name)).toEqual(['蔡国梁'])
  })
  it('投标函: the price in words and figures before "的投标总报价", not the bond', () => {
    const r = readForm(
      '愿意以人民币（大写）叁仟陆佰伍拾叁万陆仟伍佰陆拾陆元捌角叁分（¥36,536,566.83）的投标总报价，工期540日历天。\n' +
        '3．随同本投标函提交投标保证金一份，金额为人民币（大写）伍拾万元整（¥500,000.00）。',
    )
    expect(r.prices.map((p) => [p.fen, p.words])).toEqual([
      [3_653_656_683, true],
      [3_653_656_683, false],
    ])
  })
  it('缺陷责任期 is the warranty a works tender asks for', () => {
    expect(termsOf('3．缺陷责任期：24个月，自工程通过竣工验收之日起计算。').warranty?.period.amount).toBe(24)
  })
  it('a staff table reads as "post: name", each ID with its holder', () => {
    const r = readForm(
      [
        '职务 | 姓名 | 执业或职业资格证明 | 身份证号码',
        '项目经理 | 郭志诚 | 一级注册建造师（建筑工程） | 350203198204251239',
        '技术负责人 | 林美玲 | 高级工程师（土建） | 350102198002142825',
      ].join('\n'),
    )
    expect(r.people.map((p) => [p.role, p.name, p.post, p.idNumber])).toEqual([
      ['staff', '郭志诚', '项目经理', '350203198204251239'],
      ['staff', '林美玲', '技术负责人', '350102198002142825'],
    ])
  })
})

describe('the 竞争性磋商 response', () => {
  it('the 首轮报价 is not a price of the bid; the 最后报价 is', () => {
    const r = readForm(
      '1．首轮报价：人民币壹佰肆拾贰万捌仟元整（¥142.8万元）。\n最后报价：人民币壹佰叁拾肆万肆仟伍佰元整（¥134.45万元）',
    )
    expect(r.prices.map((p) => p.fen)).toEqual([134_450_000, 134_450_000])
  })
  it('"兹授权我公司X同志…代表我公司参加…" names the agent and no company; 授权单位 is the bidder', () => {
    const poa = readPowerOfAttorney(
      '兹授权我公司杨帆同志（身份证号码：350203198408223512）为我方代理人，代表我公司参加贵方组织的市数据资源局政务云安全运维服务采购项目竞争性磋商活动。\n' +
        '授权单位（公章）：福州云盾信息安全技术有限公司\n法定代表人（签字或盖章）：方晓薇',
    )
    expect(poa).toEqual({
      legalRep: '方晓薇',
      company: '福州云盾信息安全技术有限公司',
      agent: '杨帆',
      agentId: '350203198408223512',
    })
  })
  it('a project number in square brackets is read whole', () => {
    expect(extract.tenderNo('项目编号：[350100]SJZY[2026]015）竞争性磋商').map((v) => v.value)).toEqual([
      '[350100]SJZY[2026]015',
    ])
  })
})

describe('dates as other houses write them', () => {
  it('reads 2026.12.04, 2026/12/4 and 二〇二六年十二月四日, not a version number', () => {
    const ds = datesIn(
      '2026.12.04 与 2026/12/4 与 二〇二六年十二月四日 与 二〇二六年二月三十日，版本 V2026.1.2',
    )
    expect(ds.map((d) => [d.y, d.m, d.d])).toEqual([
      [2026, 12, 4],
      [2026, 12, 4],
      [2026, 12, 4],
      [2026, 2, 30],
    ])
  })
  it('a signing date is the dated closing line, not a term inside the text', () => {
    const t =
      '委托期限：自2026年4月22日起至2026年7月21日止。\n成立时间：2006年3月18日\n投标人：某公司（盖章）\n二〇二六年四月二十二日'
    expect(signingDatesIn(t).map((d) => d.raw)).toEqual(['二〇二六年四月二十二日'])
  })
  it('E08 flags a form dated after the deadline in its text, in any of these formats', () => {
    for (const late of ['二〇二六年四月二十八日', '2026.04.28', '日期：2026-04-28'])
      expect(
        triples(scenario((b) => (sec(b, 's-poa').content = `${sec(b, 's-poa').content}\n${late}`))),
      ).toEqual([['E08', '失分风险', 'sections.1.content']])
  })
  it('E08 leaves a later date inside the text alone', () => {
    expect(
      triples(
        scenario(
          (b) =>
            (sec(b, 's-poa').content =
              `委托期限：自2026年4月22日起至2026.07.21止。\n${sec(b, 's-poa').content}\n日期：2026年4月22日`),
        ),
      ),
    ).toEqual([])
  })
})
