import { competitorsContract, type MergeResult } from '@shared/contract/competitors'
import {
  buildReportModel,
  competitorsOfBid,
  duplicateGroups,
  mergeCompetitors,
  repointBidCompetitor,
  repointMatrixCompetitor,
  setIntelAnswer,
  syncMatrixBidders,
  validateNewCompetitor,
  type NameCollision,
} from '@shared/domain/competitors'
import { AppError } from '@shared/errors'
import type { Bid, Competitor, Matrix } from '@shared/schemas'
import { CJK_FONT_FAMILY } from '../competitors/chart'
import { assertNamesFree, cleanAliases } from '../competitors/names'
import { radarChartFor } from '../competitors/export'
import { buildReportDocx } from '../competitors/report-docx'
import { buildReportXlsx } from '../competitors/report-xlsx'
import type { WorkspaceSession } from '../store'
import type { HandlersOf } from './types'

async function allDocs<K extends 'bids' | 'competitors' | 'matrices'>(ws: WorkspaceSession, kind: K) {
  return Promise.all(ws.list(kind).map((e) => ws.get(kind, e.id)))
}

function localToday(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'bid'
}

function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('IO', { zh: String(e), en: String(e) })
}

/** The scoring matrix of a bid: the one it links, else one that says it belongs to the bid. */
async function matrixOfBid(ws: WorkspaceSession, bid: Bid): Promise<Matrix> {
  if (bid.matrixId) return ws.get('matrices', bid.matrixId)
  const found = (await allDocs(ws, 'matrices')).find((m) => m.bidId === bid.id)
  if (!found) {
    throw new AppError('VALIDATION', {
      zh: `项目“${bid.title}”还没有评分矩阵，请先在评分矩阵中新建并关联本项目`,
      en: `bid "${bid.title}" has no scoring matrix yet; create one for it first`,
    })
  }
  return found
}

/*
 * Merge order: the kept competitor is saved first (it then carries every name and fact), then each
 * bid and matrix is repointed; only when all of them moved is the merged one trashed. A failure on
 * the way leaves both competitors in place, so nothing points at a trashed record and a second
 * merge finishes the job (merging is a union, so repeating it adds nothing twice).
 */
async function merge(ws: WorkspaceSession, keepId: string, mergeId: string): Promise<MergeResult> {
  const keep = await ws.get('competitors', keepId)
  const gone = await ws.get('competitors', mergeId)
  const competitor = await ws.save('competitors', mergeCompetitors(keep, gone), {
    expectedUpdatedAt: keep.updatedAt,
  })
  const result: MergeResult = { competitor, trashed: null, bids: [], matrices: [], failed: [], warnings: [] }
  for (const bid of await allDocs(ws, 'bids')) {
    const next = repointBidCompetitor(bid, mergeId, keepId)
    if (!next) continue
    try {
      await ws.save('bids', next, { expectedUpdatedAt: bid.updatedAt })
      result.bids.push({ id: bid.id, title: bid.title })
    } catch (e) {
      const err = asAppError(e)
      result.failed.push({ kind: 'bids', id: bid.id, title: bid.title, zh: err.zh, en: err.en })
    }
  }
  for (const m of await allDocs(ws, 'matrices')) {
    const next = repointMatrixCompetitor(m, mergeId, keepId)
    if (!next) continue
    try {
      await ws.save('matrices', next.matrix, { expectedUpdatedAt: m.updatedAt })
      result.matrices.push({ id: m.id, title: m.title })
      if (next.doubled) {
        result.warnings.push({
          zh: `评分矩阵“${m.title}”中现在有两个投标人都是“${keep.title}”，请保留一个（各自的估分未合并）`,
          en: `scoring matrix "${m.title}" now has two bidders for "${keep.title}"; keep one (their estimates were not merged)`,
        })
      }
    } catch (e) {
      const err = asAppError(e)
      result.failed.push({ kind: 'matrices', id: m.id, title: m.title, zh: err.zh, en: err.en })
    }
  }
  if (result.failed.length === 0) result.trashed = await ws.delete('competitors', mergeId)
  else {
    result.warnings.push({
      zh: `有 ${result.failed.length} 个项目/评分矩阵未能改指向，“${gone.title}”暂不移入回收站，请稍后重新合并`,
      en: `${result.failed.length} bid(s)/matrices could not be repointed; "${gone.title}" stays until you merge again`,
    })
  }
  return result
}

