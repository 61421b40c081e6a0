import type { bidsContract } from '@shared/contract/bids'
import { runImport } from '../import/run-import'
import type { HandlersOf } from './types'

export const bidsHandlers: HandlersOf<typeof bidsContract> = {
  'bids.importRequirements': async ({ bidId, dataBase64, sheet }, ctx) => {
    const ws = ctx.requireWs()
    // Asking for a bid that is gone is an error now, not when the user confirms the preview.
    if (bidId) await ws.get('bids', bidId)
    const r = await runImport('requirements-xlsx', Buffer.from(dataBase64, 'base64'), { sheet })
    return {
      requirements: r.requirements,
      problems: r.problems,
      sheet: r.sheet,
      headerRow: r.headerRow,
      columns: Object.fromEntries(
        Object.entries(r.columns).filter(([, v]) => typeof v === 'number'),
      ) as Record<string, number>,
    }
  },
}
