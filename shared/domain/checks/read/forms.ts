import { parseMoney } from '@shared/domain/amount/money'
import { readWords } from '../money'
import { halfWidth } from './normalise'
import { orgsIn, peopleIn, type OrgMention, type PersonMention } from './roles'
import { moneyIn, percentsIn } from './quantity'
import { taxRatesIn, termsIn, type TaxMention, type TermMention } from './terms'

/**
 * One reader for the standard forms (投标函, 法定代表人身份证明, 授权委托书, 开标一览表, 承诺函, 联合体协议):
 * what a form says, whatever the house style. Tables written as text ("交货期 | 质保期" over "45天 | 2年",
 * or "投标总价 | ¥1,150,000.00") are read as "label：value" pairs first.
 */

const SEP_RE = /\s*(?:\||\t| {2,})\s*/u

function cells(line: string): string[] {
  return line
    .replace(/^\s*\|/u, '')
    .replace(/\|\s*$/u, '')
    .split(SEP_RE)
    .map((c) => c.trim())
}

const isLabel = (c: string) => /^[\u4e00-\u9fff()（）/、]{2,16}$/u.test(c)

/**
 * Text tables as "label：value" lines: a header row of labels over value rows, or label/value pairs side by
 * side ("投标总价 | ¥1,150,000.00 | 交货期 | 45天"). Returns '' when the text has no table.
 */
export function expandTables(text: string): string {
  const lines = halfWidth(text).split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!SEP_RE.test(lines[i].trim())) continue
    const head = cells(lines[i])
    if (head.length < 2) continue
    if (head.every(isLabel)) {
      for (let j = i + 1; j < lines.length; j++) {
        const row = cells(lines[j])
        if (row.length !== head.length || row.every(isLabel)) break
        out.push(head.map((h, k) => `${h}:${row[k]}`).join('\n'))
      }
      continue
    }
    for (let k = 0; k + 1 < head.length; k += 2) if (isLabel(head[k])) out.push(`${head[k]}:${head[k + 1]}`)
  }
  return out.join('\n')
}

export interface PriceMention {
  fen: number
  words: boolean
  index: number
}

const PRICE_LABEL_RE =
  /(?:投标总报价|投标总价|投标报价|总报价|报价总额|投标价格|投标总金额|合同总价|总价|报价)(?:\s*(?:为|是|:|\((?:小写|大写|人民币|元|含税|万元)[^()]*\)|人民币|RMB))*\s*/gu
const WORDS_RUN_RE = /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正\s]{3,40}/u

/** The bid price as a form states it: figures after a price label, and words in 大写. */
export function pricesIn(text: string): PriceMention[] {
  const t = halfWidth(text)
  const out: PriceMention[] = []
  PRICE_LABEL_RE.lastIndex = 0
  for (let m = PRICE_LABEL_RE.exec(t); m; m = PRICE_LABEL_RE.exec(t)) {
    const at = m.index + m[0].length
    const rest = t.slice(at, at + 60)
    const w = WORDS_RUN_RE.exec(rest)
    if (w) {
      const r = readWords(w[0].trim())
      if (r.ok) out.push({ fen: r.fen, words: true, index: at })
      // "壹佰…元整（¥1,150,000.00）": the figures in the bracket after the words are the same price.
      const after = rest.slice(w[0].length)
      const br = /^\s*\(\s*(?:小写\s*(?:金额)?\s*[:]?\s*)?/u.exec(after)
      const money = br ? moneyIn(after.slice(br[0].length)).find((x) => x.index <= 1) : undefined
      if (br && money)
        out.push({ fen: money.fen, words: false, index: at + w[0].length + br[0].length + money.index })
      continue
    }
    const money = moneyIn(rest).find((x) => x.index <= 2)
    if (money) {
      out.push({ fen: money.fen, words: false, index: at + money.index })
      continue
    }
    // "投标总价（元）：1150000.00": the unit is in the label.
    const unit = /\((?:人民币)?(万元|元)\)/u.exec(m[0])?.[1]
    const bare = unit ? /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])/u.exec(rest) : null
    const r = bare ? parseMoney(bare[1] + unit) : null
    if (r?.ok) out.push({ fen: r.fen, words: false, index: at })
  }
  // "（大写）：壹佰…元整（小写：¥1,150,000.00）": the figures after a price in words belong to it.
  for (const m of t.matchAll(/小写\s*(?:金额)?\s*[:]?\s*/gu)) {
    const at = m.index! + m[0].length
    if (!out.some((p) => p.words && p.index < m.index! && m.index! - p.index < 40)) continue
    const money = moneyIn(t.slice(at, at + 40)).find((x) => x.index <= 2)
    if (money && !out.some((p) => p.index === at + money.index))
      out.push({ fen: money.fen, words: false, index: at + money.index })
  }
  return out.sort((a, b) => a.index - b.index)
}

