import type { Bid, CompanyProfile } from '@shared/schemas'
import { def, type PlaceholderContext, type PlaceholderDef } from './placeholder-context'
import { formatQty } from './format'
import { memberOf, printedName } from './consortium'

/**
 * Placeholders of the bid-model parts (checks v2): who signs, the consortium, the SME declaration and the tax rate.
 * Kept apart from the main dictionary (placeholder-defs.ts) which concatenates them.
 */

/** The agent of company.agents who signs: the one the bid's signatory names, else the first. */
export function signatoryAgentIndex(bid: Bid, company: CompanyProfile): number {
  const name = bid.signatory.agentName.trim()
  const i = name ? company.agents.findIndex((a) => a.name.trim() === name) : -1
  return i >= 0 ? i : 0
}

const byAgent = (c: PlaceholderContext) => c.bid.signatory.role === '授权代表'

const lead = (c: PlaceholderContext) => {
  const m = c.bid.consortium.members.find((x) => x.role === '牵头人')
  return c.bid.consortium.isConsortium && m ? memberOf(m, c.company) : null
}
/** Where the lead's value comes from: the company profile when we lead, else the member's own field. */
const leadField = (c: PlaceholderContext, key: 'legalRep' | 'creditCode') => {
  const i = c.bid.consortium.members.findIndex((m) => m.role === '牵头人')
  return c.bid.consortium.members[i]?.isUs && c.company[key]
    ? `company.${key}`
    : `consortium.members.${i}.${key}`
}
const others = (c: PlaceholderContext) =>
  c.bid.consortium.isConsortium
    ? c.bid.consortium.members.filter((x) => x.role !== '牵头人').map((m) => memberOf(m, c.company))
    : []

/** The VAT rates the quote states: its lines' rates, else the rates the tender requires. */
export function quotedRates(bid: Bid): number[] {
  const lines = [...new Set(bid.quote.items.map((i) => i.taxRate))]
  return (lines.length ? lines : bid.tax.requiredRates).slice().sort((a, b) => b - a)
}

export function taxNote(bid: Bid): string {
  const rates = quotedRates(bid).map((r) => `${formatQty(r)}%`)
  if (!bid.quote.taxIncluded) return rates.length ? `不含税（增值税税率${rates.join('、')}，另计）` : '不含税'
  return rates.length ? `含税（增值税税率${rates.join('、')}）` : '含税'
}

export const PART_PLACEHOLDERS: readonly PlaceholderDef[] = [
  def(
    '签字人',
    'signer',
    '签署投标文件的人：授权代表（由授权代表签署时）或法定代表人',
    'who signs: the authorised agent when the bid says so, else the legal representative',
    (c) => (byAgent(c) ? (c.company.agents[c.agentIndex]?.name ?? '') : c.company.legalRep),
    (c) => (byAgent(c) ? `company.agents.${c.agentIndex}.name` : 'company.legalRep'),
  ),
  def(
    '签字人身份',
    'signerRole',
    '法定代表人 / 授权代表',
    'legal representative / authorised agent',
    (c) => (byAgent(c) ? '授权代表' : '法定代表人'),
    'signatory.role',
  ),
  def(
    '联合体牵头人',
    'consortiumLead',
    '联合体牵头人名称（联合体投标时）',
    'consortium lead (consortium bids)',
    (c) => {
      const l = lead(c)
      return l ? printedName(l.name) : ''
    },
    (c) => `consortium.members.${c.bid.consortium.members.findIndex((m) => m.role === '牵头人')}.name`,
  ),
  def(
    '牵头人法定代表人',
    'consortiumLeadLegalRep',
    '联合体牵头人的法定代表人（出具法定代表人身份证明和授权委托书，联合体投标时）',
    "the consortium lead's legal representative (consortium bids)",
    (c) => lead(c)?.legalRep ?? '',
    (c) => leadField(c, 'legalRep'),
  ),
  def(
    '牵头人统一社会信用代码',
    'consortiumLeadCreditCode',
    '联合体牵头人的统一社会信用代码（联合体投标时）',
    "the consortium lead's credit code (consortium bids)",
    (c) => lead(c)?.creditCode ?? '',
    (c) => leadField(c, 'creditCode'),
  ),
  def(
    '联合体成员',
    'consortiumMembers',
    '联合体其他成员名称，以“、”分隔（联合体投标时）',
    'the other consortium members (consortium bids)',
    (c) =>
      others(c)
        .map((m) => printedName(m.name))
        .join('、'),
    'consortium.members',
  ),
  def(
    '联合体名称',
    'consortiumName',
    '联合体全体成员名称（牵头人在前），联合体投标时',
    'every member of the consortium, lead first',
    (c) => {
      const l = lead(c)
      const names = [...(l ? [l] : []), ...others(c)].map((m) => printedName(m.name))
      return names.length ? `${names.join('、')}联合体` : ''
    },
    'consortium.members',
  ),
  def(
    '所属行业',
    'industry',
    '采购文件明确的所属行业（中小企业声明函）',
    'the industry the tender names (SME declaration)',
    (c) => c.bid.sme.industry,
    'sme.industry',
  ),
  def(
    '企业规模',
    'enterpriseSize',
    '我方企业规模（中型企业 / 小型企业 / 微型企业）',
    'our enterprise size',
    (c) => c.bid.sme.size,
    'sme.size',
  ),
  def(
    '含税及税率',
    'taxNoteWithRate',
    '含税 / 不含税，并写明报价所含增值税税率，如“含税（增值税税率9%）”',
    'tax-inclusive or not, with the VAT rate the quote states',
    (c) => taxNote(c.bid),
    (c) => (c.bid.quote.items.length ? 'quote.items' : 'tax.requiredRates'),
  ),
  def(
    '增值税税率',
    'vatRate',
    '报价所含增值税税率（报价行税率，未填时为招标要求的税率）',
    'VAT rate of the quote (its lines, else the rate the tender requires)',
    (c) =>
      quotedRates(c.bid)
        .map((r) => `${formatQty(r)}%`)
        .join('、'),
    (c) => (c.bid.quote.items.length ? 'quote.items' : 'tax.requiredRates'),
  ),
]
