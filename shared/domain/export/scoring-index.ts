import type { Bid, Matrix } from '@shared/schemas'
import { answeringSectionIds } from '@shared/domain/sections/scoring-links'
import type { RenderBlock, RenderCell } from './blocks'
import { formatQty } from './format'
import type { PrintPart, ScoringIndexRow } from './print-model'

const PRICE_FORMS = ['开标一览表', '报价明细表']

/**
 * The 评分索引表: for every scoring item of the bid's matrix, the parts of the 投标文件 that answer it, so an evaluator
 * finds the page without reading the whole file. An item's parts are the sections answering it (answeringSectionIds:
 * the sections that name it, its evidence's sections and its requirements' sections), then (for the price item) the price forms, then sections whose title
 * and the item name contain one another.
 */
export function scoringIndexRows(matrix: Matrix, bid: Bid, parts: readonly PrintPart[]): ScoringIndexRow[] {
  const bySection = new Map(parts.filter((p) => p.sectionId && p.bookmark).map((p) => [p.sectionId!, p]))
  return matrix.items.map((item) => {
    let hits = answeringSectionIds(bid, item)
      .map((id) => bySection.get(id))
      .filter((p): p is PrintPart => !!p)
    if (hits.length === 0 && item.category === '价格')
      hits = parts.filter((p) => p.bookmark && p.formKey && PRICE_FORMS.includes(p.formKey))
    if (hits.length === 0) {
      const name = item.name.trim()
      hits = name
        ? parts.filter(
            (p) =>
              (p.kind === 'section' || p.kind === 'form') &&
              p.bookmark &&
              (p.title.includes(name) || name.includes(p.title)),
          )
        : []
    }
    return {
      itemId: item.id,
      category: item.category,
      name: item.name,
      maxPoints: item.maxPoints,
      targets: hits.map((p) => ({ partId: p.id, title: p.title, bookmark: p.bookmark! })),
    }
  })
}

/** One row per scoring item; the page column is a PAGEREF to the first part answering it. */
export function scoringIndexBlock(rows: readonly ScoringIndexRow[], sizePt?: number): RenderBlock {
  const c = (text: string, extra: Partial<RenderCell> = {}): RenderCell => ({ text, span: 1, ...extra })
  return {
    type: 'table',
    role: 'scoringIndex',
    widths: [0.6, 1, 3.2, 0.8, 3.2, 0.9],
    aligns: ['center', 'center', undefined, 'center', undefined, 'center'],
    header: ['序号', '评分类别', '评分项', '分值', '投标文件对应章节', '页码'].map((t) =>
      c(t, { align: 'center', bold: true }),
    ),
    rows: rows.map((r, i) => [
      c(String(i + 1)),
      c(r.category),
      c(r.name),
      c(formatQty(r.maxPoints)),
      c(r.targets.map((t) => t.title).join('、')),
      r.targets[0] ? c('', { pageRef: r.targets[0].bookmark }) : c(''),
    ]),
    footer: [],
    sizePt,
  }
}
