import { z } from 'zod'
import { DetectOverridesShape } from '@shared/contract/matrices'
import { DraftItemsSchema } from '@shared/domain/matrices/import'
import { IMPORT } from './labels'

/*
 * The import wizard's two forms. What to read: the source, the pasted text and the user's corrections to the
 * detection (sheet, header row, columns), checked by the limits matrices.importPreview applies. What to save:
 * where to, the new matrix's name, and the rows as corrected, checked by the shared DraftItemsSchema. Each
 * message lands at its field; nothing is clamped, defaulted or dropped silently.
 */

export type Role = 'category' | 'name' | 'points' | 'criteria'
export const ROLES: Role[] = ['category', 'name', 'points', 'criteria']

/** A label pair as a schema message ("中文 / English"): the resolver shows the half of the UI language. */
const said = (pair: readonly [string, string]) => pair.join(' / ')

export const DetectForm = z
  .object({
    source: z.enum(['xlsx', 'paste', 'manual']),
    paste: z.string(),
    /** null: the sheet the detection chose. */
    sheet: z.string().nullable(),
    /** null: the header row the detection found. */
    headerRow: DetectOverridesShape.headerRow.unwrap().nullable(),
    /** Empty until the user changes one; then the whole mapping as shown. */
    columns: DetectOverridesShape.columns.unwrap(),
  })
  .superRefine((v, ctx) => {
    if (v.source === 'paste' && !v.paste.trim())
      ctx.addIssue({ code: 'custom', path: ['paste'], message: said(IMPORT.pasteFirst) })
    // Two roles read from one column would make every name a number or every score a name.
    const seen = new Set<number>()
    for (const role of ROLES) {
      const c = v.columns[role]
      if (c === undefined) continue
      if (seen.has(c))
        ctx.addIssue({ code: 'custom', path: ['columns', role], message: said(IMPORT.sameColumn) })
      seen.add(c)
    }
  })
export type DetectValues = z.infer<typeof DetectForm>
export type Source = DetectValues['source']

export const NO_CORRECTIONS = { sheet: null, headerRow: null, columns: {} } satisfies Partial<DetectValues>

/** The corrections as matrices.importPreview and parsePastedTable take them (what is not corrected is left out). */
export function overridesOf(v: DetectValues): {
  sheet?: string
  headerRow?: number
  columns?: Partial<Record<Role, number>>
} {
  return {
    ...(v.sheet !== null ? { sheet: v.sheet } : {}),
    ...(v.headerRow !== null ? { headerRow: v.headerRow } : {}),
    ...(Object.keys(v.columns).length > 0 ? { columns: v.columns } : {}),
  }
}

export const SaveForm = z
  .object({
    target: z.enum(['replace', 'append', 'new']),
    newTitle: z.string().max(500),
    items: DraftItemsSchema,
  })
  .superRefine((v, ctx) => {
    // A new matrix is never given a name the user did not see: an emptied name is refused, not defaulted.
    if (v.target === 'new' && !v.newTitle.trim())
      ctx.addIssue({ code: 'custom', path: ['newTitle'], message: said(IMPORT.needTitle) })
  })
export type SaveValues = z.infer<typeof SaveForm>
export type Target = SaveValues['target']
