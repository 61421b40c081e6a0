import type { Rng } from '@shared/domain/random'
import { p, r, rawDocx, table } from '../fixtures/buyer-forms/raw-docx'
import * as F from './forms'
import type { Style } from './styles'

/**
 * The buyer's own 开标一览表 as two houses ship it, with the 小写 and the 大写 in separate table columns, typed in by the
 * bid team (#14.1): the 工程 house in 万元 (项目名称 | 投标报价（万元） | 大写金额 | 工期), the multi-lot house one row per
 * lot under a group header (包号 | 包名称 | 投标报价（元）: 小写 | 大写 | 交货期). Written right, with the optional 零
 * a careful typist adds: a clean bid of the corpus prints them in place of the product's own form and must raise
 * nothing.
 */
export interface BuyerTableForm {
  name: string
  data: Buffer
}

/** wrongWords: the 大写 of the (last) amount is one step off its 小写, as a team retyping it gets it wrong. */
type Writer = (s: Style, rnd: Rng, wrongWords: boolean) => Promise<Buffer>

const heading = () => p([r('开标一览表', { b: true, size: 32 })], { center: true })
const lineSum = (s: Style, lot?: string) =>
  Math.round(
    s.lines.filter((l) => !lot || l.lot === lot).reduce((a, l) => a + l.qty * l.unitPrice, 0) * 100,
  ) / 100

const WRITERS: Partial<Record<Style['key'], Writer>> = {
  works: (s, rnd, wrong) => {
    const wan = lineSum(s)
    return rawDocx([
      heading(),
      p(`招标编号：${s.tenderNo}`),
      table(
        [
          ['项目名称', '投标报价（万元）', '大写金额', s.delivery.label],
          [
            s.title,
            String(wan),
            `人民币${F.words(wan * 10_000 + (wrong ? 10_000 : 0), rnd)}`,
            `${s.delivery.offered}${s.delivery.unit}`,
          ],
        ],
        4,
      ),
      p(`投标人：${s.us.name}（盖单位章）`),
    ])
  },
  lots: (s, rnd, wrong) =>
    rawDocx([
      heading(),
      p(`项目名称：${s.title}    项目编号：${s.tenderNo}`),
      table(
        [
          ['包号', '包名称', { text: '投标报价（元）', span: 2 }, s.delivery.label],
          ['', '', '小写', '大写', ''],
          ...(s.lots ?? []).map((l, i, all) => {
            const yuan = lineSum(s, l.no)
            const words = F.words(yuan + (wrong && i === all.length - 1 ? 1_000 : 0), rnd)
            return [l.no, l.name, `¥${F.figures(yuan)}`, words, `${s.delivery.offered}${s.delivery.unit}`]
          }),
        ],
        5,
      ),
      p(`供应商名称（盖章）：${s.us.name}`),
    ]),
}

/** The house's 开标一览表 with its 小写/大写 columns, or null for a house that prints the product's own form. */
export async function buyerTableForm(
  s: Style,
  rnd: Rng,
  opts: { wrongWords?: boolean } = {},
): Promise<BuyerTableForm | null> {
  const w = WRITERS[s.key]
  return w ? { name: `${s.key}-开标一览表.docx`, data: await w(s, rnd, !!opts.wrongWords) } : null
}

export const hasBuyerTable = (s: Style) => !!WRITERS[s.key]
