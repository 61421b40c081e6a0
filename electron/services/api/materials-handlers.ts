import type { BidLinks, materialsContract } from '@shared/contract/materials'
import { AppError } from '@shared/errors'
import { modelMaterialLinks, type Bid, type Material } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import type { HandlersOf } from './types'

/** Every material id a bid links, in the places the check engine also reads (context.ts). */
export function linkedMaterialIds(bid: Bid): string[] {
  const ids = new Set<string>(bid.materialIds)
  for (const s of bid.sections) for (const id of s.materialIds) ids.add(id)
  for (const r of bid.requirements) for (const id of r.evidence.materialIds) ids.add(id)
  for (const r of bid.requiredMaterials) if (r.materialId) ids.add(r.materialId)
  if (bid.consortium.agreementMaterialId) ids.add(bid.consortium.agreementMaterialId)
  if (bid.manufacturerAuthMaterialId) ids.add(bid.manufacturerAuthMaterialId)
  for (const l of modelMaterialLinks(bid)) ids.add(l.id)
  return [...ids]
}

function swapList(list: string[], from: ReadonlySet<string>, to: string): string[] | null {
  if (!list.some((id) => from.has(id))) return null
  const out: string[] = []
  for (const id of list) {
    const next = from.has(id) ? to : id
    // A bid that linked both the old and the new version keeps one link.
    if (!out.includes(next)) out.push(next)
  }
  return out
}

/**
 * The bid with every link to one of `from` pointing at `to` instead, or null when it links none of
 * them. Pure: the caller decides whether the bid is open and saves it.
 */
export function relinkMaterial(bid: Bid, from: ReadonlySet<string>, to: string): Bid | null {
  let changed = false
  const list = (l: string[]) => {
    const n = swapList(l, from, to)
    if (n) changed = true
    return n ?? l
  }
  const one = (id: string | null) => {
    if (id && from.has(id)) {
      changed = true
      return to
    }
    return id
  }
  const next: Bid = {
    ...bid,
    materialIds: list(bid.materialIds),
    sections: bid.sections.map((s) => {
      const m = swapList(s.materialIds, from, to)
      if (!m) return s
      changed = true
      return { ...s, materialIds: m }
    }),
    requirements: bid.requirements.map((r) => {
      const m = swapList(r.evidence.materialIds, from, to)
      if (!m) return r
      changed = true
      return { ...r, evidence: { ...r.evidence, materialIds: m } }
    }),
    requiredMaterials: bid.requiredMaterials.map((r) =>
      r.materialId && from.has(r.materialId) ? { ...r, materialId: one(r.materialId) } : r,
    ),
    consortium: {
      ...bid.consortium,
      agreementMaterialId: one(bid.consortium.agreementMaterialId),
      members: bid.consortium.members.map((m) => {
        const q = swapList(m.qualificationMaterialIds, from, to)
        if (!q) return m
        changed = true
        return { ...m, qualificationMaterialIds: q }
      }),
    },
    manufacturerAuthMaterialId: one(bid.manufacturerAuthMaterialId),
    sme: { ...bid.sme, declarationMaterialId: one(bid.sme.declarationMaterialId) },
    keyStaff: bid.keyStaff.map((s) => {
      const c = swapList(s.certificateMaterialIds, from, to)
      if (!c) return s
      changed = true
      return { ...s, certificateMaterialIds: c }
    }),
  }
  return changed ? next : null
}

/** A bid is open while its result is still undecided (DOMAIN.md §3). */
export function isOpenBid(bid: Pick<Bid, 'result'>): boolean {
  return bid.result.outcome === '未定'
}

async function allDocs<K extends 'bids' | 'materials'>(ws: WorkspaceSession, kind: K) {
  return Promise.all(ws.list(kind).map((e) => ws.get(kind, e.id)))
}

function bidLinks(b: Bid): BidLinks {
  return {
    id: b.id,
    title: b.title,
    buyerName: b.buyer.name,
    tenderNo: b.tenderNo,
    outcome: b.result.outcome,
    submissionDeadline: b.dates.submissionDeadline,
    materialIds: linkedMaterialIds(b),
  }
}

/** The predecessors of a material, following supersedes back (bounded: a corrupt loop must not hang). */
function ancestry(lib: Map<string, Material>, id: string): Set<string> {
  const out = new Set<string>([id])
  let cur = lib.get(id)?.supersedes ?? null
  while (cur && !out.has(cur) && out.size < 100) {
    out.add(cur)
    cur = lib.get(cur)?.supersedes ?? null
  }
  return out
}

export const materialsHandlers: HandlersOf<typeof materialsContract> = {
  'materials.library': async (_i, ctx) => {
    const ws = ctx.requireWs()
    const [materials, bids] = await Promise.all([allDocs(ws, 'materials'), allDocs(ws, 'bids')])
    return { materials, bids: bids.map(bidLinks) }
  },

  'materials.renew': async ({ id, validFrom, validTo, number, title }, ctx) => {
    const ws = ctx.requireWritable()
    const old = await ws.get('materials', id)
    const materials = await allDocs(ws, 'materials')
    const successor = materials.find((m) => m.supersedes === id)
    if (successor) {
      throw new AppError('VALIDATION', {
        zh: `“${old.title}”已续期为“${successor.title}”（${successor.id}），请对新版本续期`,
        en: `"${old.title}" was already renewed as "${successor.title}" (${successor.id}); renew that one`,
      })
    }
    const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _v, ...rest } = old
    const material = await ws.create('materials', {
      ...rest,
      title: title ?? old.title,
      number: number ?? old.number,
      validFrom,
      validTo,
      supersedes: old.id,
    })
    const from = ancestry(new Map(materials.map((m) => [m.id, m])), old.id)
    const updatedBids: { id: string; title: string }[] = []
    const failedBids: { id: string; title: string; zh: string; en: string }[] = []
    for (const bid of await allDocs(ws, 'bids')) {
      if (!isOpenBid(bid)) continue
      const next = relinkMaterial(bid, from, material.id)
      if (!next) continue
      try {
        await ws.save('bids', next, { expectedUpdatedAt: bid.updatedAt })
        updatedBids.push({ id: bid.id, title: bid.title })
      } catch (e) {
        // One bid failing must not undo the others; the user is told which one to relink by hand.
        const err = e instanceof AppError ? e : new AppError('IO', { zh: String(e), en: String(e) })
        failedBids.push({ id: bid.id, title: bid.title, zh: err.zh, en: err.en })
      }
    }
    return { material, updatedBids, failedBids }
  },
}
