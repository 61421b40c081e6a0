import { halfWidth } from './normalise'
import { orgsIn, peopleIn, type OrgMention, type PersonMention } from './roles'
import { percentsIn } from './quantity'
import { pricesIn, type PriceMention } from './prices'
import { taxRatesIn, termsIn, type TaxMention, type TermMention } from './terms'

export { disagrees, pricesIn, type PriceMention } from './prices'

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
      // A staff table ("职务 | 姓名 | …" over "项目经理 | 张伟 | …") also reads as "项目经理:张伟".
      const post = head.findIndex((h) => /^(?:职务|岗位|拟任职务|本项目职务|拟担任职务)$/u.test(h))
      const name = head.indexOf('姓名')
      let j = i + 1
      for (; j < lines.length; j++) {
        const row = cells(lines[j])
        if (row.length !== head.length || row.every(isLabel)) break
        // Before the row's own fields, so the row's ID number follows its holder.
        if (post >= 0 && name >= 0) out.push(`${row[post]}:${row[name]}`)
        out.push(head.map((h, k) => `${h}:${row[k]}`).join('\n'))
      }
      // The value rows are read under their header, not again as label/value pairs.
      i = j - 1
      continue
    }
    for (let k = 0; k + 1 < head.length; k += 2) if (isLabel(head[k])) out.push(`${head[k]}:${head[k + 1]}`)
  }
  return out.join('\n')
}

export interface FormReading {
  people: PersonMention[]
  orgs: OrgMention[]
  terms: TermMention[]
  taxRates: TaxMention[]
  prices: PriceMention[]
}

// A label may be typed with spaces between its characters ("法 定 代 表 人", "投 标 人"); see halfWidth.
const spaced = (words: string[]) => new RegExp(words.map((w) => [...w].join(' ?')).join('|'), 'u')
const PEOPLE_HINT = spaced(
  '法定代表人 委托 授权 代理人 代表 姓名 经理 负责人 总监 总工 安全员 施工员 工程师 受托人'.split(' '),
)
const ORG_HINT =
  /投\s?标|供\s?应\s?商|单\s?位|公\s?司|企\s?业|牵\s?头|成\s?员|[甲乙丙丁戊]方|制造|厂|法定代表人/u
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
    people: PEOPLE_HINT.test(text) ? peopleIn(both) : NONE,
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
