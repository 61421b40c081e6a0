import type { PrintModel, PrintPart } from '@shared/domain/export/print-model'
import type { RuleContext } from '../context'
import { lotLimits } from '../cuo-lots'
import { bidPricesFen, disagreeingWords, fieldWordsPairs, wordsVerdict } from '../cuo-words'
import { pricesIn } from '../read/prices'
import { tablePairs, type TablePair } from '../read/table-prices'
import type { Bilingual } from '../types'
import { where } from './parts'

/**
 * E01 on a buyer's form printed in the bid whose 大写 and 小写 disagree: in its text (one statement, read by
 * pricesIn) or in one row of its tables (a 小写 and a 大写 column, read by tablePairs), named by the form, the table
 * and the row. The same decision as every E01 (wordsVerdict, 87号令 art. 59(二)); a row of a lot is judged against
 * that lot's ceiling. A pair that is the bid's own mistyped words field printed into the form is that field's E01
 * already (one mistake, one finding).
 */
export function buyerFormWords(ctx: RuleContext, model: PrintModel): void {
  const stated = bidPricesFen(ctx)
  const fields = fieldWordsPairs(ctx)
  for (const part of model.parts) {
    if (!part.buyerForm) continue
    const i = ctx.bid.sections.findIndex((s) => s.id === part.sectionId)
    const at = {
      path: i >= 0 ? `sections.${i}.content` : 'quote',
      ...(i >= 0 ? { itemId: ctx.bid.sections[i].id } : {}),
      printedIn: [where(part)],
    }
    const formName = { zh: `“${part.title}”`, en: `"${part.title}"` }
    for (const p of disagreeingWords(pricesIn(part.buyerForm.paragraphs.join('\n')))) {
      if (fields.has(`${p.fen}:${p.other}`)) continue
      ctx.add({
        ruleId: 'E01',
        ...at,
        discriminator: `form:${part.id}:${p.fen}:${p.other}`,
        ...wordsVerdict(ctx, { form: formName, wordsFen: p.fen, figuresFen: p.other!, stated }),
      })
    }
    const tables = part.buyerForm.tables ?? []
    for (const t of tables)
      for (const p of tablePairs(t)) {
        if (p.wordsFen === p.figuresFen || fields.has(`${p.wordsFen}:${p.figuresFen}`)) continue
        const lot = ctx.bid.lots.find((l) => l.bidding && p.lot !== '' && l.no.trim() === p.lot)
        const lotName = { zh: `第${p.lot}包`, en: `lot ${p.lot}` }
        ctx.add({
          ruleId: 'E01',
          ...at,
          discriminator: `table:${part.id}:${t.index}:${p.row}:${p.wordsFen}:${p.figuresFen}`,
          ...wordsVerdict(ctx, {
            form: rowName(part, tables.length > 1 ? t.index : null, p),
            wordsFen: p.wordsFen,
            figuresFen: p.figuresFen,
            stated,
            ...(lot ? { limits: lotLimits(lot, lotName) } : {}),
          }),
        })
      }
  }
}

/** "“开标一览表”表格第1包一行（“投标报价（小写）”与“投标报价（大写）”两列）". */
function rowName(part: PrintPart, table: number | null, p: TablePair): Bilingual {
  const tZh = table === null ? '表格' : `第${table + 1}个表格`
  const tEn = table === null ? 'table' : `table ${table + 1}`
  const rZh = p.lot ? `第${p.lot}包一行` : `第${p.row}行`
  const rEn = p.lot ? `the row of lot ${p.lot}` : `row ${p.row}`
  return {
    zh: `“${part.title}”${tZh}${rZh}（“${p.figuresHeader}”与“${p.wordsHeader}”两列）`,
    en: `${tEn} of "${part.title}", ${rEn} (columns "${p.figuresHeader}" and "${p.wordsHeader}"),`,
  }
}
