import { AppError } from '@shared/errors'
import type { Matrix, ScoringItem } from '@shared/schemas/matrix'
import { lintPriceWeight } from './price'
import { CATEGORIES, type Message, type ScoreCategory } from './prepare'
import { roundHalfUp } from './round'

import { computeStandings, overtakePrice, priceSensitivity } from './standings'
import type { OvertakeResult, Sensitivity, Standings } from './standings'

export { computeStandings, overtakePrice, priceSensitivity } from './standings'
export type { BidderStanding, OvertakeResult, Sensitivity, Standings } from './standings'

export interface MatrixFinding {
  code:
    | 'EMPTY_NAME'
    | 'BAD_POINTS'
    | 'TOTAL_NOT_100'
    | 'SELF_SCORE_OUT_OF_RANGE'
    | 'ESTIMATE_OUT_OF_RANGE'
    | 'ESTIMATE_UNKNOWN_BIDDER'
    | 'PRICE_ITEMS_NE_WEIGHT'
    | 'NO_US'
    | 'MANY_US'
    | 'COMPETITOR_NO_PRICE'
    | 'PRICE_WEIGHT_BELOW_FLOOR'
    | 'PRICE_WEIGHT_ABOVE_OLD_CAP'
    | 'NO_EVIDENCE'
    | 'CANNOT_SCORE'
  severity: 'error' | 'warning' | 'advice'
  itemId?: string
  bidderId?: string
  /** Field of the item or bidder at fault, for the UI to focus. */
  field?: string
  message: Message
}

const isPoints = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0

function label(it: ScoringItem, index: number): string {
  return it.name?.trim() ? `“${it.name.trim()}”` : `第 ${index + 1} 项`
}

/** Sum of max points per category (价格 / 商务 / 技术 / 其他), ignoring items whose points are invalid. */
export function categoryMaxPoints(m: Pick<Matrix, 'items'>): Record<ScoreCategory, number> {
  const out: Record<ScoreCategory, number> = { 价格: 0, 商务: 0, 技术: 0, 其他: 0 }
  for (const it of m.items) if (isPoints(it.maxPoints)) out[it.category] += it.maxPoints
  for (const c of CATEGORIES) out[c] = roundHalfUp(out[c], 2)
  return out
}

export function totalMaxPoints(m: Pick<Matrix, 'items'>): number {
  return roundHalfUp(
    m.items.reduce((s, it) => s + (isPoints(it.maxPoints) ? it.maxPoints : 0), 0),
    2,
  )
}

/**
 * Structural findings of a matrix that may still be a draft from the editor (so numbers are checked
 * even though the schema would reject them): errors block a save, warnings and advice do not.
 */
