/** Text helpers shared by the rules: normalisation, title matching, labelled values, dates. */

/** Leading 一、 / 1. / 1、 / （一） / 第一章 / 第1部分 style numbering, which tenders and bids write differently. */
const NUMBERING_RE =
  /^(?:第[一二三四五六七八九十百零\d]+[章节部分篇卷]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:[.．]\d+)*[、.．]?)\s*/u

// Titles are few and repeat on every run of the checks; the cache saves thousands of regex passes.
const titleCache = new Map<string, string>()

export function normaliseTitle(title: string): string {
  const hit = titleCache.get(title)
  if (hit !== undefined) return hit
  const t = normaliseTitleUncached(title)
  if (titleCache.size > 20_000) titleCache.clear()
  titleCache.set(title, t)
  return t
}

function normaliseTitleUncached(title: string): string {
  let t = title.replace(/\s+/gu, '')
  for (let i = 0; i < 3; i++) {
    const next = t.replace(NUMBERING_RE, '')
    if (next === t) break
    t = next
  }
  return t
    .replace(/[：:。.，,；;]+$/u, '')
    .replace(/[（(]/gu, '(')
    .replace(/[)）]/gu, ')')
}

/** A section title names a form when, numbering and spaces aside, it contains the form's name. */
export function titleNames(sectionTitle: string, form: string): boolean {
  const f = normaliseTitle(form)
  return f.length > 0 && normaliseTitle(sectionTitle).includes(f)
}

export function compact(s: string): string {
  return s.replace(/\s+/gu, '')
}

/** Company and organisation names compare without spaces and with one kind of parentheses. */
export function normaliseName(s: string): string {
  return compact(s).replace(/[（(]/gu, '(').replace(/[)）]/gu, ')')
}

/**
 * Whether `short` is a short form of `full` as Chinese names are shortened: characters dropped, none added
 * or reordered ("某市大数据局" for 某市大数据管理局), keeping at least four characters and half the name.
 */
export function shortFormOf(short: string, full: string): boolean {
  if (short.length < 4 || short.length * 2 < full.length) return false
  let i = 0
  for (const c of full) if (c === short[i]) i++
  return i === short.length
}

/** Levenshtein distance between two strings of BMP characters (company names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

/** Characters without whitespace (UTF-16 units: Chinese text is in the BMP). */
export function charCount(s: string): number {
  return compact(s).length
}

export interface LabelledValue {
  value: string
  index: number
}

function collect(re: RegExp, text: string, group = 1): LabelledValue[] {
  const out: LabelledValue[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = m[group]
    if (v) out.push({ value: v, index: m.index })
  }
  return out
}

// Values end at a line break, a space, or punctuation that separates fields in the standard forms.
const VALUE = '([^\\s，,。；;：:、【】]{2,80})'
const SEAL = '(?:[（(][^）)\\n]{0,10}[)）])?'

