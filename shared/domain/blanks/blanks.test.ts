import { describe, expect, it } from 'vitest'
import { detectBlanks, planBlanks, summarizeFills, type FormDoc, type FormParagraph } from '.'

/** "text" plain; "<u>…</u>" marks an underlined run. */
function para(s: string, cell?: FormParagraph['cell']): FormParagraph {
  const runs = s
    .split(/(<u>.*?<\/u>)/)
    .filter(Boolean)
    .map((t) =>
      t.startsWith('<u>') ? { text: t.slice(3, -4), underline: true } : { text: t, underline: false },
    )
  return { runs, ...(cell ? { cell } : {}) }
}
const doc = (...lines: string[]): FormDoc => ({ paragraphs: lines.map((l) => para(l)), tables: [] })

const VALUES: Record<string, string> = {
  投标人名称: '江州智联科技有限公司',
  项目名称: '医学影像设备采购项目',
  招标编号: 'JZCG-2026-G-0153',
  法定代表人: '王建国',
  法定代表人性别: '男',
  法定代表人年龄: '48',
  法定代表人职务: '董事长',
  法定代表人身份证号: '440101197805120031',
  授权代表: '李明',
  授权代表身份证号: '440101199001010012',
  授权代表电话: '13800000000',
  投标人地址: '江州市高新区科技路8号',
  投标人电话: '020-88886666',
  投标报价: '¥3,756,000.00',
  投标报价大写: '叁佰柒拾伍万陆仟元整',
  投标函报价: '¥3,756,000.00',
  投标函报价大写: '叁佰柒拾伍万陆仟元整',
  开标报价: '¥3,756,000.50',
  开标报价大写: '叁佰柒拾伍万陆仟元伍角整',
  交货期: '120日历天',
  质保期: '3年',
  投标有效期: '90日历天',
  日期: '2026年12月15日',
  统一社会信用代码: '',
}

function fill(d: FormDoc, values = VALUES) {
  return planBlanks(detectBlanks(d), values)
}

