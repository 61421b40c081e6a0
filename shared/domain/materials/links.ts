import type { Bid } from '@shared/schemas'

/** Where in a bid a material is linked. */
export type LinkSlot =
  'bid' | 'section' | 'requirement' | 'required' | 'consortium' | 'member' | 'manufacturer' | 'sme' | 'staff'

/**
 * Slots whose rule reports a link that points nowhere itself (L04, L10, the consortium, SME and key-staff
 * rules); the checks' generic dangling-link finding skips them.
 */
export const SELF_CHECKED_SLOTS: ReadonlySet<LinkSlot> = new Set([
  'required',
  'consortium',
  'member',
  'manufacturer',
  'sme',
  'staff',
])

export interface MaterialLink {
  id: string
  slot: LinkSlot
  /** Dotted field path, e.g. 'sections.2.materialIds.0' (what a finding points at). */
  path: string
  /** Id of the section, requirement or required-material row that holds the link. */
  itemId?: string
}

/** arr.map(f), or arr itself when f changed no element. */
function mapSame<T>(arr: T[], f: (x: T, i: number) => T): T[] {
  const out = arr.map(f)
  return out.some((x, i) => x !== arr[i]) ? out : arr
}

/**
 * The one definition of where a bid links materials: calls `visit` for every link in document order and
 * returns the bid with each id replaced by what `visit` returned (the same object when nothing changed).
 * A list that ends up naming one material twice keeps it once.
 */
export function mapMaterialLinks(bid: Bid, visit: (link: MaterialLink) => string): Bid {
  let changed = false
  const one = (id: string, slot: LinkSlot, path: string, itemId?: string) => {
    const next = visit({ id, slot, path, ...(itemId ? { itemId } : {}) })
    if (next !== id) changed = true
    return next
  }
  const list = (ids: string[], slot: LinkSlot, path: string, itemId?: string) => {
    const mapped = ids.map((id, i) => one(id, slot, `${path}.${i}`, itemId))
    return mapped.some((id, i) => id !== ids[i]) ? [...new Set(mapped)] : ids
  }
  const opt = (id: string | null, slot: LinkSlot, path: string, itemId?: string) =>
    id ? one(id, slot, path, itemId) : id

  const materialIds = list(bid.materialIds, 'bid', 'materialIds')
  const sections = mapSame(bid.sections, (s, si) => {
    const m = list(s.materialIds, 'section', `sections.${si}.materialIds`, s.id)
    return m === s.materialIds ? s : { ...s, materialIds: m }
  })
  const requirements = mapSame(bid.requirements, (r, ri) => {
    const m = list(r.evidence.materialIds, 'requirement', `requirements.${ri}.evidence.materialIds`, r.id)
    return m === r.evidence.materialIds ? r : { ...r, evidence: { ...r.evidence, materialIds: m } }
  })
  const requiredMaterials = mapSame(bid.requiredMaterials, (r, i) => {
    const m = opt(r.materialId, 'required', `requiredMaterials.${i}.materialId`, r.id)
    return m === r.materialId ? r : { ...r, materialId: m }
  })
  const agreement = opt(bid.consortium.agreementMaterialId, 'consortium', 'consortium.agreementMaterialId')
  const manufacturer = opt(bid.manufacturerAuthMaterialId, 'manufacturer', 'manufacturerAuthMaterialId')
  const members = mapSame(bid.consortium.members, (m, i) => {
    const q = list(
      m.qualificationMaterialIds,
      'member',
      `consortium.members.${i}.qualificationMaterialIds`,
      m.id,
    )
    return q === m.qualificationMaterialIds ? m : { ...m, qualificationMaterialIds: q }
  })
  const declaration = opt(bid.sme.declarationMaterialId, 'sme', 'sme.declarationMaterialId')
  const prison = opt(bid.sme.prisonCertificateMaterialId, 'sme', 'sme.prisonCertificateMaterialId')
  const keyStaff = mapSame(bid.keyStaff, (st, i) => {
    const c = list(st.certificateMaterialIds, 'staff', `keyStaff.${i}.certificateMaterialIds`, st.id)
    return c === st.certificateMaterialIds ? st : { ...st, certificateMaterialIds: c }
  })
  if (!changed) return bid
  return {
    ...bid,
    materialIds,
    sections,
    requirements,
    requiredMaterials,
    consortium:
      agreement === bid.consortium.agreementMaterialId && members === bid.consortium.members
        ? bid.consortium
        : { ...bid.consortium, agreementMaterialId: agreement, members },
    manufacturerAuthMaterialId: manufacturer,
    sme:
      declaration === bid.sme.declarationMaterialId && prison === bid.sme.prisonCertificateMaterialId
        ? bid.sme
        : { ...bid.sme, declarationMaterialId: declaration, prisonCertificateMaterialId: prison },
    keyStaff,
  }
}

/** Every material link of a bid, in document order (an id linked in several places appears each time). */
export function materialLinks(bid: Bid): MaterialLink[] {
  const out: MaterialLink[] = []
  mapMaterialLinks(bid, (l) => {
    out.push(l)
    return l.id
  })
  return out
}

/** Every material id a bid links, once each. */
export function linkedMaterialIds(bid: Bid): string[] {
  return [...new Set(materialLinks(bid).map((l) => l.id))]
}

/**
 * The bid with every link to one of `from` pointing at `to` instead, or null when it links none of them.
 * The caller decides whether the bid is open and saves it.
 */
export function relinkMaterial(bid: Bid, from: ReadonlySet<string>, to: string): Bid | null {
  const next = mapMaterialLinks(bid, (l) => (from.has(l.id) ? to : l.id))
  return next === bid ? null : next
}

/** The outcome of a bid whose result is still undecided. */
export const OPEN_OUTCOME = '未定'

/** A bid is open while its result is undecided: renewals relink it, the expiry dashboard counts it. */
export function isOpenBid(bid: Pick<Bid, 'result'>): boolean {
  return isOpenOutcome(bid.result.outcome)
}

export function isOpenOutcome(outcome: string): boolean {
  return outcome === OPEN_OUTCOME
}
