import { isAppError } from '@shared/errors'
import { detectionSummary, detectScoringTable, findHeader, type SheetGrid } from '../matrices/import'
import type { Located } from './chapters'
import { excerptOf, rowLine } from './document'
import { sourceOf, type Source } from './facts'

/**
 * The 评分标准 as a table inside the tender, read by the same detection as `matrix import` (an .xlsx sheet): each
 * table becomes a grid, the first one with a scoring header is the table, and the tables right after it with the
 * same header are its continuation (a table split over pages, or 商务 and 技术 in separate tables).
 */
export interface TenderScoring {
  summary: ReturnType<typeof detectionSummary>
  source: Source
}

export function scoringOf(all: Located[]): TenderScoring | null {
  const tables = all.filter((l) => l.block.kind === 'table')
  const grids: { grid: SheetGrid; at: Located }[] = tables.map((l, i) => ({
    at: l,
    grid: {
      name: `${l.chapter || l.file} 表${i + 1}`,
      rows: (l.block as Extract<Located['block'], { kind: 'table' }>).rows.map((r) =>
        r.map((c) => ({
          text: c.text,
          ...(c.merge ? { merge: c.merge } : {}),
          ...(c.covered ? { covered: true } : {}),
        })),
      ),
    },
  }))
  const withHeader = grids.filter((g) => findHeader(g.grid))
  // The scoring table of the 评标办法 chapter, else any table that looks like one.
  const ordered = [
    ...withHeader.filter((g) => g.at.chapterKind === 'evaluation'),
    ...withHeader.filter((g) => g.at.chapterKind !== 'evaluation' && g.at.chapterKind !== 'forms'),
  ]
  for (const first of ordered) {
    const from = grids.indexOf(first)
    try {
      const d = detectScoringTable(grids.slice(from).map((g) => g.grid))
      const rows = (first.at.block as Extract<Located['block'], { kind: 'table' }>).rows
      return {
        summary: detectionSummary(d),
        source: sourceOf(first.at, excerptOf(rowLine(rows[d.headerRow - 1] ?? []))),
      }
    } catch (e) {
      if (!isAppError(e)) throw e
    }
  }
  return null
}
