/**
 * What a buyer's label means: the words buyers print before (or after, in brackets) a blank, mapped to the keys of
 * the placeholder dictionary (shared/domain/export/placeholder-defs.ts), so a blank and a `{{key}}` print the same
 * value. The synonyms are the ones Chinese 招标/磋商/谈判 documents use for the same thing.
 */

/** A key of the placeholder dictionary (its Chinese name). */
export type BlankKey = string

/** Person attributes: whose they are depends on the words around the blank (本人/法定代表人 vs 被授权人/委托). */
type Role = 'legalRep' | 'agent'
const PERSON: Record<string, Record<Role, BlankKey | null>> = {
  姓名: { legalRep: '法定代表人', agent: '授权代表' },
  性别: { legalRep: '法定代表人性别', agent: null },
  年龄: { legalRep: '法定代表人年龄', agent: null },
  职务: { legalRep: '法定代表人职务', agent: null },
  身份证号: { legalRep: '法定代表人身份证号', agent: '授权代表身份证号' },
  电话: { legalRep: null, agent: '授权代表电话' },
}
const PERSON_WORDS: [string, keyof typeof PERSON][] = [
  ['姓名', '姓名'],
  ['名字', '姓名'],
  ['性别', '性别'],
  ['年龄', '年龄'],
  ['职务', '职务'],
  ['身份证号码', '身份证号'],
  ['身份证号', '身份证号'],
  ['身份证', '身份证号'],
  ['手机号码', '电话'],
  ['手机', '电话'],
  ['联系电话', '电话'],
  ['电话', '电话'],
]
const ROLE_WORDS: [RegExp, Role][] = [
  [/被授权人|授权代表|委托代理人|受托人|代理人|委托/g, 'agent'],
  [/法定代表人|法人代表|本人/g, 'legalRep'],
]

/** Price labels: which price depends on the form (投标函 vs 开标一览表 vs 报价明细) and 大写/小写. */
const PRICE_WORDS = [
  '投标总报价',
  '投标总价',
  '投标报价',
  '投标价格',
  '投标金额',
  '投标价',
  '响应总报价',
  '响应总价',
  '响应报价',
  '磋商总报价',
  '磋商报价',
  '谈判报价',
  '最终报价',
  '报价总额',
  '报价金额',
  '总报价',
  '报价',
  '总价',
  '合计',
  '总计',
]

/** Plain labels → key. Longer synonyms win over the shorter ones they contain. */
const PLAIN: [BlankKey, string[]][] = [
  [
    '投标人名称',
    [
      '投标人名称',
      '投标人全称',
      '投标人',
      '投标单位名称',
      '投标单位',
      '投标方',
      '供应商名称',
      '供应商全称',
      '供应商',
      '响应供应商',
      '磋商响应人',
      '谈判响应人',
      '响应人名称',
      '响应人',
      '报价人',
      '报价单位',
      '申请人名称',
      '申请人',
      '单位名称',
      '公司名称',
      '企业名称',
    ],
  ],
  ['项目名称', ['项目名称', '采购项目名称', '招标项目名称', '采购项目', '工程名称', '项目']],
  [
    '招标编号',
    [
      '项目编号',
      '招标编号',
      '采购编号',
      '采购项目编号',
      '招标项目编号',
      '磋商编号',
      '谈判编号',
      '询价编号',
      '采购文件编号',
      '招标文件编号',
      '项目代码',
    ],
  ],
  ['包号', ['包号', '标段', '标段号', '包件', '采购包', '分包号', '标包', '包组', '标项', '包别']],
  ['采购人', ['采购人', '采购人名称', '招标人', '招标人名称', '采购单位']],
  ['代理机构', ['代理机构', '采购代理机构', '招标代理机构', '代理机构名称']],
  ['统一社会信用代码', ['统一社会信用代码', '社会信用代码', '信用代码', '营业执照号码', '营业执照号']],
  ['法定代表人', ['法定代表人', '法定代表人姓名', '法人代表', '法人代表姓名']],
  ['授权代表', ['授权代表', '授权代表姓名', '被授权人', '被授权人姓名', '委托代理人', '受托人', '联系人']],
  [
    '投标人地址',
    ['地址', '注册地址', '通讯地址', '通信地址', '联系地址', '单位地址', '办公地址', '详细地址'],
  ],
  ['投标人电话', ['电话', '联系电话', '单位电话', '办公电话', '电话号码']],
  ['投标人传真', ['传真', '传真号码', '传真电话', '单位传真']],
  ['邮政编码', ['邮编', '邮政编码']],
  ['电子邮箱', ['电子邮箱', '电子邮件', '邮箱', 'E-mail', 'Email', '电子信箱']],
  ['单位性质', ['单位性质', '企业性质', '公司性质', '企业类型', '公司类型', '单位类型']],
  ['成立时间', ['成立时间', '成立日期', '注册时间', '注册日期', '成立年月']],
  ['注册资本', ['注册资本', '注册资金', '注册资本金']],
  ['开户银行', ['开户银行', '开户行', '基本账户开户银行', '开户银行名称', '开户行名称']],
  ['银行账号', ['银行账号', '账号', '帐号', '开户账号', '银行帐号', '基本账户账号']],
  ['投标保证金', ['投标保证金', '保证金金额', '保证金', '磋商保证金', '响应保证金']],
  ['保证金形式', ['保证金形式', '保证金缴纳形式', '保证金提交形式']],
  ['投标有效期', ['投标有效期', '响应有效期', '报价有效期', '有效期']],
  [
    '交货期',
    [
      '交货期',
      '交货期限',
      '交货时间',
      '供货期',
      '交付期',
      '服务期',
      '服务期限',
      '服务周期',
      '实施周期',
      '工期',
      '计划工期',
      '施工工期',
      '完工期',
    ],
  ],
  ['质保期', ['质保期', '质量保证期', '保修期', '免费保修期', '质保期限']],
  ['付款方式', ['付款方式', '支付方式', '付款条件']],
  ['响应时间', ['响应时间', '故障响应时间']],
  ['到场时间', ['到场时间', '到达现场时间']],
  ['解决时间', ['解决时间', '故障解决时间', '排除故障时间']],
  ['币种', ['币种', '报价币种', '货币']],
  ['开标备注', ['备注', '说明']],
  ['日期', ['日期', '签署日期', '投标日期', '签字日期', '落款日期', '报价日期', '响应日期']],
]

