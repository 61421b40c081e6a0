import { useState, type ReactNode } from 'react'
import { navigate } from '../../app/router'
import { ExportButton } from './ExportButton'

/**
 * Interim placement of the export button above a bid page, until it moves into the page header (DetailShell's
 * `extra`, with beforeExport={ed.saveNow}). A decision the export records changes the bid on the server, so the
 * page below is remounted (`key`) to reload it instead of autosaving over it with a stale updatedAt.
 */
export function BidWithExport({ id, children }: { id: string; children(key: number): ReactNode }) {
  const [rev, setRev] = useState(0)
  return (
    <>
      <div
        style={{
          display: 'flex',
          justifyContent: 'flex-end',
          marginBottom: -40,
          position: 'relative',
          zIndex: 1,
        }}
      >
        <ExportButton
          bidId={id}
          onBidChanged={() => setRev((r) => r + 1)}
          onGoBack={(findings) => findings[0] && navigate('bids', id, findings[0].location.path)}
        />
      </div>
      {children(rev)}
    </>
  )
}
