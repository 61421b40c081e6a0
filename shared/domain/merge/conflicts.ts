import { AppError } from '@shared/errors'
import type { ConflictRecord } from './merge3'
import { parsePath, setAt } from './field-path'

export type Take = 'ours' | 'theirs' | { value: unknown }

/** The pending sync conflicts of a document (kept in the document itself until decided). */
export function pendingConflicts(doc: unknown): ConflictRecord[] {
  const list = (doc as { syncConflicts?: unknown } | null)?.syncConflicts
  return Array.isArray(list) ? (list as ConflictRecord[]) : []
}

/** The export gate reads this: a bid with an undecided field cannot be submitted. */
export function hasUnresolvedConflicts(doc: unknown): boolean {
  return pendingConflicts(doc).length > 0
}

/** The gate every export path calls: undecided sync conflicts refuse the export (not overridable). */
export function assertNoSyncConflicts(doc: { title?: string } & object): void {
  const list = pendingConflicts(doc)
  if (!list.length) return
  const paths = list.map((c) => c.path)
  throw new AppError(
    'SYNC_CONFLICTS',
    { zh: `${doc.title ?? ''}：${paths.join('、')}`, en: `${doc.title ?? ''}: ${paths.join(', ')}` },
    { paths },
  )
}

export class UnknownConflictError extends Error {
  constructor(readonly path: string) {
    super(`no pending conflict at ${path}`)
  }
}

/**
 * Decides one conflict: the field gets the chosen value (a side that deleted the item removes it) and
 * the record goes away. Returns the new document; store-managed fields are the caller's business.
 */
export function resolveConflict<T>(doc: T, path: string, take: Take): T {
  const list = pendingConflicts(doc)
  const rec = list.find((c) => c.path === path)
  if (!rec) throw new UnknownConflictError(path)
  const fp = parsePath(path)
  let value: unknown
  if (take === 'ours') value = rec.deleted === 'ours' ? undefined : rec.ours
  else if (take === 'theirs') value = rec.deleted === 'theirs' ? undefined : rec.theirs
  else value = take.value
  let next = setAt(doc, fp, value)
  const rest = list.filter((c) => c !== rec)
  next = setAt(next, [{ name: 'syncConflicts' }], rest.length ? rest : undefined)
  return next
}
