import { useEffect, useState } from 'react'
import type { CheckSources } from '@shared/domain/checks'
import { call } from '@renderer/api/client'

/**
 * What the checks of a bid read besides the bid, from the server's one assembly (checks.input): the same
 * library, other bids, company profile, matrix and settings as the CLI and the export gate. Reloaded when
 * the edited bid points at another matrix (before that edit is even saved).
 */
export function useCheckSources(bidId: string, matrixId: string | null | undefined): CheckSources | null {
  const [sources, setSources] = useState<CheckSources | null>(null)
  useEffect(() => {
    if (matrixId === undefined) return
    let live = true
    void call('checks.input', { bidId, matrixId }).then(
      (s) => live && setSources(s),
      () => live && setSources(null),
    )
    return () => {
      live = false
    }
  }, [bidId, matrixId])
  return sources
}