describe('blanks as buyers write them', () => {
  it('label + underscores, with a seal mark after', () => {
    const [f] = fill(doc('投标人名称：__________（盖章）'))
    expect(f).toMatchObject({
      key: '投标人名称',
      value: '江州智联科技有限公司',
      status: 'filled',
      start: 6,
      end: 16,
    })
  })

  it('大写/小写 amount blanks keep the form’s 元 and ¥ single', () => {
    const fs = fill(doc('投标总价（大写）：________元（小写：¥________元）'))
    expect(fs.map((f) => [f.key, f.value])).toEqual([
      ['投标报价大写', '叁佰柒拾伍万陆仟'],
      ['投标报价', '3,756,000.00'],
    ])
  })

  it('a 投标函 sentence with 人民币 before and 元 after', () => {
    const d = doc('投标函', '我方愿以人民币（大写）____________元（¥____________）的投标总价完成本项目。')
    const fs = fill(d)
    expect(fs.map((f) => [f.key, f.value])).toEqual([
      ['投标函报价大写', '叁佰柒拾伍万陆仟'],
      ['投标函报价', '3,756,000.00'],
    ])
  })

  it('a stored 大写 that starts with 人民币 is not doubled after the form’s “人民币（大写）”', () => {
    const values = { ...VALUES, 投标函报价大写: '人民币叁佰柒拾伍万陆仟元整' }
    const fs = fill(
      doc('投标函', '愿意以人民币（大写）<u>　　　　　　</u>元（¥<u>　　　　</u>元）的投标总报价'),
      values,
    )
    expect(fs[0]).toMatchObject({ key: '投标函报价大写', value: '叁佰柒拾伍万陆仟' })
    const plain = fill(doc('开标一览表', '投标总价（大写）：________'), {
      ...VALUES,
      开标报价大写: '人民币壹万元整',
    })
    expect(plain[0].value).toBe('人民币壹万元整')
  })

  it('a “附：法定代表人身份证明” line inside a 授权委托书 does not make the agent’s ID the legal rep’s', () => {
    const fs = fill(
      doc(
        '授权委托书',
        '本人<u>　　　</u>（姓名）系<u>　　　　　</u>（投标人名称）的法定代表人，现委托<u>　　　</u>（姓名）为我方代理人。',
        '附：法定代表人身份证明',
        '法定代表人：<u>　　　</u>（签字）身份证号码：<u>　　　　　</u>',
        '委托代理人：<u>　　　</u>（签字）身份证号码：<u>　　　　　</u>',
      ),
    )
    expect(fs.filter((f) => /身份证/.test(f.label)).map((f) => f.key)).toEqual([
      '法定代表人身份证号',
      '授权代表身份证号',
    ])
  })

  it('an ID-number line of its own belongs to the person named on the line before', () => {
    const fs = fill(
      doc(
        '授权委托书',
        '法定代表人：<u>　　　</u>（签字）',
        '身份证号码：<u>　　　　　</u>',
        '委托代理人：<u>　　　</u>（签字）',
        '身份证号码：<u>　　　　　</u>',
      ),
    )
    expect(fs.filter((f) => /身份证/.test(f.label)).map((f) => [f.key, f.value])).toEqual([
      ['法定代表人身份证号', VALUES.法定代表人身份证号],
      ['授权代表身份证号', VALUES.授权代表身份证号],
    ])
  })

  it('大写 with 角 before the form’s 元 takes the 元 out of the form instead', () => {
    const fs = fill(doc('开标一览表', '投标报价（大写）：________元'))
    expect(fs[0]).toMatchObject({ key: '开标报价大写', value: '叁佰柒拾伍万陆仟元伍角整', end: 18 })
  })

  it('日历天, 年, 万元 units', () => {
    const fs = fill(doc('交货期：______日历天', '质保期：____个月', '投标报价：________万元'))
    expect(fs.map((f) => f.value)).toEqual(['120', '36', '375.60'])
    // The checks read "375.60" in 万元 (P01), not as ¥375.60.
    expect(fs.map((f) => f.unit)).toEqual([undefined, undefined, '万元'])
  })

  it('a date line of underscores or of spaces', () => {
    const fs = fill(doc('日期：____年__月__日', '          年    月    日'))
    expect(fs.map((f) => [f.kind, f.key, f.value])).toEqual([
      ['date', '日期', '2026年12月15日'],
      ['date', '日期', '2026年12月15日'],
    ])
  })

  it('underlined spaces are a blank; plain spaces are not', () => {
    const fs = fill(doc('投标人：<u>          </u>', '项目名称：          '))
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({ kind: 'underlined', key: '投标人名称' })
  })

  it('labels after the blank in brackets, owners from the clause', () => {
    const fs = fill(
      doc(
        '授权委托书',
        '本人________（姓名）系________（投标人名称）的法定代表人，现委托________（姓名）为我方代理人。',
      ),
    )
    expect(fs.map((f) => [f.key, f.value])).toEqual([
      ['法定代表人', '王建国'],
      ['投标人名称', '江州智联科技有限公司'],
      ['授权代表', '李明'],
    ])
  })

  it('hints and 【】', () => {
    const fs = fill(doc('致：（此处填写采购人名称）', '我方【投标人名称】参加【    】项目的投标。'), {
      ...VALUES,
      采购人: '江州市第一人民医院',
    })
    expect(fs.map((f) => [f.kind, f.key, f.value])).toEqual([
      ['hint', '采购人', '江州市第一人民医院'],
      ['hint', '投标人名称', '江州智联科技有限公司'],
      ['bracket', '项目名称', '医学影像设备采购'],
    ])
  })

  it('signatures stay for the hand, empty values and unknown labels say why, check boxes are asked', () => {
    const fs = fill(
      doc(
        '法定代表人或其委托代理人（签字）：__________',
        '统一社会信用代码：__________',
        '开户许可证核准号：__________',
        '是否为中小企业：□是 □否',
      ),
    )
    const s = summarizeFills(fs)
    expect(s.manual.map((m) => m.where)).toEqual(['第1段'])
    expect(s.unfilled.map((u) => [u.key, u.why.zh])).toEqual([
      ['统一社会信用代码', '投标/公司信息中未填写“统一社会信用代码”'],
      [null, '未识别的栏目“开户许可证核准号：”'],
      [null, '勾选项：请按实际情况勾选'],
    ])
  })

  it('the 投标人基本情况表 fields: fax, postcode, e-mail, nature, founding date, capital', () => {
    const values = {
      ...VALUES,
      投标人传真: '020-88886667',
      邮政编码: '510000',
      电子邮箱: 'bid@example.cn',
      单位性质: '有限责任公司',
      成立时间: '2012年3月18日',
      注册资本: '5000万元',
    }
    const fs = fill(
      doc(
        '投标人基本情况表',
        '传真：__________　邮政编码：______',
        '电子邮件：__________',
        '企业性质：__________',
        '成立日期：______年____月____日',
        '注册资金：__________',
      ),
      values,
    )
    expect(fs.map((f) => [f.key, f.value])).toEqual([
      ['投标人传真', '020-88886667'],
      ['邮政编码', '510000'],
      ['电子邮箱', 'bid@example.cn'],
      ['单位性质', '有限责任公司'],
      ['成立时间', '2012年3月18日'],
      ['注册资本', '5000万元'],
    ])
  })

  it('empty cells beside a label and under a header row (first row of a list only)', () => {
    const d: FormDoc = {
      paragraphs: [
        para('开标一览表'),
        ...['项目名称', '投标总价（元）', '交货期（日历天）', '', '', '', '', '', ''].map((t, i) =>
          para(t, { table: 0, row: Math.floor(i / 3), col: i % 3 }),
        ),
        ...['投标人名称', '', '地址', ''].map((t, i) => para(t, { table: 1, row: 0, col: i })),
      ],
      tables: [
        {
          index: 0,
          rows: [0, 1, 2].map((r) =>
            [0, 1, 2].map((c) => ({
              col: c,
              span: 1,
              paragraph: 1 + r * 3 + c,
              text:
                ['项目名称', '投标总价（元）', '交货期（日历天）'][c] && r === 0
                  ? ['项目名称', '投标总价（元）', '交货期（日历天）'][c]
                  : '',
              merged: false,
            })),
          ),
        },
        {
          index: 1,
          rows: [
            ['投标人名称', '', '地址', ''].map((t, c) => ({
              col: c,
              span: 1,
              paragraph: 10 + c,
              text: t,
              merged: false,
            })),
          ],
        },
      ],
    }
    const fs = fill(d)
    expect(fs.map((f) => [f.id, f.key, f.value])).toEqual([
      ['t0r1c0', '项目名称', '医学影像设备采购项目'],
      ['t0r1c1', '开标报价', '3,756,000.50'],
      ['t0r1c2', '交货期', '120'],
      ['t1r0c1', '投标人名称', '江州智联科技有限公司'],
      ['t1r0c3', '投标人地址', '江州市高新区科技路8号'],
    ])
  })
})
