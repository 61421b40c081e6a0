import { describe, expect, it } from 'vitest'
import {
  readConsortiumAgreement,
  readForm,
  readLegalRepCert,
  readPowerOfAttorney,
} from '@shared/domain/checks/read/forms'
import { idNumbersIn, nameAt, orgAt, validIdNumber } from '@shared/domain/checks/read/people'
import { seeded, variants } from './read-variants'

const CO = '华信数科技术有限公司'
const ID_WANG = '110101197003071234'
const ID_LI = '350102199001011238'

describe('names', () => {
  it('cuts a name before the next label, role word or courtesy, keeping names that contain them', () => {
    expect(nameAt('王海东性别：男')).toBe('王海东')
    expect(nameAt('李明为我方代理人')).toBe('李明')
    expect(nameAt('李明同志')).toBe('李明')
    expect(nameAt('王为民为我方代理人')).toBe('王为民')
    expect(nameAt('欧阳明华系本公司')).toBe('欧阳明华')
    expect(nameAt('艾力·买买提（签字）')).toBe('艾力·买买提')
    expect(nameAt('  “张伟”')).toBe('张伟')
  })
  it('refuses what is not a name', () => {
    for (const s of ['具有一级建造师资格', '见附件', '高级工程师', '项目经理', '本公司员工', '1名'])
      expect(nameAt(s), s).toBeNull()
  })
})

describe('ID numbers', () => {
  it('checks the GB 11643 check character and skips credit codes and accounts', () => {
    expect(validIdNumber(ID_WANG)).toBe(true)
    expect(validIdNumber('110101197003071235')).toBe(false)
    expect(
      idNumbersIn(`身份证号：${ID_WANG}；统一社会信用代码：911101087000123456`).map((x) => x.id),
    ).toEqual([ID_WANG])
  })
})

describe('company names', () => {
  it('runs to the last legal-form suffix and drops markers', () => {
    expect(orgAt('华信数科技术有限公司（盖章）')).toBe(CO)
    expect(orgAt('中国电子工程设计研究院有限公司 地址')).toBe('中国电子工程设计研究院有限公司')
    expect(orgAt('华信数科（福建）技术\n有限公司')).toBe('华信数科(福建)技术有限公司')
    expect(orgAt('某市第一人民医院(采购人)')).toBe('某市第一人民医院')
  })
})

const CERT = [
  '法定代表人身份证明',
  `投标人名称：${CO}`,
  '单位性质：有限责任公司',
  '姓名：王海东　性别：男　年龄：52岁　职务：总经理',
  `系 ${CO} 的法定代表人。`,
  `身份证号码：${ID_WANG}`,
  '特此证明。',
]

describe('法定代表人身份证明', () => {
  it('reads the name, the company and the ID in every house style', () => {
    const styles = [
      CERT.join('\n'),
      `兹证明王海东（身份证号：${ID_WANG}）系${CO}的法定代表人，特此证明。`,
      `王海东同志，系我单位${CO}法定代表人。身份证号：${ID_WANG}`,
      `姓名:王海东 性别:男 职务:总经理\n系${CO}\n的法定代表人。\n身份证号码:${ID_WANG}`,
      `${CO}\n法定代表人姓名：王海东\n身份证号：${ID_WANG}`,
    ]
    for (const s of styles) {
      const r = readLegalRepCert(s)
      expect(r.name, s).toBe('王海东')
      expect(r.idNumber, s).toBe(ID_WANG)
    }
    expect(readLegalRepCert(styles[0]).company).toBe(CO)
    expect(readLegalRepCert(styles[1]).company).toBe(CO)
  })
  it('reads the product template as exported', () => {
    const t = `投标人名称：${CO}\n统一社会信用代码：91350100M000100Y43\n地址：福州市\n姓名：王海东　性别：______　年龄：______　职务：__________\n系 ${CO} 的法定代表人。\n特此证明。`
    expect(readLegalRepCert(t)).toEqual({ name: '王海东', company: CO, idNumber: null })
  })
  it('survives seeded variants of punctuation, spacing and line breaks', () => {
    const { seed, rnd } = seeded()
    for (const v of variants(CERT, rnd, 40)) {
      const r = readLegalRepCert(v)
      expect(r.name, `seed ${seed}: ${v}`).toBe('王海东')
      expect(r.idNumber, `seed ${seed}: ${v}`).toBe(ID_WANG)
    }
  })
})

const POA = [
  `本人 王海东（姓名）系 ${CO}（投标人名称）的法定代表人，现委托 李明（姓名）为我方代理人。`,
  `代理人身份证号码：${ID_LI}`,
  '代理人根据授权，以我方名义签署、澄清、说明、补正、递交、撤回、修改投标文件。',
  '委托期限：自本委托书签署之日起至投标有效期届满之日止。',
  '代理人无转委托权。',
]

