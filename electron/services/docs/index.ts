import type { DocKind, DocOf } from '@shared/schemas'
import { guardCompetitorNames } from '../competitors/names'
import { saveCustomerWithLevels } from '../customers/levels'
import { saveBidWithStage } from '../pipeline/stage'
import type { WorkspaceSession } from '../store'

/**
 * Rules a kind keeps whichever method writes it: the generic create/save/rename must not be a way around a
 * feature's own checked methods.
 */
interface DocGuard {
  create(ws: WorkspaceSession, doc: { title: string } & Record<string, unknown>): Promise<void>
  save(ws: WorkspaceSession, doc: { id: string; title: string } & Record<string, unknown>): Promise<void>
}

const GUARDS: Partial<Record<DocKind, DocGuard>> = {
  competitors: {
    create: (ws, doc) => guardCompetitorNames(ws, doc),
    save: async (ws, doc) => guardCompetitorNames(ws, doc, await ws.get('competitors', doc.id)),
  },
}

/** A new document of a kind from a title and initial values; identity and timestamps belong to the store. */
export async function createDoc<K extends DocKind>(
  ws: WorkspaceSession,
  kind: K,
  title: string,
  init: Record<string, unknown> = {},
): Promise<DocOf<K>> {
  const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _v, ...rest } = init
  await GUARDS[kind]?.create(ws, { ...rest, title })
  return ws.create(kind, { ...rest, title })
}

/** Saves a whole document; with expectedUpdatedAt a save over a newer edit fails with CONFLICT. */
export async function saveDoc<K extends DocKind>(
  ws: WorkspaceSession,
  kind: K,
  doc: DocOf<K>,
  expectedUpdatedAt?: string,
): Promise<DocOf<K>> {
  await GUARDS[kind]?.save(ws, doc)
  // A bid whose stage changed records the day in its stage history, whichever page saved it.
  if (kind === 'bids')
    return saveBidWithStage(ws, doc as DocOf<'bids'>, { expectedUpdatedAt }) as Promise<DocOf<K>>
  // A person's level changed without its history: recorded with the day, whichever page or client saved.
  if (kind === 'customers')
    return saveCustomerWithLevels(ws, doc as DocOf<'customers'>, { expectedUpdatedAt }) as Promise<DocOf<K>>
  return ws.save(kind, doc, { expectedUpdatedAt })
}

export async function renameDoc<K extends DocKind>(
  ws: WorkspaceSession,
  kind: K,
  id: string,
  title: string,
): Promise<DocOf<K>> {
  const guard = GUARDS[kind]
  if (guard) await guard.save(ws, { ...(await ws.get(kind, id)), id, title })
  return ws.rename(kind, id, title)
}
