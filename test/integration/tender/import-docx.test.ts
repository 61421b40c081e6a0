import { describe, expect, it } from 'vitest'
import { readTenderDocx } from '@services/tender/read-docx'
import { extractTender, type TenderImport } from '@shared/domain/tender'
import { buildDocx, type Block } from '@test/fixtures/tender/build-docx'
import { CONSULT_AMENDMENT, CONSULT_TENDER } from '@test/fixtures/tender/consult'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'
import { SERVICES_TENDER } from '@test/fixtures/tender/services'
import { WORKS_TENDER } from '@test/fixtures/tender/works'
import { GOODS_PROJECT, SERVICES_PROJECT } from '@test/fixtures/tender/expected'

async function importDocx(...files: [string, Block[]][]): Promise<TenderImport> {
  const docs = []
  for (const [name, blocks] of files) docs.push(readTenderDocx(await buildDocx(blocks), name))
  return extractTender(docs)
}

const reqs = (r: TenderImport) => r.requirements.map((q) => [q.clause, q.star, q.category, q.text])

describe('tender import from .docx: goods (公开招标, Word-numbered chapters, 前附表 with clause numbers)', async () => {
  const r = await importDocx(['医学影像设备招标文件.docx', GOODS_TENDER])

  it('reads the project facts, the 前附表 winning over the 招标公告', () => {
    expect(r.project).toEqual(GOODS_PROJECT)
  })

  it('warns where the notice disagrees with the 前附表, naming both places', () => {
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0].path).toBe('project.validityDays')
    expect(r.warnings[0].zh).toContain('前附表（第二章 投标人须知）')
    expect(r.warnings[0].zh).toContain('“120天”')
    expect(r.warnings[0].zh).toContain('第一章 招标公告')
    expect(r.warnings[0].zh).toContain('“90天”')
  })

  it('gives every fact its source: chapter, paragraph and excerpt', () => {
    expect(r.sources['project.budget']).toMatchObject({
      chapter: '第二章 投标人须知',
      excerpt: '1.2.1 | 预算金额 | 3,800,000.00元',
    })
    expect(r.sources['project.validityDays'].excerpt).toContain('120日历天')
    expect(r.sources['project.name'].file).toBe('医学影像设备招标文件.docx')
  })

  it('reads requirements with ★/▲ from the qualification list, the technical table and the commercial clauses', () => {
    expect(reqs(r)).toEqual([
      ['1', null, '资格', '满足《中华人民共和国政府采购法》第二十二条规定'],
      ['2', null, '资格', '具有有效的《医疗器械经营许可证》或第二类医疗器械经营备案凭证'],
      ['3', null, '资格', '未被列入“信用中国”网站失信被执行人、重大税收违法失信主体名单'],
      ['1.2', '★', '商务', '投标人须对本招标文件第五章中全部货物进行投标，不允许部分投标。'],
      ['1', '★', '技术', '探测器排数：探测器物理排数≥64排'],
      ['2', null, '技术', '机架孔径：≥70cm'],
      ['3', '▲', '技术', '球管热容量：球管阳极热容量≥7.0MHU'],
      ['4', '▲', '技术', '扫描速度：机架旋转一周时间≤0.35秒'],
      ['5', null, '技术', '图像重建：支持迭代重建算法，重建速度≥30幅/秒'],
      ['6', '★', '技术', 'DR平板探测器：动态平板探测器尺寸≥43cm×43cm'],
      ['1', '★', '商务', '交货期：合同签订后60日历天内交货并完成安装调试。'],
      ['2', null, '商务', '质保期：整机免费质保不少于3年，自验收合格之日起计算。'],
      ['3', null, '商务', '售后服务：质保期内故障响应时间不超过2小时，24小时内到达现场。'],
      ['4', null, '商务', '培训：供应商须提供不少于5个工作日的操作培训。'],
    ])
  })

  it('reads the 评分标准 table like `matrix import`', () => {
    expect(r.scoring).not.toBeNull()
    expect(r.scoring!.items.map((i) => [i.category, i.name, i.maxPoints, i.kind])).toEqual([
      ['价格', '投标报价', 30, 'objective'],
      ['商务', '类似业绩', 8, 'objective'],
      ['商务', '售后服务', 6, 'objective'],
      ['商务', '企业认证', 6, 'objective'],
      ['技术', '技术参数响应', 30, 'subjective'],
      ['技术', '实施方案', 12, 'subjective'],
      ['技术', '培训方案', 8, 'subjective'],
    ])
    expect(r.scoring!.totalPoints).toBe(100)
    expect(r.scoring!.priceRule).toEqual({ method: 'lowest', smeDeductionPct: 10, weight: 30 })
    expect(r.scoring!.detection.statedTotal).toBe(100)
  })

  it('lists the 无效投标 grounds and the forms in the order of the forms chapter', () => {
    expect(r.vetoClauses.map((v) => v.text)).toEqual([
      // The 前附表 cell "3,750,000.00元，投标报价超过最高限价的投标无效": the ground without the figure.
      '投标报价超过最高限价的投标无效',
      '未按照招标文件的规定提交投标保证金的',
      '投标文件未按招标文件要求签署、盖章的',
      '不具备招标文件中规定的资格要求的',
      '报价超过招标文件中规定的预算金额或者最高限价的',
      '投标文件含有采购人不能接受的附加条件的',
      '不满足招标文件中★号条款要求的',
      '投标人不足三家的，予以废标',
      '说明：标注“★”的参数为实质性要求，不满足的投标无效',
    ])
    expect(r.forms.map((f) => f.title)).toEqual([
      '投标函',
      '开标一览表',
      '法定代表人身份证明书',
      '法定代表人授权委托书',
      '投标保证金缴纳凭证',
      '资格证明文件',
      '技术参数偏离表',
      '商务条款偏离表',
      '中小企业声明函',
    ])
    expect(r.forms[0].source.chapter).toBe('第六章 投标文件格式')
  })
})

