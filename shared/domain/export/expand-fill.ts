import type { DataRow } from './rows'
import { ROW_FIELDS } from './rows'
import { BLANK_LINE } from './format'
import { fillPlaceholders } from './placeholders'
import type { PrintedField } from './print-model'
import type { ExpandContext } from './expand'

/** Filling a form's text in its context: the row's fields first, then the document's; each filled value recorded. */

export type SourceKind = keyof typeof ROW_FIELDS

function docOf(field: string): PrintedField['doc'] {
  return field === 'generated' ? 'generated' : field.startsWith('company.') ? 'workspace' : 'bid'
}

export function fill(text: string, ctx: ExpandContext, ownRow?: DataRow, ownKind?: SourceKind): string {
  if (!text.includes('{{')) return text
  const row = ownRow ?? ctx.row?.data
  const kind = ownRow ? ownKind : (ownKind ?? ctx.row?.kind)
  // Row fields shadow document fields. Looked up, not merged: a 600-row table would otherwise copy the
  // whole dictionary for every cell.
  const values = (k: string) =>
    row && Object.hasOwn(row.values, k)
      ? row.values[k]
      : Object.hasOwn(ctx.values, k)
        ? ctx.values[k]
        : undefined
  // Data-row fields stay empty when empty (a table cell, or a "★" prefix); document fields get a line to write on.
  const r = fillPlaceholders(
    text,
    values,
    (key) => (key.startsWith('row.') ? '' : BLANK_LINE),
    (key, value) => {
      if (row && Object.hasOwn(row.values, key)) {
        const f = kind ? ROW_FIELDS[kind][key] : undefined
        const full = row.fields?.[key] ?? (f ? `${row.path}.${f}` : undefined)
        ctx.fields.push({
          key,
          value,
          field: full ?? 'generated',
          ...(row.itemId ? { itemId: row.itemId } : {}),
          doc: full ? row.doc : 'generated',
        })
      } else {
        const field = ctx.sources[key] ?? 'generated'
        ctx.fields.push({ key, value, field, doc: docOf(field) })
      }
    },
  )
  for (const k of r.unknown) ctx.report.unknownPlaceholders.add(k)
  for (const k of r.empty) ctx.report.emptyPlaceholders.add(k)
  return r.text
}
