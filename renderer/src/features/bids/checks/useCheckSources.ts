import { useEffect, useState } from 'react'
import type { PanelCheckInput } from '@shared/contract/checks'
import { call } from '@renderer/api/client'

/**
 * What the checks of a bid read besides the bid, from the server's one assembly (checks.input): the same
 * library, other bids, company profile, matrix and settings as the CLI and the export gate. Reloaded when
 * the edited bid points at another matrix (before that edit is even saved), and when its own scans change
 * (scanKey: a bond proof just uploaded has a state on disk the sources did not know).
 */
export function useCheckSources(
  bidId: string,
  matrixId: string | null | undefined,
  scanKey = '',
): PanelCheckInput | null {
  const [sources, setSources] = useState<PanelCheckInput | null>(null)
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
  }, [bidId, matrixId, scanKey])
  return sources
}
