import { halfWidth } from './normalise'
import { idNumbersIn, labelValue, nameAt, orgAt } from './people'

/**
 * Who a text names in which role, read from the standard wording of 投标函, 法定代表人身份证明, 授权委托书,
 * 联合体协议 and the staff tables: labels ("法定代表人：王海东", "被授权人姓名：李明") and sentences ("姓名：王海东
 * … 系华信数科技术有限公司的法定代表人", "本人王海东系…的法定代表人，现委托李明为我方代理人", "签字代表李明经
 * 正式授权"). Indexes point into the original text.
 */

/** signer: "法定代表人或授权代表（签字）：X", either of the two. */
export type PersonRole = 'legalRep' | 'agent' | 'signer' | 'staff'

export interface PersonMention {
  role: PersonRole
  name: string
  index: number
  /** For staff: the post as written (项目经理, 技术负责人…). */
  post?: string
  /** The company the sentence ties the person to ("系 X 的法定代表人"). */
  company?: string
  idNumber?: string
}

export type OrgRole = 'bidder' | 'lead' | 'member' | 'manufacturer'

export interface OrgMention {
  role: OrgRole
  name: string
  index: number
  /** A generic label (单位名称, 公司名称) that names the bidder only inside the bidder's own forms. */
  weak?: boolean
}

const NOTE = '(?:\\s*\\([^()\\n]{0,12}\\))?'
const COLON = '\\s*[:]\\s*'

const LEGAL_LABEL_RE = new RegExp(`法定代表人(?:姓名)?${NOTE}${COLON}`, 'gu')
// "法定代表人 王海东（签字）" without a colon: only with a space or a signing marker after the name.
const LEGAL_BARE_RE =
  /法定代表人(?:\s+|(?=[\u4e00-\u9fff·]{2,8}\s*\((?:签字|签名|签章)\)))(?=[\u4e00-\u9fff])/gu
const PRINCIPAL_LABEL_RE = new RegExp(`(?<![被受])委托人${NOTE}${COLON}`, 'gu')
const SIGNER_LABEL_RE = new RegExp(
  `(?:法定代表人|单位负责人)\\s*(?:或|/|或其)\\s*(?:其)?(?:授权代表|委托代理人|授权代理人|被授权人|授权委托人)(?:姓名)?${NOTE}${COLON}`,
  'gu',
)
const AGENT_LABEL_RE = new RegExp(
  `(?<!或|或其|/)(?:被授权人|被委托人|委托代理人|授权代理人|授权委托人|授权代表|受托人|(?<![委托])代理人|签字代表)(?:姓名)?${NOTE}${COLON}`,
  'gu',
)
// 现委托李明为…, 现授权委托本单位的李明为…, 兹授权李明同志代表…, 特委派李明…
const AGENT_SENTENCE_RE =
  /(?:现|特|兹|今)\s*(?:授权\s*委托|委托\s*授权|委托|授权|委派)\s*(?:本单位|本公司|我单位|我公司|我方)?\s*(?:的)?\s*(?:员工|职员|同志)?\s*/gu
const SIGNING_DELEGATE_RE = /签字代表\s*(?=[\u4e00-\u9fff])/gu
// …系/是/为 <company> (的)法定代表人
const LEGAL_SENTENCE_RE = /(?:系|是|为|担任)\s*([^。;\n]{0,80}?)\s*(?:的|之)?\s*法定代表人/gu
// Named posts, then the posts of a staffing plan (物业 工程主管, 秩序维护主管, 保安队长, 保洁领班): without them
// "本项目拟派工程主管许丽娟（身份证号：…）" names no one and her ID number goes to the person named before her.
const STAFF_POSTS =
  '项目经理|项目负责人|项目总监|总监理工程师|技术负责人|项目技术负责人|项目总工|质量负责人|安全负责人|安全员|施工员|驻场工程师|实施经理|服务经理' +
  '|[\\u4e00-\\u9fff]{2,4}?(?:主管|队长|班长|组长|领班)'
const STAFF_LABEL_RE = new RegExp(
  `(?:拟派|拟任|委派|指派|本项目)?\\s*(${STAFF_POSTS})(?:姓名)?${NOTE}\\s*[:为]\\s*`,
  'gu',
)
// "本项目拟派项目经理张伟（身份证号：…）": the name follows the post directly after 拟派/委派.
const STAFF_DIRECT_RE = new RegExp(
  `(?:拟派|拟任|拟委派|委派|指派)\\s*(?:的)?\\s*(${STAFF_POSTS})\\s*(?=[\\u4e00-\\u9fff])`,
  'gu',
)
const STAFF_SENTENCE_RE = new RegExp(`(?:担任|任|为)\\s*(?:本项目|该项目)?(?:的)?\\s*(${STAFF_POSTS})`, 'gu')