async function report(ws: WorkspaceSession, bidId: string, format: 'docx' | 'xlsx') {
  const bid = await ws.get('bids', bidId)
  const { competitors, missingIds } = competitorsOfBid(bid, await allDocs(ws, 'competitors'))
  const model = buildReportModel({
    bid,
    competitors,
    missingIds,
    company: ws.workspace.company.name,
    strategy: bid.strategy,
    date: localToday(),
    fontFamily: CJK_FONT_FAMILY,
  })
  const data =
    format === 'docx'
      ? await buildReportDocx(model, radarChartFor(model))
      : await buildReportXlsx(model, competitors)
  return {
    fileName: `竞争对手分析_${safeFileName(bid.title)}.${format}`,
    dataBase64: data.toString('base64'),
  }
}

export const competitorsHandlers: HandlersOf<typeof competitorsContract> = {
  'competitors.all': async (_i, ctx) => allDocs(ctx.requireWs(), 'competitors'),

  'competitors.validate': async ({ id, title, aliases }, ctx) => {
    const err = validateNewCompetitor(await allDocs(ctx.requireWs(), 'competitors'), { id, title, aliases })
    if (!err) return { ok: true, zh: '', en: '', collisions: [] }
    const details = err.details as { collisions?: NameCollision[] } | undefined
    return { ok: false, zh: err.zh, en: err.en, collisions: details?.collisions ?? [] }
  },

  'competitors.add': async ({ title, aliases }, ctx) => {
    const ws = ctx.requireWritable()
    const clean = cleanAliases(aliases)
    await assertNamesFree(ws, { title, aliases: clean })
    return ws.create('competitors', { title, aliases: clean })
  },

  'competitors.setNames': async ({ id, title, aliases }, ctx) => {
    const ws = ctx.requireWritable()
    const doc = await ws.get('competitors', id)
    const next = { ...doc, title, aliases: aliases ? cleanAliases(aliases) : doc.aliases }
    await assertNamesFree(ws, next)
    return ws.save('competitors', next, { expectedUpdatedAt: doc.updatedAt })
  },

  'competitors.duplicates': async (_i, ctx) => {
    const registry = await allDocs(ctx.requireWs(), 'competitors')
    const byId = new Map(registry.map((c) => [c.id, c]))
    return duplicateGroups(registry).map((g) => ({
      sharedKeys: g.sharedKeys,
      members: g.ids.map((id) => {
        const c = byId.get(id) as Competitor
        return { id, title: c.title, aliases: c.aliases }
      }),
    }))
  },

  'competitors.merge': async ({ keepId, mergeId }, ctx) => merge(ctx.requireWritable(), keepId, mergeId),

  'competitors.setIntel': async ({ competitorId, bidId, key, answer }, ctx) => {
    const ws = ctx.requireWritable()
    // The bid must exist: answers filed under a bid id nobody has would never be shown.
    await ws.get('bids', bidId)
    const c = await ws.get('competitors', competitorId)
    return ws.save('competitors', setIntelAnswer(c, bidId, key, answer), { expectedUpdatedAt: c.updatedAt })
  },

  'competitors.syncMatrix': async ({ bidId }, ctx) => {
    const ws = ctx.requireWritable()
    const bid = await ws.get('bids', bidId)
    const matrix = await matrixOfBid(ws, bid)
    const { competitors } = competitorsOfBid(bid, await allDocs(ws, 'competitors'))
    const r = syncMatrixBidders(matrix, competitors)
    if (r.matrix !== matrix) await ws.save('matrices', r.matrix, { expectedUpdatedAt: matrix.updatedAt })
    return {
      matrixId: matrix.id,
      matrixTitle: matrix.title,
      added: r.added.map((a) => a.name),
      renamed: r.renamed.map((a) => ({ from: a.from, to: a.to })),
      linked: r.linked.map((a) => a.name),
      notInBid: r.notInBid.map((a) => a.name),
    }
  },

  'competitors.report': async ({ bidId, format }, ctx) => report(ctx.requireWs(), bidId, format),
}
