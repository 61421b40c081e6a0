import type { BidLinks, MaterialLibrary, RenewResult } from '@shared/contract/materials'
import { isOpenBid, linkedMaterialIds, relinkMaterial, renewals } from '@shared/domain/materials'
import { otherBidRef } from '@shared/domain/checks'
import { AppError } from '@shared/errors'
import type { Bid } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

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
    lots: otherBidRef(b).lots,
    members: otherBidRef(b).members,
  }
}

/** Every material, and every bid with its result and the materials it links (the library page, the pickers). */
export async function materialLibrary(ws: WorkspaceSession): Promise<MaterialLibrary> {
  const [materials, bids] = await Promise.all([allDocs(ws, 'materials'), allDocs(ws, 'bids')])
  return { materials, bids: bids.map(bidLinks) }
}

export interface RenewInput {
  id: string
  validFrom: string | null
  validTo: string
  number?: string
  title?: string
}

/**
 * Renews a material: creates its successor (a copy with the new validity, `supersedes` the old one) and
 * relinks every open bid that links the old one or any older version of it. One bid that cannot be saved
 * does not undo the others; it is reported to relink by hand.
 */
export async function renewMaterial(ws: WorkspaceSession, input: RenewInput): Promise<RenewResult> {
  const old = await ws.get('materials', input.id)
  const materials = await allDocs(ws, 'materials')
  const chain = renewals(materials)
  const successorId = chain.successorOf(old.id)
  const successor = successorId ? materials.find((m) => m.id === successorId) : undefined
  if (successor) {
    throw new AppError('VALIDATION', {
      zh: `“${old.title}”已续期为“${successor.title}”（${successor.id}），请对新版本续期`,
      en: `"${old.title}" was already renewed as "${successor.title}" (${successor.id}); renew that one`,
    })
  }
  const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _v, ...rest } = old
  const material = await ws.create('materials', {
    ...rest,
    title: input.title ?? old.title,
    number: input.number ?? old.number,
    validFrom: input.validFrom,
    validTo: input.validTo,
    supersedes: old.id,
  })
  const from = chain.ancestry(old.id)
  const updatedBids: RenewResult['updatedBids'] = []
  const failedBids: RenewResult['failedBids'] = []
  for (const bid of await allDocs(ws, 'bids')) {
    if (!isOpenBid(bid)) continue
    const next = relinkMaterial(bid, from, material.id)
    if (!next) continue
    try {
      await ws.save('bids', next, { expectedUpdatedAt: bid.updatedAt })
      updatedBids.push({ id: bid.id, title: bid.title })
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError('IO', { zh: String(e), en: String(e) })
      failedBids.push({ id: bid.id, title: bid.title, zh: err.zh, en: err.en })
    }
  }
  return { material, updatedBids, failedBids }
}