function push(out: PersonMention[], m: PersonMention | null) {
  if (m && !out.some((o) => o.role === m.role && o.name === m.name && o.index === m.index)) out.push(m)
}

/** The name just before `end` (ignoring a bracketed note, 同志/先生/女士 and spaces), for "李明同志任…". */
function nameBefore(t: string, end: number): { name: string; index: number } | null {
  const head = t
    .slice(Math.max(0, end - 40), end)
    .replace(/\s*(?:\([^()]*\))?\s*(?:同志|先生|女士)?\s*,?\s*$/u, '')
  const m = /[\u4e00-\u9fff·]{2,8}$/u.exec(head)
  if (!m) return null
  // Try the last 2–4 characters: "本人王海东" ends with the name, what precedes it is not part of it.
  for (const len of [3, 2, 4, 5, 6, 7, 8]) {
    if (m[0].length < len) continue
    const cand = m[0].slice(-len)
    const n = nameAt(cand)
    if (n === cand) return { name: n, index: Math.max(0, end - 40) + head.length - len }
  }
  return null
}

export function peopleIn(text: string): PersonMention[] {
  const t = halfWidth(text)
  const out: PersonMention[] = []
  const after = (re: RegExp, role: PersonRole, extra?: (m: RegExpExecArray) => Partial<PersonMention>) => {
    re.lastIndex = 0
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const at = m.index + m[0].length
      const n = nameAt(t.slice(at, at + 12))
      if (n) push(out, { role, name: n, index: at, ...(extra?.(m) ?? {}) })
    }
  }
  after(SIGNER_LABEL_RE, 'signer')
  after(LEGAL_LABEL_RE, 'legalRep')
  LEGAL_BARE_RE.lastIndex = 0
  for (let m = LEGAL_BARE_RE.exec(t); m; m = LEGAL_BARE_RE.exec(t)) {
    const at = m.index + m[0].length
    const n = nameAt(t.slice(at, at + 12))
    if (n && /^\s*(?:\((?:签字|签名|签章|印)\)|$|\s|\n)/u.test(t.slice(at + n.length, at + n.length + 6)))
      push(out, { role: 'legalRep', name: n, index: at })
  }
  after(PRINCIPAL_LABEL_RE, 'legalRep')
  after(AGENT_LABEL_RE, 'agent')
  after(AGENT_SENTENCE_RE, 'agent')
  after(SIGNING_DELEGATE_RE, 'agent')
  LEGAL_SENTENCE_RE.lastIndex = 0
  for (let m = LEGAL_SENTENCE_RE.exec(t); m; m = LEGAL_SENTENCE_RE.exec(t)) {
    const company = orgAt(m[1]) ?? undefined
    const direct = nameBefore(t, m.index)
    if (direct) {
      push(out, { role: 'legalRep', name: direct.name, index: direct.index, company })
      continue
    }
    // The 身份证明 form: "姓名：王海东 性别：男 … \n系 XX 的法定代表人".
    const window = t.slice(Math.max(0, m.index - 200), m.index)
    const labels = [...window.matchAll(/姓\s*名\s*[:]\s*/gu)]
    const last = labels[labels.length - 1]
    if (last) {
      const at = Math.max(0, m.index - 200) + last.index! + last[0].length
      const n = nameAt(t.slice(at, at + 12))
      if (n) push(out, { role: 'legalRep', name: n, index: at, company })
    }
  }
  after(STAFF_LABEL_RE, 'staff', (m) => ({ post: m[1] }))
  after(STAFF_DIRECT_RE, 'staff', (m) => ({ post: m[1] }))
  STAFF_SENTENCE_RE.lastIndex = 0
  for (let m = STAFF_SENTENCE_RE.exec(t); m; m = STAFF_SENTENCE_RE.exec(t)) {
    const n = nameBefore(t, m.index)
    if (n) push(out, { role: 'staff', name: n.name, index: n.index, post: m[1] })
  }
  attachIds(t, out)
  return out.sort((a, b) => a.index - b.index)
}