describe('tender import from .docx: services (two-column 前附表, lots in 万元, merged category cells)', async () => {
  const r = await importDocx(['运维服务招标文件.docx', SERVICES_TENDER])

  it('reads the facts, lots and the bond that is not required', () => {
    expect(r.project).toEqual(SERVICES_PROJECT)
    expect(r.warnings).toEqual([])
  })

  it('reads the scoring table with its merged category column and the average-price rule', () => {
    expect(r.scoring!.categories).toEqual({ 价格: 20, 商务: 20, 技术: 60 })
    expect(r.scoring!.priceRule).toEqual({
      method: 'average',
      pointsPerPctAbove: 1,
      pointsPerPctBelow: 0.5,
      weight: 20,
    })
  })

  it('reads typed-out clause numbers, the 否决 list in one paragraph and the 格式N forms', () => {
    expect(reqs(r).filter((q) => q[1] !== null)).toEqual([
      ['3', '★', '技术', '投标人须派驻不少于6名驻场运维工程师，其中至少2人具有高级工程师职称。'],
      ['2', '▲', '商务', '服务期内投标人不得更换项目经理，确需更换的须经招标人书面同意。'],
    ])
    expect(
      reqs(r)
        .filter((q) => q[2] === '资格')
        .map((q) => q[0]),
    ).toEqual(['3.1', '3.2', '3.3'])
    expect(r.vetoClauses.map((v) => v.text)).toContain('投标报价低于成本或者高于招标文件设定的最高投标限价')
    expect(r.forms.map((f) => f.title)).toEqual([
      '投标函',
      '法定代表人身份证明',
      '授权委托书',
      '投标报价一览表',
      '服务方案',
      '项目管理机构配备情况表',
      '资格审查资料',
    ])
  })
})