const COMPANY_RE = new RegExp(
  `(?:投标人|供应商|投标单位|响应人)(?:名称|全称)?\\s*${SEAL}\\s*[：:]\\s*${VALUE}`,
  'gu',
)
const CREDIT_RE = /统一社会信用代码\s*[：:]?\s*([0-9A-Za-z]{10,24})/gu
const PROJECT_RE = new RegExp(`项目名称\\s*[：:]\\s*${VALUE}`, 'gu')
// The 投标函's addressee at the head of its line: "致：某某医院" (a "致词" inside a sentence is not one).
const ADDRESSEE_RE = new RegExp(`(?:^|\\n)[ \\t　]*致\\s*[：:]\\s*${VALUE}`, 'gu')
const TENDER_NO_RE =
  /(?:招标编号|项目编号|采购编号|招标文件编号|采购项目编号)\s*[：:]\s*([A-Za-z0-9[（(〔][A-Za-z0-9\-_/.（）()[\]〔〕]{1,60})/gu
const BUYER_RE = new RegExp(`(?:采购人|招标人)(?:名称|全称)?\\s*[：:]\\s*${VALUE}`, 'gu')
const NAME = '([\\u4e00-\\u9fff·]{2,8})'
const LEGAL_REP_RE = new RegExp(`法定代表人(?:姓名)?\\s*${SEAL}\\s*[：:]\\s*${NAME}`, 'gu')
const AGENT_RE = new RegExp(
  `(?:被授权人|委托代理人|授权代表|授权代理人)(?:姓名)?\\s*${SEAL}\\s*[：:]\\s*${NAME}`,
  'gu',
)

// Form text often runs the next label straight after a name ("张三性别：男"); cut the name there.
const NAME_STOP_RE = /(?:性别|职务|身份证|年龄|电话|联系|系|的|为|在|签字|签名|盖章|地址|男|女).*$/u

function cleanName(v: LabelledValue): LabelledValue {
  return { value: v.value.replace(NAME_STOP_RE, ''), index: v.index }
}

const OPENERS: Record<string, string> = { '）': '（', ')': '(', ']': '[', '〕': '〔' }

/**
 * A tender number ends before a trailing sentence stop, and before a closing bracket that closes the
 * sentence around it ("（项目编号：JZCG-2026-0417）"), not one of its own ("HZCG（2026）015").
 */
export function cleanCode(v: LabelledValue): LabelledValue {
  let s = v.value.replace(/[.]+$/u, '')
  while (s.length > 0) {
    const last = s[s.length - 1]
    if ('（([〔'.includes(last)) {
      s = s.slice(0, -1)
      continue
    }
    const open = OPENERS[last]
    if (!open) break
    const opens = [...s].filter((c) => c === open).length
    const closes = [...s].filter((c) => c === last).length
    if (closes <= opens) break
    s = s.slice(0, -1).replace(/[.]+$/u, '')
  }
  return { value: s, index: v.index }
}

// "某某公司（盖章）": the seal marker is not part of the name.
function cleanOrg(v: LabelledValue): LabelledValue {
  return { value: v.value.replace(/[（(][^（()）]*(?:章|签|字)[^（()）]*[)）]$/u, ''), index: v.index }
}

// "致：某某医院（采购人）": the role in brackets is not part of the name.
function cleanRole(v: LabelledValue): LabelledValue {
  return {
    value: v.value.replace(
      /[（(](?:采购人|招标人|采购代理机构|招标代理机构|代理机构)(?:名称|全称)?[)）]$/u,
      '',
    ),
    index: v.index,
  }
}

// "项目名称：某项目（项目编号：X）": the bracket opens the number, it is not part of the name ("（二期）" is).
function cleanProject(v: LabelledValue): LabelledValue {
  return {
    value: v.value.replace(/[（(](?:项目|招标|采购|招标文件|采购项目)?(?:编号|编码)$/u, ''),
    index: v.index,
  }
}

// A plain includes() first: V8 scans a literal far faster than a unicode regex, and most fields of a
// 5,000-requirement bid contain no label at all.
function has(t: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (t.includes(words[i])) return true
  return false
}
const NONE: LabelledValue[] = []

export const extract = {
  company: (t: string) =>
    has(t, ['投标人', '供应商', '投标单位', '响应人'])
      ? collect(COMPANY_RE, t)
          .map(cleanOrg)
          .filter((v) => v.value.length >= 2)
      : NONE,
  creditCode: (t: string) =>
    has(t, ['统一社会信用代码'])
      ? collect(CREDIT_RE, t).map((v) => ({ ...v, value: v.value.toUpperCase() }))
      : NONE,
  project: (t: string) =>
    has(t, ['项目名称']) ? collect(PROJECT_RE, t).map(cleanOrg).map(cleanProject) : NONE,
  tenderNo: (t: string) => (has(t, ['编号']) ? collect(TENDER_NO_RE, t).map(cleanCode) : NONE),
  buyer: (t: string) => (has(t, ['采购人', '招标人']) ? collect(BUYER_RE, t).map(cleanOrg) : NONE),
  addressee: (t: string) => (has(t, ['致']) ? collect(ADDRESSEE_RE, t).map(cleanOrg).map(cleanRole) : NONE),
  legalRep: (t: string) =>
    has(t, ['法定代表人'])
      ? collect(LEGAL_REP_RE, t)
          .map(cleanName)
          .filter((v) => v.value.length >= 2)
      : NONE,
  agent: (t: string) =>
    has(t, ['授权', '代理人'])
      ? collect(AGENT_RE, t)
          .map(cleanName)
          .filter((v) => v.value.length >= 2)
      : NONE,
}

/** Values that are still placeholders are C01's business, not a mismatch. */
export function isPlaceholder(ctx: { cfg: { placeholderRe: RegExp } }, v: string): boolean {
  ctx.cfg.placeholderRe.lastIndex = 0
  return ctx.cfg.placeholderRe.test(v)
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD string or the date part of a date-time. */
export function dayOf(isoDate: string): number {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}

/** The calendar day of `now` where the user is (local time), not in UTC. */
export function localDay(now: Date): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000)
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

export function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}

export interface TextDate {
  raw: string
  index: number
  y: number
  m: number
  d: number
}

const CN_DATE_RE = /(?<!\d)((?:19|20|21)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu
const ISO_DATE_RE = /(?<![\d.])((?:19|20|21)\d{2})-(\d{1,2})-(\d{1,2})(?![\d])/gu
// "2026.12.04", "2026/12/4": not a version ("V2026.1.2") nor part of a longer dotted number.
const DOTTED_DATE_RE = /(?<![\dA-Za-z./])((?:19|20|21)\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/gu
// "二〇二六年十二月四日", as a 落款 is often typed.
const NUMERAL_DATE_RE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/gu

const NUMERALS = '〇一二三四五六七八九'
/** "十二" → 12, "二十一" → 21, "三十" → 30, "九" → 9. */
function numeralCount(s: string): number {
  const digit = (c: string) => NUMERALS.indexOf(c === '零' ? '〇' : c)
  const ten = s.indexOf('十')
  if (ten < 0) return digit(s)
  return (ten === 0 ? 1 : digit(s[0])) * 10 + (ten === s.length - 1 ? 0 : digit(s[ten + 1]))
}

export function datesIn(text: string): TextDate[] {
  const cn = text.includes('年')
  const out: TextDate[] = []
  const res: [RegExp, boolean][] = [
    [CN_DATE_RE, cn],
    [ISO_DATE_RE, text.includes('-')],
  ]
  for (const [re, on] of res) {
    if (!on) continue
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push({ raw: m[0], index: m.index, y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) })
  }
  if (text.includes('.') || text.includes('/')) {
    DOTTED_DATE_RE.lastIndex = 0
    for (let m = DOTTED_DATE_RE.exec(text); m; m = DOTTED_DATE_RE.exec(text))
      out.push({ raw: m[0], index: m.index, y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) })
  }
  if (cn) {
    NUMERAL_DATE_RE.lastIndex = 0
    for (let m = NUMERAL_DATE_RE.exec(text); m; m = NUMERAL_DATE_RE.exec(text)) {
      const y = Number([...m[1]].map((c) => NUMERALS.indexOf(c === '零' ? '〇' : c)).join(''))
      out.push({ raw: m[0], index: m.index, y, m: numeralCount(m[2]), d: numeralCount(m[3]) })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}

/**
 * The dates a form is signed on: in its closing lines, after a 日期 label ("日期：…", "签署日期：…") or
 * standing alone on a line. Dates inside the text (成立时间, 委托期限, a schedule) are not signing dates.
 */
export function signingDatesIn(text: string): TextDate[] {
  const lines = text.split('\n')
  let start = text.length
  for (let i = lines.length - 1, kept = 0; i >= 0 && kept < 4; i--) {
    start -= lines[i].length + (i < lines.length - 1 ? 1 : 0)
    if (lines[i].trim()) kept++
  }
  return datesIn(text).filter((d) => {
    if (d.index < start) return false
    const lineStart = text.lastIndexOf('\n', d.index - 1) + 1
    const lineEnd = text.indexOf('\n', d.index)
    const before = text.slice(lineStart, d.index)
    const after = text.slice(d.index + d.raw.length, lineEnd < 0 ? undefined : lineEnd)
    const labelled = /^\s*(?:签署|签字|签发|落款|投标|出具)?\s*日\s*期\s*[:：]?\s*$/u.test(before)
    return (labelled || before.trim() === '') && /^\s*[。.]?\s*$/u.test(after)
  })
}

/** Short excerpt around a match, for messages. */
export function excerpt(text: string, index: number, len = 24): string {
  const s = Math.max(0, index - 6)
  const e = Math.min(text.length, index + len)
  return (s > 0 ? '…' : '') + text.slice(s, e).replace(/\s+/gu, ' ') + (e < text.length ? '…' : '')
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Compares two ISO date(-time)s; a date without a time compares by day only. */
export function isAfter(a: string, b: string): boolean {
  const hasTime = (s: string) => s.length > 10
  if (hasTime(a) && hasTime(b)) return Date.parse(a) > Date.parse(b)
  return a.slice(0, 10) > b.slice(0, 10)
}
