import { z } from 'zod'
import { DOC_SCHEMAS, IdSchema, IndexEntrySchema, type DocKind } from '../schemas'
import { method, NoInput, type MethodDef } from './define'
import { TrashEntrySchema } from './trash'

const Title = z.string().trim().min(1).max(500)

function crudDefs<S extends z.ZodType>(schema: S) {
  return {
    list: method(NoInput, z.array(IndexEntrySchema), 'List rows from the index'),
    get: method(z.strictObject({ id: IdSchema }), schema, 'Read one document'),
    create: method(
      z.strictObject({ title: Title, init: z.record(z.string(), z.unknown()).optional() }),
      schema,
      'Create a document (init: initial field values, validated)',
    ),
    save: method(
      z.strictObject({ doc: schema, expectedUpdatedAt: z.string().optional() }),
      schema,
      'Save a whole document; with expectedUpdatedAt a stale save fails with CONFLICT',
    ),
    rename: method(z.strictObject({ id: IdSchema, title: Title }), schema, 'Rename a document'),
    delete: method(z.strictObject({ id: IdSchema }), TrashEntrySchema, 'Move a document to the trash'),
  }
}

type CrudDefs<S extends z.ZodType> = ReturnType<typeof crudDefs<S>>
/** The generic operations every document kind has: `${kind}.${CrudOp}` is a contract method. */
export type CrudOp = keyof CrudDefs<z.ZodType>
type Prefixed<K extends string, T> = { [P in keyof T as `${K}.${P & string}`]: T[P] }

function crud<K extends DocKind>(kind: K): Prefixed<K, CrudDefs<(typeof DOC_SCHEMAS)[K]>> {
  const defs: Record<string, MethodDef> = crudDefs(DOC_SCHEMAS[kind])
  // Object.fromEntries cannot express the prefixed keys; the entries are exactly crudDefs' under `${kind}.`.
  return Object.fromEntries(Object.entries(defs).map(([p, d]) => [`${kind}.${p}`, d])) as Prefixed<
    K,
    CrudDefs<(typeof DOC_SCHEMAS)[K]>
  >
}

export const docsContract = {
  ...crud('bids'),
  ...crud('materials'),
  ...crud('competitors'),
  ...crud('matrices'),
  ...crud('negotiations'),
  ...crud('customers'),
}