export function validateMatrix(m: Matrix, opts: { expectedTotal?: number } = {}): MatrixFinding[] {
  const expected = opts.expectedTotal ?? 100
  const out: MatrixFinding[] = []
  const bidderIds = new Set(m.bidders.map((b) => b.id))
  m.items.forEach((it, i) => {
    const at = label(it, i)
    if (!it.name || !it.name.trim()) {
      out.push({
        code: 'EMPTY_NAME',
        severity: 'error',
        itemId: it.id,
        field: 'name',
        message: { zh: `第 ${i + 1} 项评分项名称为空`, en: `item #${i + 1} has an empty name` },
      })
    }
    if (!isPoints(it.maxPoints)) {
      out.push({
        code: 'BAD_POINTS',
        severity: 'error',
        itemId: it.id,
        field: 'maxPoints',
        message: {
          zh: `${at} 的分值“${String(it.maxPoints)}”不是非负数字`,
          en: `item #${i + 1} max points "${String(it.maxPoints)}" is not a non-negative number`,
        },
      })
      return
    }
    if (
      it.category !== '价格' &&
      it.selfScore != null &&
      (!isPoints(it.selfScore) || it.selfScore > it.maxPoints)
    ) {
      out.push({
        code: 'SELF_SCORE_OUT_OF_RANGE',
        severity: 'error',
        itemId: it.id,
        field: 'selfScore',
        message: {
          zh: `${at} 的自评分 ${String(it.selfScore)} 不在 0–${it.maxPoints} 之间`,
          en: `item #${i + 1} self-score ${String(it.selfScore)} is outside 0–${it.maxPoints}`,
        },
      })
    }
    for (const e of it.category === '价格' ? [] : it.estimates) {
      if (!bidderIds.has(e.bidderId)) {
        out.push({
          code: 'ESTIMATE_UNKNOWN_BIDDER',
          severity: 'warning',
          itemId: it.id,
          bidderId: e.bidderId,
          field: 'estimates',
          message: {
            zh: `${at} 有一个不存在的投标人（${e.bidderId}）的估分`,
            en: `item #${i + 1} has an estimate for an unknown bidder (${e.bidderId})`,
          },
        })
        continue
      }
      const vals = [e.low, e.likely, e.high].filter((v): v is number => v != null)
      const ordered = vals.every((v, j) => j === 0 || vals[j - 1] <= v)
      if (!vals.every((v) => isPoints(v) && v <= it.maxPoints) || !ordered) {
        out.push({
          code: 'ESTIMATE_OUT_OF_RANGE',
          severity: 'warning',
          itemId: it.id,
          bidderId: e.bidderId,
          field: 'estimates',
          message: {
            zh: `${at} 的估分须满足 0 ≤ 最低 ≤ 最可能 ≤ 最高 ≤ ${it.maxPoints}`,
            en: `item #${i + 1} estimate must satisfy 0 ≤ low ≤ likely ≤ high ≤ ${it.maxPoints}`,
          },
        })
      }
    }
  })
  const total = totalMaxPoints(m)
  if (m.items.length > 0 && total !== expected) {
    out.push({
      code: 'TOTAL_NOT_100',
      severity: 'warning',
      message: {
        zh: `分值合计为 ${total} 分，通常应为 ${expected} 分`,
        en: `max points total ${total}; usually ${expected}`,
      },
    })
  }
  const price = categoryMaxPoints(m).价格
  const hasPriceItems = m.items.some((it) => it.category === '价格')
  if (hasPriceItems && m.priceRule.method !== 'lowestEvaluated' && price !== m.priceRule.weight) {
    out.push({
      code: 'PRICE_ITEMS_NE_WEIGHT',
      severity: 'warning',
      field: 'priceRule.weight',
      message: {
        zh: `价格类评分项合计 ${price} 分，与价格规则的分值 ${m.priceRule.weight} 分不一致`,
        en: `price items total ${price} points but the price rule weight is ${m.priceRule.weight}`,
      },
    })
  }
  const us = m.bidders.filter((b) => b.isUs)
  if (us.length !== 1) {
    out.push({
      code: us.length === 0 ? 'NO_US' : 'MANY_US',
      severity: 'error',
      field: 'bidders',
      message:
        us.length === 0
          ? { zh: '没有标记“我方”的投标人', en: 'no bidder is marked as us' }
          : { zh: '有多个投标人被标记为“我方”', en: 'more than one bidder is marked as us' },
    })
  }
  for (const b of m.bidders) {
    if (!b.isUs && !b.invalid && b.price.likely == null && b.price.low == null && b.price.high == null) {
      out.push({
        code: 'COMPETITOR_NO_PRICE',
        severity: 'warning',
        bidderId: b.id,
        field: 'price',
        message: {
          zh: `${b.name} 没有预估报价，不参与计算`,
          en: `${b.name} has no estimated price and is left out`,
        },
      })
    }
  }
  for (const f of lintPriceWeight(m.priceRule.weight, m.procurementCategory, m.priceRule.method)) {
    out.push({ ...f, field: 'priceRule.weight' })
  }
  return out
}

/**
 * Scored items that no section, material or requirement of the bid backs up. Price items are covered by
 * the quotation itself, so they are skipped unless asked for. The check engine's L08 rule calls this.
 */
export function uncoveredItems(
  m: Pick<Matrix, 'items'>,
  opts: { includePrice?: boolean } = {},
): ScoringItem[] {
  return m.items.filter((it) => {
    if (!(it.maxPoints > 0)) return false
    if (it.category === '价格' && !opts.includePrice) return false
    const e = it.evidence
    return !e || e.sectionIds.length + e.materialIds.length + e.requirementIds.length === 0
  })
}

/** uncoveredItems as findings for the matrix editor. */
export function coverageWarnings(m: Pick<Matrix, 'items'>): MatrixFinding[] {
  return uncoveredItems(m).map((it) => ({
    code: 'NO_EVIDENCE' as const,
    severity: 'warning' as const,
    itemId: it.id,
    field: 'evidence',
    message: {
      zh: `评分项“${it.name}”（${it.maxPoints} 分）没有对应的章节或证明材料`,
      en: `scoring item "${it.name}" (${it.maxPoints} points) has no section or evidence linked`,
    },
  }))
}

export interface MatrixAnalysis {
  findings: MatrixFinding[]
  /** null when the matrix cannot be scored yet (no us, no price); the findings say why. */
  standings: Standings | null
  overtake: OvertakeResult | null
  sensitivity: Sensitivity | null
  categoryMaxPoints: Record<ScoreCategory, number>
  totalMaxPoints: number
}

/**
 * Everything the live matrix view shows, in one call: validation and coverage findings, standings,
 * overtake price and sensitivity at our price. Never throws for an incomplete draft.
 */
export function analyzeMatrix(m: Matrix, ourPrice?: number | null): MatrixAnalysis {
  const findings = [...validateMatrix(m), ...coverageWarnings(m)]
  let standings: Standings | null = null
  let overtake: OvertakeResult | null = null
  let sensitivity: Sensitivity | null = null
  if (!findings.some((f) => f.severity === 'error')) {
    try {
      standings = computeStandings(m, ourPrice)
      overtake = overtakePrice(m, ourPrice)
      sensitivity = priceSensitivity(m, ourPrice)
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      findings.push({ code: 'CANNOT_SCORE', severity: 'error', message: { zh: e.zh, en: e.en } })
    }
  }
  return {
    findings,
    standings,
    overtake,
    sensitivity,
    categoryMaxPoints: categoryMaxPoints(m),
    totalMaxPoints: totalMaxPoints(m),
  }
}
