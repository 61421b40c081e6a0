import type { TenderPreview } from '@shared/contract/tender'
import { applyProposal, diffProposal, proposalOf, type TenderProposal } from '@shared/domain/tender'
import { AppError } from '@shared/errors'
import {
  BidSchema,
  DOC_VERSIONS,
  newId,
  PriceRuleSchema,
  ScoringItemSchema,
  type Bid,
  type Matrix,
} from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { importTenderFiles, type TenderFile } from './import-tender'

/**
 * The two user actions of the tender import wizard, shared by the UI (IPC/HTTP, through the contract) and any
 * other caller: read the files and propose (nothing written), then apply what the user accepted.
 */
export async function previewTenderImport(
  ws: WorkspaceSession | null,
  files: TenderFile[],
  bidId?: string,
): Promise<TenderPreview> {
  // A wrong bid id fails before the files are read.
  const bid = bidId ? await requireWs(ws).get('bids', bidId) : null
  const imp = await importTenderFiles(files)
  const proposal = proposalOf(imp)
  return {
    import: imp,
    proposal,
    diff: bid ? diffProposal(bid, proposal) : null,
    hasMatrix: !!bid?.matrixId,
  }
}

/** Reading a tender for a new bid needs no workspace (the command line reads one on its own); updating one does. */
function requireWs(ws: WorkspaceSession | null): WorkspaceSession {
  if (!ws) throw new AppError('NO_WORKSPACE')
  return ws
}

function emptyBid(title: string): Bid {
  const now = new Date().toISOString()
  return BidSchema.parse({
    id: 'new',
    schemaVersion: DOC_VERSIONS.bids,
    createdAt: now,
    updatedAt: now,
    title,
  })
}

function scoringItems(p: NonNullable<TenderProposal['scoring']>, keep: Matrix['items'] = []) {
  // Items of the same name keep what the team has entered (self score, estimates, evidence).
  return p.items.map((it) => {
    const old = keep.find((k) => k.name === it.name && k.category === it.category)
    return ScoringItemSchema.parse({ ...(old ?? {}), id: old?.id ?? newId('si'), ...it })
  })
}

async function saveScoring(ws: WorkspaceSession, bid: Bid, p: TenderProposal): Promise<string | null> {
  if (!p.scoring) return bid.matrixId
  if (bid.matrixId) {
    const m = await ws.get('matrices', bid.matrixId)
    await ws.save(
      'matrices',
      {
        ...m,
        items: scoringItems(p.scoring, m.items),
        priceRule: PriceRuleSchema.parse({ ...m.priceRule, ...p.scoring.priceRule }),
      },
      { expectedUpdatedAt: m.updatedAt },
    )
    return m.id
  }
  const m = await ws.create('matrices', {
    title: `${bid.title} 评分矩阵`,
    bidId: bid.id,
    procurementCategory: bid.category,
    items: scoringItems(p.scoring),
    priceRule: PriceRuleSchema.parse(p.scoring.priceRule),
    // A matrix is only scorable with exactly one bidder marked as us: start with it.
    bidders: [{ id: 'us', name: ws.workspace.company.name || '我方', isUs: true }],
  })
  return m.id
}

/** Writes the accepted proposal: a new bid (with its matrix), or the existing one updated (work kept). */
export async function applyTenderImport(
  ws: WorkspaceSession,
  proposal: TenderProposal,
  bidId?: string,
): Promise<{ bidId: string; matrixId: string | null; created: boolean }> {
  if (bidId) {
    const bid = await ws.get('bids', bidId)
    const next = applyProposal(bid, proposal, newId)
    const matrixId = await saveScoring(ws, next, proposal)
    await ws.save('bids', { ...next, matrixId }, { expectedUpdatedAt: bid.updatedAt })
    return { bidId, matrixId, created: false }
  }
  const title = proposal.facts.title?.trim()
  if (!title)
    throw new AppError('VALIDATION', {
      zh: '新建投标需要项目名称：请接受或填写“项目名称”',
      en: 'a new bid needs a project name: accept or fill in the project name',
    })
  const draft = applyProposal(emptyBid(title), proposal, newId)
  const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = draft
  const created = await ws.create('bids', fields)
  const matrixId = await saveScoring(ws, created, proposal)
  if (matrixId) await ws.save('bids', { ...created, matrixId }, { expectedUpdatedAt: created.updatedAt })
  return { bidId: created.id, matrixId, created: true }
}
