import type { CrudOp, OutputOf } from '@shared/contract'
import type { TrashEntry } from '@shared/contract/trash'
import type { DocKind, DocOf, IndexEntry } from '@shared/schemas'
import { invoke } from './client'

/** The generic CRUD of one document kind (contract/docs.ts), typed by the kind: what lists and editors use. */
export interface DocsApi<K extends DocKind> {
  list(): Promise<IndexEntry[]>
  get(id: string): Promise<DocOf<K>>
  create(title: string, init?: Partial<DocOf<K>>): Promise<DocOf<K>>
  /** With expectedUpdatedAt, a save over a newer edit made elsewhere fails with CONFLICT. */
  save(doc: DocOf<K>, expectedUpdatedAt?: string): Promise<DocOf<K>>
  rename(id: string, title: string): Promise<DocOf<K>>
  delete(id: string): Promise<TrashEntry>
}

// The casts below are safe because, kind by kind, the contract's outputs are exactly these types:
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Checked = { [K in DocKind]: Same<OutputOf<`${K}.get`>, DocOf<K>> }
const _outputsMatch: Checked = {
  bids: true,
  materials: true,
  competitors: true,
  matrices: true,
  negotiations: true,
  customers: true,
}
void _outputsMatch

export function docsApi<K extends DocKind>(kind: K): DocsApi<K> {
  const op = (name: CrudOp, input: object) => invoke(`${kind}.${name}`, input)
  return {
    list: async () => (await op('list', {})) as IndexEntry[],
    get: async (id) => (await op('get', { id })) as DocOf<K>,
    create: async (title, init) => (await op('create', init ? { title, init } : { title })) as DocOf<K>,
    save: async (doc, expectedUpdatedAt) =>
      (await op('save', expectedUpdatedAt ? { doc, expectedUpdatedAt } : { doc })) as DocOf<K>,
    rename: async (id, title) => (await op('rename', { id, title })) as DocOf<K>,
    delete: async (id) => (await op('delete', { id })) as TrashEntry,
  }
}