describe('授权委托书', () => {
  it('reads principal, company, agent and the agent’s ID in every house style', () => {
    const styles = [
      POA.join('\n'),
      `本授权委托书声明：我王海东系${CO}的法定代表人，现授权委托本单位的李明为我公司的合法代理人。\n被授权人身份证号：${ID_LI}`,
      `委托人：王海东\n受托人：李明\n身份证号码：${ID_LI}\n委托单位：${CO}`,
      `法定代表人：王海东\n被授权人姓名：李明　身份证号：${ID_LI}\n投标人：${CO}（盖章）`,
      `兹授权李明同志（身份证号：${ID_LI}）为我公司参加本项目投标的全权代表。\n法定代表人（签字）：王海东`,
      `${CO}法定代表人王海东（签字）\n授权代表：李明（身份证：${ID_LI}）`,
    ]
    for (const s of styles) {
      const r = readPowerOfAttorney(s)
      expect([r.legalRep, r.agent, r.agentId], s).toEqual(['王海东', '李明', ID_LI])
    }
  })
  it('reads the product template (本人…系…现委托…)', () => {
    const t = `本人 王海东 系 ${CO} 的法定代表人，现委托 李明（身份证号码：${ID_LI}）为我方代理人。代理人根据授权，以我方名义签署某项目（招标编号：ZFCG-1）投标文件。`
    expect(readPowerOfAttorney(t)).toEqual({ legalRep: '王海东', company: CO, agent: '李明', agentId: ID_LI })
  })
  it('survives seeded variants', () => {
    const { seed, rnd } = seeded()
    for (const v of variants(POA, rnd, 40)) {
      const r = readPowerOfAttorney(v)
      expect([r.legalRep, r.agent, r.agentId], `seed ${seed}: ${v}`).toEqual(['王海东', '李明', ID_LI])
    }
  })
})

describe('投标函 signer and bidder', () => {
  it('reads the signing delegate of the product template and the bidder', () => {
    const r = readForm(`签字代表 李明 经正式授权并代表投标人 ${CO} 提交投标文件正本、副本及电子版。`)
    expect(r.people.map((p) => [p.role, p.name])).toEqual([['agent', '李明']])
    expect(r.orgs.map((o) => [o.role, o.name])).toEqual([['bidder', CO]])
  })
})

describe('联合体协议', () => {
  const other = '浙江恒建建设工程有限公司'
  it('reads lead, members and shares in several styles', () => {
    const styles = [
      `联合体牵头人：${CO}\n联合体成员：${other}\n${CO}承担软件开发与系统集成，占合同金额的60%；\n${other}承担土建及安装，占合同金额的40%。`,
      `甲方（牵头人）：${CO}\n乙方（成员）：${other}\n经协商，由${CO}作为联合体牵头人。\n分工：${CO}承担软件部分，比例60%\n${other}承担施工部分，比例40%`,
      `牵头方: ${CO}  成员一: ${other}\n${CO}为本联合体牵头人。`,
    ]
    for (const s of styles) {
      const r = readConsortiumAgreement(s)
      expect(r.lead, s).toBe(CO)
      expect(r.members.sort(), s).toEqual([CO, other].sort())
    }
    expect(readConsortiumAgreement(styles[0]).shares).toEqual([
      { org: CO, percent: 60 },
      { org: other, percent: 40 },
    ])
  })
})

describe('key staff', () => {
  it('reads posts and names as tables and sentences write them', () => {
    const r = readForm(
      '拟派项目经理：张伟（一级建造师）\n技术负责人为刘洋。\n我公司委派赵敏担任本项目项目经理。\n项目经理：具有一级建造师资格',
    )
    expect(r.people.map((p) => [p.post, p.name])).toEqual([
      ['项目经理', '张伟'],
      ['技术负责人', '刘洋'],
      ['项目经理', '赵敏'],
    ])
  })
  it('reads the posts of a staffing plan, so each ID number stays with its holder', () => {
    const r = readForm(
      [
        '本项目拟派项目经理刘建平（身份证号：350206197908151310），持有物业管理师证书。',
        '本项目拟派工程主管许丽娟（身份证号：350203199002124025），持有高压电工作业证证书。',
        '秩序维护主管：邱志强，保安员证，全程负责本项目。',
        '保安队长为何志勇。',
      ].join('\n'),
    )
    expect(r.people.map((p) => [p.post, p.name, p.idNumber])).toEqual([
      ['项目经理', '刘建平', '350206197908151310'],
      ['工程主管', '许丽娟', '350203199002124025'],
      ['秩序维护主管', '邱志强', undefined],
      ['保安队长', '何志勇', undefined],
    ])
    // A plan that names teams, not people, names no one.
    expect(readForm('物业服务中心设客服、秩序、保洁、工程四个班组，班组长每日早会交接。').people).toEqual([])
  })
})
