import { docsContract } from '../../../shared/contract/docs'
import { DOC_KINDS, type DocKind } from '../../../shared/schemas'
import type { AppContext } from '../app-context'
import type { HandlersOf } from './types'

type DocsHandlers = HandlersOf<typeof docsContract>

function crudHandlers(kind: DocKind) {
  return {
    [`${kind}.list`]: async (_i: object, ctx: AppContext) => ctx.requireWs().list(kind),
    [`${kind}.get`]: async ({ id }: { id: string }, ctx: AppContext) => ctx.requireWs().get(kind, id),
    [`${kind}.create`]: async (
      { title, init }: { title: string; init?: Record<string, unknown> },
      ctx: AppContext,
    ) => {
      // Identity and timestamps belong to the store, whatever init says.
      const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _v, ...rest } = init ?? {}
      return ctx.requireWritable().create(kind, { ...rest, title })
    },
    [`${kind}.save`]: async (
      { doc, expectedUpdatedAt }: { doc: never; expectedUpdatedAt?: string },
      ctx: AppContext,
    ) => ctx.requireWritable().save(kind, doc, { expectedUpdatedAt }),
    [`${kind}.rename`]: async ({ id, title }: { id: string; title: string }, ctx: AppContext) =>
      ctx.requireWritable().rename(kind, id, title),
    [`${kind}.delete`]: async ({ id }: { id: string }, ctx: AppContext) =>
      ctx.requireWritable().delete(kind, id),
  }
}

export const docsHandlers = Object.assign({}, ...DOC_KINDS.map(crudHandlers)) as DocsHandlers
