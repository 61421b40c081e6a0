/**
 * Pure helpers of the import wizard: validation of the corrected preview and merging it into a matrix.
 * No DOM and no node, so the unit tests run them directly.
 */
import { newId } from '@shared/schemas/common'
import {
  PriceRuleSchema,
  ScoringItemSchema,
  type Matrix,
  type PriceRule,
  type ScoringItem,
} from '@shared/schemas/matrix'

type Category = ScoringItem['category']
export type Message = { zh: string; en: string }

/** A row of the import preview as the user may have corrected it (points may still be missing). */
export interface DraftItem {
  category: Category
  name: string
  maxPoints: number | null
  criteria: string
  kind: ScoringItem['kind']
}

export interface DraftProblem {
  /** Index in the draft list; null for the table as a whole. */
  index: number | null
  field: 'name' | 'maxPoints' | 'total'
  severity: 'error' | 'warning'
  message: Message
}

/**
 * What stops an import from being saved (empty names, missing or negative points) and what only
 * deserves a look (a total other than the expected 100).
 */
export function validateDraft(items: readonly DraftItem[], expectedTotal = 100): DraftProblem[] {
  const out: DraftProblem[] = []
  let total = 0
  items.forEach((it, i) => {
    const at = it.name.trim() ? `“${it.name.trim()}”` : `第 ${i + 1} 项`
    if (!it.name.trim()) {
      out.push({
        index: i,
        field: 'name',
        severity: 'error',
        message: { zh: `第 ${i + 1} 项评分项名称为空`, en: `item #${i + 1} has an empty name` },
      })
    }
    const p = it.maxPoints
    if (p == null || typeof p !== 'number' || !Number.isFinite(p)) {
      out.push({
        index: i,
        field: 'maxPoints',
        severity: 'error',
        message: { zh: `${at} 的分值不是数字`, en: `item #${i + 1}: max points is not a number` },
      })
    } else if (p < 0) {
      out.push({
        index: i,
        field: 'maxPoints',
        severity: 'error',
        message: { zh: `${at} 的分值为负数（${p}）`, en: `item #${i + 1}: max points are negative (${p})` },
      })
    } else total += p
  })
  total = Math.round(total * 100) / 100
  if (items.length > 0 && total !== expectedTotal) {
    out.push({
      index: null,
      field: 'total',
      severity: 'warning',
      message: {
        zh: `分值合计为 ${total} 分，通常应为 ${expectedTotal} 分`,
        en: `max points total ${total}; usually ${expectedTotal}`,
      },
    })
  }
  return out
}

/** Item names compared the way a re-issued table may write them: no spaces, full-width digits folded. */
function nameKey(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase()
}

/**
 * Imported rows as matrix items. An item of `keepFrom` with the same name (and category) keeps its id,
 * self-score, evidence links and competitor estimates, so re-importing a corrected table does not throw
 * away the assessment work; a self-score or estimate above the new max points is kept too and is then
 * flagged by the matrix validation rather than silently cut.
 */
export function draftToItems(
  drafts: readonly DraftItem[],
  keepFrom: readonly ScoringItem[] = [],
): ScoringItem[] {
  const pool = new Map<string, ScoringItem[]>()
  for (const it of keepFrom) {
    const k = `${it.category}|${nameKey(it.name)}`
    pool.set(k, [...(pool.get(k) ?? []), it])
  }
  return drafts.map((d) => {
    const old = pool.get(`${d.category}|${nameKey(d.name)}`)?.shift()
    return ScoringItemSchema.parse({
      ...(old
        ? { id: old.id, selfScore: old.selfScore, evidence: old.evidence, estimates: old.estimates }
        : { id: newId('si') }),
      category: d.category,
      name: d.name.trim(),
      maxPoints: d.maxPoints != null && d.maxPoints >= 0 ? d.maxPoints : 0,
      criteria: d.criteria,
      kind: d.kind,
    })
  })
}

export type ImportMode = 'replace' | 'append'

/**
 * The matrix after an import: items replaced (keeping the work on same-named items) or appended, and
 * the price rule the table's words describe laid over the current one, so whatever the table did not
 * say (tie-break, SME percentage…) keeps the user's setting.
 */
export function applyImport(
  m: Matrix,
  drafts: readonly DraftItem[],
  detectedRule: Partial<PriceRule> | null,
  mode: ImportMode,
): Matrix {
  const items = mode === 'replace' ? draftToItems(drafts, m.items) : [...m.items, ...draftToItems(drafts)]
  const priceRule = PriceRuleSchema.parse({ ...m.priceRule, ...(detectedRule ?? {}) })
  return { ...m, items, priceRule }
}