/** Each ID number belongs to the person named last before it in the same paragraph. */
function attachIds(t: string, people: PersonMention[]) {
  for (const id of idNumbersIn(t)) {
    let best: PersonMention | null = null
    for (const p of people) {
      if (p.index > id.index || id.index - p.index > 120) continue
      if (t.slice(p.index, id.index).includes('\n\n')) continue
      if (!best || p.index > best.index) best = p
    }
    if (best && !best.idNumber) best.idNumber = id.id
  }
}

const BIDDER_LABEL_RE = new RegExp(
  // In a 授权委托书 the 授权单位 / 委托单位 is the bidder.
  `(?:投标人|供应商|投标单位|响应人|磋商供应商|申请人|投标方|授权单位|委托单位)(?:名称|全称)?${NOTE}${COLON}`,
  'gu',
)
const WEAK_BIDDER_LABEL_RE = new RegExp(
  `(?<![用客户业主采购])(?:单位|公司|企业)(?:名称|全称)${NOTE}${COLON}`,
  'gu',
)
// "代表我公司参加贵方组织的…": a verb after it starts what the agent does, not a company name.
const BIDDER_SENTENCE_RE =
  /代表(?:投标人|供应商|我方|我公司)\s*(?=\S)(?!参加|参与|签署|处理|办理|出席|负责|进行|递交|提交|全权|就|对|向|在|与|和)/gu
const LEAD_LABEL_RE = new RegExp(`(?:联合体)?牵头(?:人|方|单位)(?:名称)?${NOTE}${COLON}`, 'gu')
const LEAD_SENTENCE_RE = /(?:联合体)?牵头(?:人|方|单位)\s*(?:为|是)\s*/gu
const MEMBER_LABEL_RE = new RegExp(
  `(?:联合体)?成员(?:单位|方)?\\s*[一二三四五六七八九\\d]*\\s*(?:名称)?${NOTE}${COLON}|[甲乙丙丁戊]\\s*方${NOTE}${COLON}`,
  'gu',
)
const MANUFACTURER_LABEL_RE = new RegExp(
  `(?:制造商|生产厂家|生产商|制造厂商|生产企业|制造厂家)(?:名称)?${NOTE}${COLON}`,
  'gu',
)

export function orgsIn(text: string): OrgMention[] {
  const t = halfWidth(text)
  const out: OrgMention[] = []
  const after = (re: RegExp, role: (m: RegExpExecArray) => OrgRole, weak = false) => {
    re.lastIndex = 0
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const at = m.index + m[0].length
      const n = orgAt(labelValue(t, at))
      if (n && !out.some((o) => o.index === at))
        out.push({ role: role(m), name: n, index: at, ...(weak ? { weak } : {}) })
    }
  }
  after(LEAD_LABEL_RE, () => 'lead')
  after(LEAD_SENTENCE_RE, () => 'lead')
  // "甲方（牵头人）：X" names the lead; "乙方（成员）：Y" a member.
  after(MEMBER_LABEL_RE, (m) => (/牵头/u.test(m[0]) ? 'lead' : 'member'))
  after(MANUFACTURER_LABEL_RE, () => 'manufacturer')
  after(BIDDER_LABEL_RE, () => 'bidder')
  after(WEAK_BIDDER_LABEL_RE, () => 'bidder', true)
  after(BIDDER_SENTENCE_RE, () => 'bidder')
  // "X为联合体牵头人" / "由X作为牵头人"
  for (const m of t.matchAll(/(?:为|作为|担任)\s*(?:本)?(?:联合体)?(?:的)?牵头(?:人|方|单位)/gu)) {
    const n = orgBefore(t.slice(Math.max(0, m.index! - 80), m.index!))
    if (n) out.push({ role: 'lead', name: n.name, index: m.index! - n.length })
  }
  for (const m of t.matchAll(LEGAL_SENTENCE_RE)) {
    const n = orgAt(m[1])
    if (n) out.push({ role: 'bidder', name: n, index: m.index! + m[0].indexOf(m[1]) })
  }
  return out.sort((a, b) => a.index - b.index)
}

/** The company named at the end of `head`, after its last separator or lead-in word ("经协商，由X"). */
function orgBefore(head: string): { name: string; length: number } | null {
  const parts = head.split(/[,;。:、\n]|(?:由|约定|确定|同意|推举|指定|其中|推选)/u)
  const last = parts[parts.length - 1]
  const n = orgAt(last)
  return n && last.replace(/\s+/gu, '').endsWith(n) ? { name: n, length: last.trimStart().length } : null
}
