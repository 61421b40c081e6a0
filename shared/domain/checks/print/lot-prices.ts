import type { PrintModel, PrintPart } from '@shared/domain/export/print-model'
import { lineTotalOf, toYuan } from '@shared/domain/export/quote-math'
import { readWords } from '../money'
import { readFigures } from '../read/figures'

/**
 * The per-lot prices a multi-lot print states: each lot's form of the 开标一览表 prints its price in figures
 * (`row.price`, field lots.N.price) and in words (`row.priceWords`, right after it); after 87号令 art. 59(二) the
 * words are the lot's price. `linesFen`: the 报价明细表 lines of that lot as printed (null when no line names it).
 */
export interface LotPrice {
  part: PrintPart
  lotId: string | null
  /** Where the finding points: lots.N.price, or the bid's own 开标一览表 price a lone lot prints. */
  path: string
  lotNo: string
  fen: number
  linesFen: number | null
}

function parseFen(text: string, words: boolean, unit?: '万元'): number | null {
  if (!words) return readFigures(text, unit)?.fen ?? null
  const r = readWords(text)
  return r.ok ? r.fen : null
}

export function lotOpeningPrices(model: PrintModel): LotPrice[] {
  const out: LotPrice[] = []
  for (const part of model.parts) {
    if (part.formKey !== '开标一览表') continue
    let lotNo = ''
    for (const f of part.fields) {
      if (f.key === 'row.lotNo') lotNo = f.value
      if (f.key === 'row.price') {
        const fen = parseFen(f.value, false, f.unit)
        const path = f.field === 'generated' ? 'lots' : f.field
        if (fen !== null) out.push({ part, lotId: f.itemId ?? null, path, lotNo, fen, linesFen: null })
      } else if (f.key === 'row.priceWords' && out.at(-1)?.part === part) {
        const fen = parseFen(f.value, true)
        if (fen !== null) out[out.length - 1].fen = fen
      }
    }
  }
  // The lines of each lot as the 报价明细表 prints them (unit prices prevail: art. 59(四)).
  const q = model.quote
  for (const lot of out) {
    const lines = q.lines.filter((l) => lot.lotId !== null && l.item.lotId === lot.lotId)
    if (lines.length === 0) continue
    const sum = lines.reduce((s, l) => s + lineTotalOf(l.item, q.rounding), 0)
    lot.linesFen = Math.round(toYuan(sum, q.moneyUnit) * 100)
  }
  return out
}