const PLAIN_INDEX: { word: string; key: BlankKey }[] = PLAIN.flatMap(([key, words]) =>
  words.map((word) => ({ word, key })),
).sort((a, b) => b.word.length - a.word.length)

export interface LabelFlags {
  /** 大写 (amount in words) asked for. */
  words: boolean
  /** 小写 / ¥ asked for. */
  figures: boolean
  /** A signature is asked for (签字/签名/签章): printed names do not replace it. */
  sign: boolean
  /** A seal is asked for (盖章/公章): the name is printed, the seal goes over it. */
  seal: boolean
  /** The unit the label itself states: （元）（万元）（日历天）（天）（月）. */
  unit: string | null
}

const UNIT_RE = /(万元|人民币元|元|日历天|日历日|个日历日|工作日|天|日|个月|月|年|小时|分钟|%)/

/** The label without spaces, colons and the bracketed marks, with what those marks asked for. */
export function normalizeLabel(raw: string): { text: string; flags: LabelFlags } {
  const flags: LabelFlags = { words: false, figures: false, sign: false, seal: false, unit: null }
  let s = raw.replace(/[\s\u3000_＿]+/g, '')
  const note = (inside: string) => {
    if (/大写/.test(inside)) flags.words = true
    if (/小写|¥|￥/.test(inside)) flags.figures = true
    if (/签字|签名|签章|手签/.test(inside)) flags.sign = true
    if (/盖章|公章|单位章|印章/.test(inside)) flags.seal = true
    const u = /(?:单位[:：])?(万元|人民币元|元|日历天|日历日|工作日|天|个月|月|年|小时|分钟|%)$/.exec(inside)
    if (u && inside.length <= 8) flags.unit = u[1] === '人民币元' ? '元' : u[1]
  }
  s = s.replace(/[（(【[]([^（）()【】[\]]*)[）)】\]]/g, (_, inside: string) => {
    note(inside)
    return ''
  })
  note(s)
  s = s.replace(/^[（(【[]/, '').replace(/签字或盖章|签字|签名|签章|盖章|盖单位章|公章|大写|小写/g, '')
  for (let prev = ''; prev !== s;) {
    prev = s
    s = s
      .replace(/^(我方|本单位|本公司|其|的)/, '')
      .replace(/[：:﹕]+$/, '')
      .replace(/(为|是|系)$/, '')
      .replace(/[¥￥]$/, '')
      .replace(/(人民币|RMB)$/i, '')
  }
  return { text: s, flags }
}

export interface LabelMatch {
  key: BlankKey
  /** 0–1: 0.95 the label is the synonym, 0.85 it ends with it, 0.6 it contains it, less when the role is a guess. */
  confidence: number
  reason: { zh: string; en: string }
}

export interface LabelContext {
  /** The clause around the blank (text between the nearest 。；，), for whose name/ID a person blank asks. */
  clause: string
  /** The rest of the paragraph or table row. */
  line: string
  /** The title of the form the blank is in (投标函, 开标一览表, 授权委托书…). */
  title: string
  /** Where the blank is in `clause` (the role nearest before it wins). */
  at?: number
  /** The paragraph before, for a person attribute on a line of its own. */
  prevLine?: string
}

/** The role nearest to `at` in `text` (the last one before it, else the first after it). */
function roleIn(text: string, at: number): Role | null {
  let best: { role: Role; d: number } | null = null
  for (const [re, role] of ROLE_WORDS) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length
      const d = end <= at ? at - end : m.index - at + 1000
      if (!best || d < best.d) best = { role, d }
    }
  }
  return best?.role ?? null
}

