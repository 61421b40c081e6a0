import { parseMoney } from '@shared/domain/amount/money'
import { halfWidth } from './normalise'

/**
 * Figures a form prints in a cell or blank whose unit is stated elsewhere (the column "合价（万元）", the caption
 * "单位：万元", the blank's "____万元"), read by the one money parser in that unit. A unit the figures carry
 * themselves ("37.5万元", "375,000.00元") wins over the stated one.
 *
 * `stepFen` is how exactly the figures state the amount: a 万元 figure is exact to its last printed decimal
 * (4 decimals: to the 元; 2 decimals: to 100 元), so it agrees with an amount within half of that step; a 元
 * figure must agree to the 分.
 */
export interface Figures {
  fen: number
  stepFen: number
}

export function readFigures(text: string, unit: '元' | '万元' | null | undefined): Figures | null {
  const t = halfWidth(text)
    .replace(/\s+/gu, '')
    .replace(/^(?:人民币|RMB|CNY|US\$|HK\$|€)?[:：]?[¥$]?/iu, '')
  if (!/\d/u.test(t)) return null
  const own = /(万元|万|元)$/u.exec(t)?.[1]
  const wan = own ? own !== '元' : unit === '万元'
  const r = parseMoney(own ? t : wan ? `${t}万元` : t)
  if (!r.ok) return null
  const decimals = /\.(\d+)/u.exec(t)?.[1].length ?? 0
  return { fen: r.fen, stepFen: wan ? 10 ** Math.max(0, 6 - decimals) : 1 }
}

/** Whether printed figures state `fen` as exactly as they can (see Figures.stepFen). */
export const statesFen = (f: Figures, fen: number) => Math.abs(f.fen - fen) * 2 <= f.stepFen
