import type { docsContract } from '@shared/contract/docs'
import { DOC_KINDS, type DocKind, type DocOf } from '@shared/schemas'
import type { AppContext } from '../app-context'
import { createDoc, renameDoc, saveDoc } from '../docs'
import type { HandlersOf } from './types'

type DocsHandlers = HandlersOf<typeof docsContract>

function crudHandlers<K extends DocKind>(kind: K) {
  return {
    [`${kind}.list`]: async (_i: object, ctx: AppContext) => ctx.requireWs().list(kind),
    [`${kind}.get`]: async ({ id }: { id: string }, ctx: AppContext) => ctx.requireWs().get(kind, id),
    [`${kind}.create`]: async (i: { title: string; init?: Record<string, unknown> }, ctx: AppContext) =>
      createDoc(ctx.requireWritable(), kind, i.title, i.init),
    [`${kind}.save`]: async (i: { doc: DocOf<K>; expectedUpdatedAt?: string }, ctx: AppContext) =>
      saveDoc(ctx.requireWritable(), kind, i.doc, i.expectedUpdatedAt),
    [`${kind}.rename`]: async ({ id, title }: { id: string; title: string }, ctx: AppContext) =>
      renameDoc(ctx.requireWritable(), kind, id, title),
    [`${kind}.delete`]: async ({ id }: { id: string }, ctx: AppContext) =>
      ctx.requireWritable().delete(kind, id),
  }
}

// Each kind's six handlers under `${kind}.`; the compiler cannot follow computed keys, so the map is typed once here.
export const docsHandlers = Object.assign({}, ...DOC_KINDS.map(crudHandlers)) as DocsHandlers
