/**
 * Excel formulas of the price rules. Each one evaluates in the same order as shared/domain/matrices/price.ts
 * (min × weight ÷ price; weight − slope × deviation × 100 ÷ benchmark) so Excel's doubles equal ours.
 */
import type { PriceRule } from '@shared/schemas'

export const METHOD_LABEL: Record<PriceRule['method'], string> = {
  lowest: '低价优先（基准价/报价×分值）',
  average: '平均值基准价',
  lowestEvaluated: '最低评标价法（按评审价排序）',
}

type Params = Record<'weight' | 'dropN' | 'k' | 'above' | 'below', string>

/** 评标基准价 from the row of evaluated prices `r` (an absolute range). */
export function benchmarkFormula(method: PriceRule['method'], r: string, p: Params): string {
  if (method !== 'average') return `MIN(${r})`
  return (
    `IF(AND(${p.dropN}>0,COUNT(${r})>=${p.dropN},COUNT(${r})>2),` +
    `(SUM(${r})-MAX(${r})-MIN(${r}))/(COUNT(${r})-2),SUM(${r})/COUNT(${r}))*${p.k}`
  )
}

/** Price score of the bid whose evaluated price is in cell `e`. */
export function priceScoreFormula(
  method: PriceRule['method'],
  e: string,
  r: string,
  b: string,
  p: Params,
): string {
  if (method === 'average') {
    return (
      `ROUND(MAX(0,IF(${e}>${b},${p.weight}-${p.above}*(${e}-${b})*100/${b},` +
      `${p.weight}-${p.below}*(${b}-${e})*100/${b})),2)`
    )
  }
  return `ROUND(MIN(${r})*${p.weight}/${e},2)`
}

/**
 * Rank with the tender's tie rule, as rank.ts orders bids: RANK gives competition ranks, and each
 * COUNTIFS adds the bids with the same total that the tie rule puts ahead.
 */
export function rankFormula(
  rule: Pick<PriceRule, 'method' | 'tieBreak'>,
  col: string,
  rows: { total: number; tech: number; evaluated: number; first: string; last: string },
): string {
  const range = (row: number) => `$${rows.first}$${row}:$${rows.last}$${row}`
  const T = range(rows.total)
  const H = range(rows.tech)
  const E = range(rows.evaluated)
  const t = `${col}$${rows.total}`
  const h = `${col}$${rows.tech}`
  const e = `${col}$${rows.evaluated}`
  if (rule.method === 'lowestEvaluated') {
    const base = `RANK(${e},${E},1)`
    return rule.tieBreak === '抽签' ? base : `${base}+COUNTIFS(${E},${e},${H},">"&${h})`
  }
  const base = `RANK(${t},${T},0)`
  if (rule.tieBreak === '技术分高者优先') {
    return `${base}+COUNTIFS(${T},${t},${H},">"&${h})+COUNTIFS(${T},${t},${H},${h},${E},"<"&${e})`
  }
  if (rule.tieBreak === '报价低者优先') {
    return `${base}+COUNTIFS(${T},${t},${E},"<"&${e})+COUNTIFS(${T},${t},${E},${e},${H},">"&${h})`
  }
  return base
}
