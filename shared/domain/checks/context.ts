import { materialLinks, SELF_CHECKED_SLOTS } from '../materials/links'
import { renewals } from '../materials/renewals'
import type { Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import type { CheckConfig } from './config'
import { RULES } from './rules'
import { dayOf, localDay } from './text'
import type { Bilingual, Family, Finding, FindingLocation, OtherBidRef, Severity } from './types'

export interface RuleContext {
  bid: Bid
  cfg: CheckConfig
  company: CompanyProfile
  matrix: Matrix | null
  otherBids: OtherBidRef[]
  /** Library lookup that follows renewals (supersedes) to the newest material. */
  material(id: string): Material | undefined
  /** Every material the bid uses, resolved, with where it was first linked. */
  linked: Map<string, { material: Material; path: string; itemId?: string }>
  /** Material ids referenced by the bid that are not in the library. */
  dangling: { id: string; path: string; itemId?: string }[]
  /** Day number of the submission deadline, or of today when the bid has none yet. */
  deadlineDay: number
  hasDeadline: boolean
  todayDay: number
  law: Bid['governingLaw']
  add(f: NewFinding): void
  findings: Finding[]
}

export interface NewFinding {
  ruleId: string
  severity: Severity
  path: string
  itemId?: string
  doc?: FindingLocation['doc']
  docId?: string
  message: Bilingual
  fix: Bilingual
  basis?: string
  /** Distinguishes several findings of one rule on one field (e.g. which name differs). */
  discriminator?: string
  /** The forms / sections the value is printed in (print-model rules). */
  printedIn?: { partId: string; title: string }[]
}

export function familyOf(ruleId: string): Family {
  const own = RULES.find((r) => r.id === ruleId)
  if (own) return own.family
  return ruleId.startsWith('L') ? '不漏' : ruleId.startsWith('C') ? '不粗' : '不错'
}

/** 87号令 names the result 无效投标, 实施条例 names it 否决投标 (DOMAIN.md §2). */
export function vetoBasis(law: Bid['governingLaw']): string {
  return law === '政府采购' ? '87号令第63条' : '实施条例第51条'
}

export function vetoName(law: Bid['governingLaw']): Bilingual {
  return law === '政府采购'
    ? { zh: '无效投标', en: 'the bid being declared invalid (无效投标)' }
    : { zh: '否决投标', en: 'the bid being rejected (否决投标)' }
}

function toMap(materials: ReadonlyMap<string, Material> | Record<string, Material> | readonly Material[]) {
  if (materials instanceof Map) return materials as ReadonlyMap<string, Material>
  const m = new Map<string, Material>()
  if (Array.isArray(materials)) for (const x of materials as readonly Material[]) m.set(x.id, x)
  else for (const [k, v] of Object.entries(materials as Record<string, Material>)) m.set(k, v)
  return m
}

/** What E07 and E15 need of another bid of the workspace. */
export function otherBidRef(b: Bid): OtherBidRef {
  return {
    id: b.id,
    title: b.title,
    buyerName: b.buyer.name,
    tenderNo: b.tenderNo,
    lots: b.lots.filter((l) => l.bidding).map((l) => l.no.trim()),
    members: b.consortium.isConsortium
      ? b.consortium.members.filter((m) => !m.isUs).map((m) => m.name.trim())
      : [],
    open: b.result.outcome === '未定',
  }
}

export function otherBidRefs(others: readonly (OtherBidRef | Bid)[], selfId: string): OtherBidRef[] {
  const out: OtherBidRef[] = []
  for (const o of others) {
    if (o.id === selfId) continue
    if ('buyer' in o && typeof o.buyer === 'object') out.push(otherBidRef(o as Bid))
    else out.push(o as OtherBidRef)
  }
  return out
}

export function buildContext(args: {
  bid: Bid
  cfg: CheckConfig
  company: CompanyProfile
  matrix: Matrix | null
  materials: ReadonlyMap<string, Material> | Record<string, Material> | readonly Material[]
  otherBids: readonly (OtherBidRef | Bid)[]
  now: Date
}): RuleContext {
  const { bid } = args
  const lib = toMap(args.materials)
  // A renewal names its predecessor; a bid linking the old id must see the newest version.
  const { newest } = renewals(lib.values())
  const material = (id: string): Material | undefined => lib.get(newest(id))

  const linked = new Map<string, { material: Material; path: string; itemId?: string }>()
  const dangling: RuleContext['dangling'] = []
  const seenDangling = new Set<string>()
  for (const { id, slot, path, itemId } of materialLinks(bid)) {
    const m = material(id)
    if (m) {
      if (!linked.has(m.id)) linked.set(m.id, { material: m, path, ...(itemId ? { itemId } : {}) })
      continue
    }
    if (!SELF_CHECKED_SLOTS.has(slot) && !seenDangling.has(id))
      dangling.push({ id, path, ...(itemId ? { itemId } : {}) })
    seenDangling.add(id)
  }

  const todayDay = localDay(args.now)
  const deadline = bid.dates.submissionDeadline
  const findings: Finding[] = []
  const keys = new Set<string>()
  return {
    bid,
    cfg: args.cfg,
    company: args.company,
    matrix: args.matrix,
    otherBids: otherBidRefs(args.otherBids, bid.id),
    material,
    linked,
    dangling,
    deadlineDay: deadline ? dayOf(deadline) : todayDay,
    hasDeadline: deadline !== null,
    todayDay,
    law: bid.governingLaw,
    findings,
    add(f) {
      const doc = f.doc ?? 'bid'
      const docId = f.docId ?? bid.id
      // Index-free path: the key must survive reordering of requirements and sections.
      const stable = f.path.replace(/\.\d+(?=\.|$)/g, '.*')
      const key = [f.ruleId, doc, docId, f.itemId ?? '', stable, f.discriminator ?? ''].join('|')
      // The same rule at the same place for the same reason is one finding, however often it is seen.
      if (keys.has(key)) return
      keys.add(key)
      findings.push({
        ruleId: f.ruleId,
        family: familyOf(f.ruleId),
        severity: f.severity,
        location: { doc, docId, path: f.path, ...(f.itemId ? { itemId: f.itemId } : {}) },
        message: f.message,
        fix: f.fix,
        ...(f.basis ? { basis: f.basis } : {}),
        ...(f.printedIn ? { printedIn: f.printedIn } : {}),
        key,
      })
    },
  }
}
