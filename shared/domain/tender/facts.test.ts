import { describe, expect, it } from 'vitest'
import type { TenderDocument } from './document'
import { extractTender } from './extract'

const p = (text: string) => ({ kind: 'p' as const, text, heading: null })
const doc = (blocks: TenderDocument['blocks']): TenderDocument => ({ file: 't.docx', format: 'docx', blocks })

describe('project facts as notices write them', () => {
  it('reads a spaced cover label ("采 购 人：")', () => {
    const r = extractTender([
      doc([
        p('信息系统运维服务采购项目'),
        p('竞 争 性 磋 商 文 件'),
        p('项目编号：NBYZ-2026-CS-0815'),
        p('采 购 人：宁波市鄞州区第二医院'),
        p('2026年11月 代 理 机 构：宁波中誉招标代理有限公司'),
      ]),
    ])
    expect(r.project.buyer).toBe('宁波市鄞州区第二医院')
    expect(r.project.agency).toBe('宁波中誉招标代理有限公司')
  })

  it('reads 时间/地点 under the heading that says of what (the standard 磋商公告: 响应文件提交, 开启)', () => {
    const r = extractTender([
      doc([
        p('第一章 竞争性磋商公告'),
        p('三、获取采购文件'),
        p('时间：2026年11月20日至2026年11月27日'),
        p('地点：政府采购云平台'),
        p('四、响应文件提交'),
        p('截止时间：2026年12月9日 14点30分（北京时间）'),
        p('地点：宁波市公共资源交易中心鄞州分中心3楼'),
        p('五、开启'),
        p('时间：2026年12月9日 14点30分（北京时间）'),
        p('地点：同响应文件提交地点'),
      ]),
    ])
    expect(r.project.deadline).toBe('2026-12-09T14:30:00+08:00')
    expect(r.project.opening).toBe('2026-12-09T14:30:00+08:00')
    expect(r.project.submitPlace).toBe('宁波市公共资源交易中心鄞州分中心3楼')
    expect(r.project.openingPlace).toBe('宁波市公共资源交易中心鄞州分中心3楼')
    // The 获取 lines are not the deadline or a place of this bid.
    expect(r.sources['project.submitPlace']?.excerpt).toContain('鄞州分中心')
  })

  it('a generic label with no heading above it states nothing', () => {
    const r = extractTender([doc([p('第一章 招标公告'), p('时间：2026年12月9日'), p('地点：某地')])])
    expect(r.project.opening).toBeNull()
    expect(r.project.openingPlace).toBeNull()
  })

  it('reads the standard 施工招标公告: name from 本招标项目…已由, deadline past an aside, the place of the same sentence', () => {
    const r = extractTender([
      doc([
        p('绍兴市柯桥区实验小学风雨操场改造工程'),
        p('施 工 招 标 文 件'),
        p('招标编号：KQJS-2026-0931'),
        p('第一章 招标公告'),
        p('本招标项目绍兴市柯桥区实验小学风雨操场改造工程已由柯桥区发展和改革局批准建设。'),
        p(
          '4.1 投标文件递交的截止时间（投标截止时间，下同）为2026年12月28日9时30分，地点为绍兴市柯桥区公共资源交易中心二楼第3开标室。',
        ),
        p('开标时间：同投标截止时间'),
        p('开标地点：同递交投标文件地点'),
      ]),
    ])
    expect(r.project.name).toBe('绍兴市柯桥区实验小学风雨操场改造工程')
    expect(r.project.category).toBe('工程')
    expect(r.project.deadline).toBe('2026-12-28T09:30:00+08:00')
    expect(r.project.submitPlace).toBe('绍兴市柯桥区公共资源交易中心二楼第3开标室')
    expect(r.project.opening).toBe('2026-12-28T09:30:00+08:00')
    expect(r.project.openingPlace).toBe('绍兴市柯桥区公共资源交易中心二楼第3开标室')
  })

  it('the cover line above the document kind is the name only when it is no label', () => {
    const named = extractTender([
      doc([p('某某市档案馆数字化加工'), p('竞争性谈判文件'), p('采购人：某某市档案馆')]),
    ])
    expect(named.project.name).toBe('某某市档案馆数字化加工')
    expect(named.project.category).toBe('货物')
    const labelled = extractTender([doc([p('采购人：某某市档案馆'), p('竞争性谈判文件')])])
    expect(labelled.project.name).toBeNull()
  })

  it('竞争性谈判: the rule of award as 成交原则, the place of delivery from an instruction sentence', () => {
    const r = extractTender([
      doc([
        p('第一章 谈判邀请'),
        p(
          '供应商应于2026年12月18日上午9:30前将响应文件密封送达柳江县公共资源交易中心二楼谈判室，逾期送达的不予接收。',
        ),
        p('响应文件应按采购人指定地点送达。'),
        p('成交原则：按照最后报价由低到高的顺序提出成交候选人。'),
      ]),
    ])
    expect(r.project.submitPlace).toBe('柳江县公共资源交易中心二楼谈判室')
    expect(r.project.evaluation).toBe('最低评标价法')
  })

  it('a delivery sentence naming no room or building states no place', () => {
    const r = extractTender([doc([p('第一章 谈判邀请'), p('供应商须将响应文件送达采购人指定地点。')])])
    expect(r.project.submitPlace).toBeNull()
  })
})
