import type { TableDetection } from './detect'

/** The `matrix import --json` shape: what a detected scoring table says, from an .xlsx or a table in a tender. */
export function detectionSummary(d: TableDetection) {
  return {
    items: d.items.map(({ category, name, maxPoints, criteria, kind }) => ({
      category,
      name,
      maxPoints,
      criteria,
      kind,
    })),
    totalPoints: d.total,
    categories: d.categories,
    priceWeight: d.priceWeight,
    priceRule: d.priceRule,
    detection: {
      sheet: d.sheet,
      headerRow: d.headerRow,
      columns: d.columns,
      headerTexts: d.headerTexts,
      continuedSheets: d.continuedSheets,
      statedTotal: d.statedTotal,
    },
    warnings: d.warnings,
  }
}
export type DetectionSummary = ReturnType<typeof detectionSummary>