describe('tender import from .docx: engineering installation (招标投标法, 投标邀请书, 招标控制价)', async () => {
  const r = await importDocx(['配电工程招标文件.docx', WORKS_TENDER])

  it('reads the facts and warns about the deadline the invitation states differently', () => {
    expect(r.project).toMatchObject({
      number: 'QX-SG-2026-031',
      buyer: '青溪经济开发区建设投资有限公司',
      budget: null,
      ceiling: 2_860_000,
      deadline: '2026-12-22T14:30:00+08:00',
      opening: '2026-12-22T14:30:00+08:00',
      // "开标地点：同递交投标文件地点" refers to the 递交投标文件地点 row.
      openingPlace: '青溪市公共资源交易中心一楼开标厅',
      submitPlace: '青溪市公共资源交易中心一楼开标厅',
      bond: { amount: 50_000, form: ['转账', '保险'], deadline: null },
      validityDays: 60,
      copies: { original: 1, duplicates: 4, electronic: false },
      method: '邀请招标',
      evaluation: '综合评分法',
      category: '工程',
    })
    expect(r.warnings.map((w) => w.path)).toEqual(['project.deadline'])
    expect(r.warnings[0].zh).toContain('“2026-12-22 14:00”')
  })

  it('reads the qualification row of the 前附表, the bill of quantities and the ①② grounds', () => {
    expect(reqs(r)).toEqual([
      ['1.4.1', null, '资格', '具有电力工程施工总承包三级及以上资质，并具有有效的安全生产许可证'],
      ['1.4.1', null, '资格', '拟派项目经理须具有机电工程专业二级及以上注册建造师执业资格。'],
      ['1', '★', '技术', '箱式变电站安装：1250kVA美式箱变安装调试，含基础接地，须取得供电部门验收合格'],
      ['2', null, '技术', '10kV电缆敷设：YJV22-8.7/15kV-3×300，直埋敷设'],
      ['3', '▲', '技术', '开关柜安装：KYN28A-12中置柜安装，含二次接线及调试'],
      ['4', null, '技术', '接地装置：接地电阻不大于4Ω'],
    ])
    expect(r.vetoClauses.map((v) => v.text)).toEqual([
      '投标文件没有对招标文件的实质性要求和条件作出响应',
      '投标人不符合国家或者招标文件规定的资格条件',
      '投标报价高于招标控制价',
      '同一投标人提交两个以上不同的投标文件或者投标报价',
    ])
    expect(r.scoring!.priceRule).toEqual({
      method: 'average',
      k: 0.97,
      pointsPerPctAbove: 2,
      pointsPerPctBelow: 1,
      weight: 50,
    })
    expect(r.scoring!.warnings).toEqual([])
    expect(r.forms.map((f) => f.title)).toEqual([
      '投标函',
      '法定代表人身份证明',
      '授权委托书',
      '投标保证金',
      '已标价工程量清单',
      '施工组织设计',
      '项目管理机构',
      '资格审查资料',
    ])
  })
})

describe('tender import from .docx: 竞争性磋商 with a 更正公告 after it', async () => {
  const r = await importDocx(['磋商文件.docx', CONSULT_TENDER], ['更正公告.docx', CONSULT_AMENDMENT])

  it('applies the amendment: the later file wins, each change listed with its source', () => {
    expect(r.project).toMatchObject({
      name: '智慧教室设备采购及安装项目',
      number: 'LCJT2026-C-019',
      budget: 1_200_000,
      ceiling: 1_180_000,
      deadline: '2027-01-15T14:30:00+08:00',
      opening: '2027-01-15T14:30:00+08:00',
      openingPlace: '临川区政务服务中心五楼503会议室',
      bond: { amount: 15_000, form: ['转账'], deadline: '2027-01-15T14:30:00+08:00' },
      validityDays: 60,
      copies: { original: 1, duplicates: 2, electronic: false },
      method: '竞争性磋商',
    })
    expect(r.changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['project.deadline', '2027-01-08T14:30:00+08:00', '2027-01-15T14:30:00+08:00'],
      ['project.opening', '2027-01-08T14:30:00+08:00', '2027-01-15T14:30:00+08:00'],
      ['project.bond.amount', 20_000, 15_000],
      ['requirements[5].text', '移动支架：承重≥120kg，高度可调', '移动支架：承重≥150kg，高度电动可调'],
    ])
    expect(r.changes.every((c) => c.source.file === '更正公告.docx')).toBe(true)
    expect(r.sources['project.deadline'].file).toBe('更正公告.docx')
    expect(r.files.map((f) => f.role)).toEqual(['tender', 'amendment'])
  })

  it('reads a 是否实质性 column as ★ and the amended clause as ★', () => {
    expect(r.requirements.filter((q) => q.category === '技术').map((q) => [q.clause, q.star])).toEqual([
      ['1', '★'],
      ['2', null],
      ['3', '★'],
      ['4', '★'],
    ])
    expect(r.forms.map((f) => f.title)[0]).toBe('响应函')
    expect(r.vetoClauses).toHaveLength(4)
  })
})
