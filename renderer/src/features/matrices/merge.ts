/**
 * Pure helpers of the import wizard: merging the corrected rows into a matrix (the rows' own rules are the shared
 * DraftItemsSchema). No DOM and no node, so the unit tests run them directly.
 */
import type { DraftItem } from '@shared/domain/matrices/import'
import { newId } from '@shared/schemas/common'
import {
  PriceRuleSchema,
  ScoringItemSchema,
  type Matrix,
  type PriceRule,
  type ScoringItem,
} from '@shared/schemas/matrix'

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
