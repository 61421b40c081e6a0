import { useCallback, useEffect, useState } from 'react'
import type { IndexEntry } from '@shared/schemas'
import type { Bid, Competitor, Material } from '@shared/schemas'
import { linkedWalkAway } from '@shared/domain/matrices/profit'
import { ApiError, call } from '@renderer/api/client'

export interface MatrixContext {
  /** The linked bid, for evidence links (sections, requirements) and its competitors. */
  bid: Bid | null
  /** The bid's competitors as documents (only those that still exist). */
  competitors: Competitor[]
  /** The whole materials library: evidence may be any certificate, not only those the bid links yet. */
  materials: Material[]
  /** Every bid, to choose the link. */
  bids: IndexEntry[]
  /** 公司信息's company name: our bidder's name. */
  companyName: string
  /** The highest 底线 of the negotiation plans linked to the same bid (the price floor), if any. */
  walkAway: number | null
  error: ApiError | null
  /** False until the context of the current link has loaded: before that the results would rank a price
   * that is not the bid's (the trial field) and flip a moment later. */
  ready: boolean
  reload(): Promise<void>
}

/** What the matrix page needs from outside the matrix, reloaded when the linked bid changes. */
export function useMatrixContext(bidId: string | null): MatrixContext {
  const [bid, setBid] = useState<Bid | null>(null)
  const [competitors, setCompetitors] = useState<Competitor[]>([])
  const [materials, setMaterials] = useState<Material[]>([])
  const [bids, setBids] = useState<IndexEntry[]>([])
  const [walkAway, setWalkAway] = useState<number | null>(null)
  const [companyName, setCompanyName] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [loadedFor, setLoadedFor] = useState<string | null | undefined>(undefined)

  const reload = useCallback(async () => {
    try {
      const [list, lib, ws] = await Promise.all([
        call('bids.list', {}),
        call('materials.library', {}),
        call('workspace.current', {}),
      ])
      setCompanyName(ws?.company.name ?? '')
      setBids(list)
      setMaterials(lib.materials)
      if (!bidId) {
        setBid(null)
        setCompetitors([])
        setWalkAway(null)
      } else {
        // Plans do not list their bid in the index: read them (a workspace has a handful).
        const plans = await call('negotiations.list', {})
        const docs = await Promise.all(
          plans.map((p) => call('negotiations.get', { id: p.id }).catch(() => null)),
        )
        setWalkAway(
          linkedWalkAway(
            docs.filter((x) => x !== null),
            bidId,
          ),
        )
        const b = await call('bids.get', { id: bidId })
        // A competitor deleted since it was linked is skipped, not an error for the whole page.
        const cs = await Promise.all(
          b.competitorIds.map((id) => call('competitors.get', { id }).catch(() => null)),
        )
        setBid(b)
        setCompetitors(cs.filter((c): c is Competitor => c !== null))
      }
      setError(null)
    } catch (e) {
      setError(ApiError.from(e))
    }
    setLoadedFor(bidId)
  }, [bidId])

  useEffect(() => {
    void reload()
  }, [reload])

  const ready = loadedFor === bidId
  return { bid, competitors, materials, bids, walkAway, companyName, error, ready, reload }
}
