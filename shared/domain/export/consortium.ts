import type { Bid, CompanyProfile, ConsortiumMember } from '@shared/schemas'
import { BLANK_LINE } from './format'

/**
 * A consortium as the forms print it: its members lead first (as the 联合体协议 names them), our own entry with the
 * company profile's identity, and the seal line of every party (联合体各方盖章).
 */

/** A consortium member as printed: our own entry takes the name, code and legal rep of the company profile. */
export function memberOf(m: ConsortiumMember, company: CompanyProfile): ConsortiumMember {
  return m.isUs
    ? {
        ...m,
        name: company.name || m.name,
        creditCode: company.creditCode || m.creditCode,
        legalRep: company.legalRep || m.legalRep,
      }
    : m
}

/**
 * A member's name as the forms print it: a member without one gets a line to write it on, so the 联合体协议书 still
 * names every party (a blank the print rules report, P03), never a silent gap ("A（牵头人）与（成员）…").
 */
export function printedName(name: string): string {
  return name.trim() || BLANK_LINE
}

/** The members with their index in the bid, the 牵头人 first, the others in the bid's order. */
export function leadFirst(bid: Bid): { m: ConsortiumMember; i: number }[] {
  return bid.consortium.members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Number(b.m.role === '牵头人') - Number(a.m.role === '牵头人') || a.i - b.i)
}

/**
 * Where a member's table row comes from in the bid (so a finding on a printed cell opens that member's field): the
 * same for every table that lists the members (联合体协议书, 中小企业声明函).
 */
export function memberRowSource(m: ConsortiumMember, i: number) {
  return {
    path: `consortium.members.${i}`,
    itemId: m.id,
    doc: 'bid' as const,
    fields: {
      'row.item': `consortium.members.${i}.work`,
      'row.maker': `consortium.members.${i}.name`,
      'row.size': `consortium.members.${i}.size`,
      'row.share': `consortium.members.${i}.sharePercent`,
    } as Record<string, string>,
  }
}

/** Whether the bid is printed as a consortium's (the same test as the 联合体协议书 part). */
export function isConsortiumBid(bid: Bid): boolean {
  return bid.consortium.isConsortium && bid.consortium.members.length > 0
}

/** One party that seals a form of a consortium's bid: its printed name and the field that name comes from. */
export interface SealingParty {
  role: ConsortiumMember['role']
  name: string
  field: string
}

export function sealingParties(bid: Bid, company: CompanyProfile): SealingParty[] {
  return leadFirst(bid).map(({ m, i }) => ({
    role: m.role,
    name: memberOf(m, company).name,
    field: m.isUs && company.name ? 'company.name' : `consortium.members.${i}.name`,
  }))
}

/**
 * The bidder's label at the start of a seal line ("投标人（盖章）：", "企业名称（盖章）：", "投标人：…（盖章）"). A line
 * that starts otherwise (the 联合体协议书's own "联合体牵头人（盖章）") already names who seals and is left alone.
 */
const BIDDER_LABEL =
  /^(?:投标人名称|投标人|供应商名称|供应商|响应人名称|响应人|投标单位|企业名称|单位名称|公司名称)(?=\s*(?:（盖章）|\(盖章\)|：|:))/
const NAME = '{{投标人名称}}'
const TRAILING_BLANK = /([：:]\s*)[_＿]{2,}\s*$/

/**
 * The seal line a member prints instead of the bidder's: the label says 联合体牵头人 / 联合体成员 and the name is
 * the member's (a line with only a blank to write on gets the name there). Null when the line is not the bidder's.
 */
export function memberSealTemplate(text: string, role: ConsortiumMember['role']): string | null {
  const t = text.trim()
  if (!BIDDER_LABEL.test(t)) return null
  const labelled = t.replace(BIDDER_LABEL, role === '牵头人' ? '联合体牵头人' : '联合体成员')
  return labelled.includes(NAME) ? labelled : labelled.replace(TRAILING_BLANK, `$1${NAME}`)
}

export type SealedBy = 'bidder' | 'issuer'

/**
 * The seal lines a seal marker prints. In a consortium's bid the bidder's seal is one line per member, the 牵头人
 * first (联合体各方盖章: a 评标委员会 checks that every party sealed), each with that member's name; a line that
 * already names who seals, a form only its issuer seals (`issuer`) or a single bidder's bid print it once.
 * `fill` fills a template, as the given party when there is one (its name as 投标人名称).
 */
export function sealLines(
  text: string,
  bid: Bid,
  company: CompanyProfile,
  sealedBy: SealedBy,
  fill: (template: string, party?: SealingParty) => string,
): string[] {
  if (sealedBy === 'issuer' || !isConsortiumBid(bid)) return [fill(text)]
  const lines = sealingParties(bid, company).map((p) => ({ p, t: memberSealTemplate(text, p.role) }))
  if (lines.some((x) => x.t === null)) return [fill(text)]
  return lines.map(({ p, t }) => fill(t!, p))
}