function priceKey(title: string, flags: LabelFlags): BlankKey {
  const base = /开标一览|报价一览|开标记录/.test(title)
    ? '开标报价'
    : /投标函|响应函|报价函|磋商函|谈判函|投标书|响应书/.test(title)
      ? '投标函报价'
      : /明细|分项/.test(title)
        ? '报价合计'
        : '投标报价'
  return flags.words ? `${base}大写` : base
}

const found = (key: BlankKey, confidence: number, zh: string, en: string): LabelMatch => ({
  key,
  confidence,
  reason: { zh, en },
})

/**
 * The dictionary key a label stands for, or null. The synonym that ends nearest the end of the label wins
 * ("投标人地址" is an address, not the bidder's name); person attributes take their owner from the clause.
 */
export function matchLabel(raw: string, ctx: LabelContext): LabelMatch | null {
  const { text, flags } = normalizeLabel(raw)
  if (text === '') return null
  const closeness = (word: string, end: number) => (text === word ? 0.95 : end === text.length ? 0.85 : 0.6)

  // Person attributes first: "法定代表人姓名" is a name, "被授权人身份证号码" an ID number.
  for (const [word, attr] of PERSON_WORDS) {
    const at = text.lastIndexOf(word)
    if (at < 0 || at + word.length !== text.length) continue
    const own = roleIn(text, at)
    const role =
      own ??
      roleIn(ctx.clause, ctx.at ?? ctx.clause.length) ??
      roleIn(ctx.line, ctx.line.length) ??
      (ctx.prevLine ? roleIn(ctx.prevLine, ctx.prevLine.length) : null)
    const fromTitle =
      role ?? (/授权委托/.test(ctx.title) ? null : /法定代表人/.test(ctx.title) ? 'legalRep' : null)
    if (fromTitle) {
      const key = PERSON[attr][fromTitle]
      const who = fromTitle === 'legalRep' ? ['法定代表人', 'legal representative'] : ['授权代表', 'agent']
      if (!key) return null
      if (key)
        return found(
          key,
          own ? 0.9 : role ? 0.8 : 0.7,
          `“${raw.trim()}”：${who[0]}的${attr}（${own ? '标签' : role ? '上下文' : '表单标题'}判断）`,
          `"${raw.trim()}": the ${who[1]}'s ${attr} (from the ${own ? 'label' : role ? 'context' : 'form title'})`,
        )
    }
    if (attr !== '电话') return null
  }

  for (const word of PRICE_WORDS) {
    const at = text.lastIndexOf(word)
    if (at < 0) continue
    const end = at + word.length
    // "报价有效期" is a validity, "投标报价表" a title: the price word must end the label (or be all of it).
    if (end !== text.length) continue
    const key = priceKey(ctx.title, flags)
    return found(
      key,
      closeness(word, end),
      `“${raw.trim()}” → ${key}（${flags.words ? '大写' : '小写'}）`,
      `"${raw.trim()}" → ${key} (${flags.words ? 'in words' : 'in figures'})`,
    )
  }

  let best: { word: string; key: BlankKey; end: number } | null = null
  for (const { word, key } of PLAIN_INDEX) {
    const at = text.lastIndexOf(word)
    if (at < 0) continue
    const end = at + word.length
    if (!best || end > best.end || (end === best.end && word.length > best.word.length))
      best = { word, key, end }
  }
  if (!best) return null
  // A label that only ends with a person word was handled above; "投标人代表" etc. are not the bidder's name.
  if (best.end !== text.length && text.length - best.end > 2) return null
  return found(
    best.key,
    closeness(best.word, best.end),
    `“${raw.trim()}”与“${best.word}”同义`,
    `"${raw.trim()}" means "${best.word}"`,
  )
}

/** Whether a text names something the dictionary knows (without deciding whose or which). */
export function isLabelWord(raw: string): boolean {
  const { text } = normalizeLabel(raw)
  if (text === '') return false
  return (
    PERSON_WORDS.some(([w]) => text.endsWith(w)) ||
    PRICE_WORDS.some((w) => text.endsWith(w)) ||
    PLAIN_INDEX.some(({ word }) => text.includes(word))
  )
}

/** A label printed right after the blank without brackets: "参加【  】项目的磋商" asks for the project. */
export function leadingLabel(after: string): LabelMatch | null {
  const text = after.replace(/^[\s\u3000]+/, '')
  const hit = PLAIN_INDEX.find(({ word }) => text.startsWith(word))
  if (!hit) return null
  return found(hit.key, 0.6, `空白后紧接“${hit.word}”`, `"${hit.word}" follows the blank`)
}

/** Price words, for a money blank whose subject comes after it ("以人民币____元的投标总价"). */
export function pricedClause(clause: string, title: string): LabelMatch | null {
  const word = PRICE_WORDS.find((w) => clause.includes(w))
  if (!word) return null
  return {
    key: priceKey(title, { words: false, figures: false, sign: false, seal: false, unit: null }),
    confidence: 0.7,
    reason: { zh: `金额空白，所在句提到“${word}”`, en: `an amount blank in a sentence about "${word}"` },
  }
}

export { UNIT_RE, priceKey }
