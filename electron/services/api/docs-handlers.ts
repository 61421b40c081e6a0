import { docsContract } from '@shared/contract/docs'
import { DOC_KINDS, type DocKind, type DocOf } from '@shared/schemas'
import type { AppContext } from '../app-context'
import { guardCompetitorNames } from '../competitors/names'
import { saveBidWithStage } from '../pipeline/stage'
import type { WorkspaceSession } from '../store'
import type { HandlersOf } from './types'

type DocsHandlers = HandlersOf<typeof docsContract>

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

function crudHandlers<K extends DocKind>(kind: K) {
  return {
    [`${kind}.list`]: async (_i: object, ctx: AppContext) => ctx.requireWs().list(kind),
    [`${kind}.get`]: async ({ id }: { id: string }, ctx: AppContext) => ctx.requireWs().get(kind, id),
    [`${kind}.create`]: async (
      { title, init }: { title: string; init?: Record<string, unknown> },
      ctx: AppContext,
    ) => {
      // Identity and timestamps belong to the store, whatever init says.
      const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _v, ...rest } = init ?? {}
      const ws = ctx.requireWritable()
      await GUARDS[kind]?.create(ws, { ...rest, title })
      return ws.create(kind, { ...rest, title })
    },
    [`${kind}.save`]: async (
      { doc, expectedUpdatedAt }: { doc: DocOf<K>; expectedUpdatedAt?: string },
      ctx: AppContext,
    ) => {
      const ws = ctx.requireWritable()
      await GUARDS[kind]?.save(ws, doc)
      // A bid whose stage changed records the day in its stage history, whichever page saved it.
      if (kind === 'bids')
        return saveBidWithStage(ws, doc as DocOf<'bids'>, { expectedUpdatedAt }) as Promise<DocOf<K>>
      return ws.save(kind, doc, { expectedUpdatedAt })
    },
    [`${kind}.rename`]: async ({ id, title }: { id: string; title: string }, ctx: AppContext) => {
      const ws = ctx.requireWritable()
      const guard = GUARDS[kind]
      if (guard) await guard.save(ws, { ...(await ws.get(kind, id)), id, title })
      return ws.rename(kind, id, title)
    },
    [`${kind}.delete`]: async ({ id }: { id: string }, ctx: AppContext) =>
      ctx.requireWritable().delete(kind, id),
  }
}

// Each kind's six handlers under `${kind}.`; the compiler cannot follow computed keys, so the map is typed once here.
export const docsHandlers = Object.assign({}, ...DOC_KINDS.map(crudHandlers)) as DocsHandlers
