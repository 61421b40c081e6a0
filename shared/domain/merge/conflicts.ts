import { AppError } from '@shared/errors'
import { freshStamp, type ConflictRecord, type MergeOptions } from './merge3'
import { parsePath, setAt, WHOLE_DOCUMENT } from './field-path'

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
 * A document one side deleted while the other edited it. The edited version stays, with a conflict
 * about the whole document (its title standing for the kept side): deleting it is then a decision
 * someone takes, never a silent drop of the edit nor a silent undoing of the deletion.
 */
export function keepEditedDocument<T extends object>(
  edited: T,
  deleted: 'ours' | 'theirs',
  opts: MergeOptions,
): { doc: T; conflict: ConflictRecord } {
  const title = (edited as { title?: unknown }).title ?? null
  const conflict: ConflictRecord = {
    path: WHOLE_DOCUMENT,
    base: null,
    ours: deleted === 'ours' ? null : title,
    theirs: deleted === 'theirs' ? null : title,
    deleted,
    oursBy: opts.oursBy ?? '',
    theirsBy: opts.theirsBy ?? '',
    at: opts.now,
  }
  const rest = pendingConflicts(edited).filter((c) => c.path !== WHOLE_DOCUMENT)
  const updatedAt = freshStamp((edited as { updatedAt?: unknown }).updatedAt, opts.now)
  return { doc: { ...edited, updatedAt, syncConflicts: [...rest, conflict] }, conflict }
}

/** True when this decision deletes the document (the side that deleted it wins): the caller deletes it. */
export function decidesDeletion(doc: unknown, path: string, take: Take): boolean {
  const rec = pendingConflicts(doc).find((c) => c.path === path)
  return !!rec && rec.path === WHOLE_DOCUMENT && take === rec.deleted
}

/**
 * Decides one conflict: the field gets the chosen value (a side that deleted the item removes it) and
 * the record goes away. Returns the new document; store-managed fields are the caller's business. For
 * the whole document, keeping the edited side only removes the record (see decidesDeletion).
 */
export function resolveConflict<T>(doc: T, path: string, take: Take): T {
  const list = pendingConflicts(doc)
  const rec = list.find((c) => c.path === path)
  if (!rec) throw new UnknownConflictError(path)
  if (path === WHOLE_DOCUMENT) {
    if (typeof take === 'object' || take === rec.deleted)
      throw new Error('a whole-document conflict is kept or deleted, never edited (see decidesDeletion)')
    const rest = list.filter((c) => c !== rec)
    return setAt(doc, [{ name: 'syncConflicts' }], rest.length ? rest : undefined)
  }
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