export interface FormReading {
  people: PersonMention[]
  orgs: OrgMention[]
  terms: TermMention[]
  taxRates: TaxMention[]
  prices: PriceMention[]
}

const PEOPLE_HINT = /法定代表人|委托|授权|代理人|代表|姓名|经理|负责人|总监|总工|安全员|施工员|工程师/u
const ORG_HINT = /投标|供应商|单位|公司|企业|牵头|成员|[甲乙丙丁戊]方|制造|厂|法定代表人/u
const PERIOD_HINT = /[天日月年周时钟h]|min/iu
const NONE: never[] = []

/**
 * Everything the checks read from one text; tables are read through expandTables. Most fields of a
 * 5,000-requirement bid hold none of the words a reader looks for, so each reader runs only after a cheap test.
 */
export function readForm(text: string): FormReading {
  const digits = /[0-9０-９零〇一二两三四五六七八九十半壹贰叁肆伍陆柒捌玖拾]/u.test(text)
  const flat = /[|\t]| {2}/u.test(text) ? expandTables(text) : ''
  const both = flat ? `${text}\n${flat}` : text
  return {
    people: PEOPLE_HINT.test(text) ? peopleIn(text) : NONE,
    orgs: ORG_HINT.test(text) ? orgsIn(text) : NONE,
    terms: digits && PERIOD_HINT.test(both) ? termsIn(both) : NONE,
    taxRates: taxRatesIn(both),
    prices: /价|报价/u.test(both) ? pricesIn(both) : NONE,
  }
}

/** 法定代表人身份证明: who, of which company, with which ID. */
export function readLegalRepCert(text: string) {
  const r = readForm(text)
  const rep = r.people.find((p) => p.role === 'legalRep')
  return {
    name: rep?.name ?? null,
    company: rep?.company ?? r.orgs.find((o) => o.role === 'bidder')?.name ?? null,
    idNumber: rep?.idNumber ?? null,
  }
}

/** 授权委托书: the principal (legal representative), the company and the agent with the agent's ID. */
export function readPowerOfAttorney(text: string) {
  const r = readForm(text)
  const rep = r.people.find((p) => p.role === 'legalRep')
  const agent = r.people.find((p) => p.role === 'agent')
  return {
    legalRep: rep?.name ?? null,
    company: rep?.company ?? r.orgs.find((o) => o.role === 'bidder')?.name ?? null,
    agent: agent?.name ?? null,
    agentId: agent?.idNumber ?? null,
  }
}

/** 联合体协议: the lead, the members and each one's share of the work ("承担…，占 60%"). */
export function readConsortiumAgreement(text: string) {
  const r = readForm(text)
  const t = halfWidth(text)
  const lead = r.orgs.find((o) => o.role === 'lead')?.name ?? null
  const members = [
    ...new Set(r.orgs.filter((o) => o.role === 'member' || o.role === 'lead').map((o) => o.name)),
  ]
  const shares: { org: string; percent: number }[] = []
  for (const name of members) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      const line = t.slice(i, t.indexOf('\n', i) < 0 ? undefined : t.indexOf('\n', i))
      const p = percentsIn(line).find((x) => /占|比例|份额|承担/u.test(line.slice(0, x.index)))
      if (p) {
        shares.push({ org: name, percent: p.value })
        break
      }
    }
  }
  return { lead, members, shares }
}

/** Periods of 投标函 / 开标一览表 / 承诺函 by term (the first stated value of each). */
export function termsOf(text: string): Partial<Record<TermMention['term'], TermMention>> {
  const out: Partial<Record<TermMention['term'], TermMention>> = {}
  for (const m of readForm(text).terms) if (!out[m.term]) out[m.term] = m
  return out
}
