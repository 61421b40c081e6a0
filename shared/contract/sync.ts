import { z } from 'zod'
import { DocKindSchema, IdSchema } from '../schemas'
import { method, NoInput } from './define'
import { WorkspaceInfoSchema } from './workspace'

const Remote = z.string().trim().min(1).max(4096)
const Version = z.string().regex(/^[0-9a-f]{4,40}$/, 'version: a commit id (at least 4 hex digits)')
const FieldPathText = z.string().trim().min(1).max(2_000)

export const CredentialsSchema = z.strictObject({
  username: z.string().max(200),
  password: z.string().max(4_000),
  /** Keep them in the OS keychain (desktop app only; never in the workspace). */
  remember: z.boolean().optional(),
})

export const SyncSettingsSchema = z.object({
  /** Whether the workspace has version history yet (a git work tree). */
  enabled: z.boolean(),
  remote: z.string().nullable(),
  user: z.string(),
  auto: z.boolean(),
  minutes: z.number(),
  /** Whether credentials for the remote are kept (keychain or this run's memory). */
  hasCredentials: z.boolean(),
  head: z.string().nullable(),
})

export const FieldChangeSchema = z.object({
  path: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  op: z.enum(['add', 'remove', 'change', 'order']),
})

export const ConflictRowSchema = z.object({
  kind: DocKindSchema,
  id: z.string(),
  title: z.string(),
  path: z.string(),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
  deleted: z.enum(['ours', 'theirs']).optional(),
  alternatives: z.array(z.unknown()).optional(),
  oursBy: z.string(),
  theirsBy: z.string(),
  at: z.string(),
})

export const SyncResultSchema = z.object({
  committed: z.boolean(),
  /** Documents written here from other machines. */
  pulled: z.number(),
  pushed: z.boolean(),
  /** The remote could not be reached: local changes are committed and go out next time. */
  offline: z.boolean(),
  merged: z.array(z.object({ kind: z.string(), id: z.string(), conflicts: z.number() })),
  /** Every pending conflict of the workspace after this sync. */
  conflicts: z.array(ConflictRowSchema),
  incoming: z.array(
    z.object({
      kind: DocKindSchema,
      id: z.string(),
      title: z.string(),
      by: z.string(),
      removed: z.boolean(),
      changes: z.array(FieldChangeSchema),
    }),
  ),
  /** Documents with unsaved edits here that the sync would have changed: nothing was pulled. */
  deferred: z.array(z.object({ kind: DocKindSchema, id: z.string() })),
  head: z.string().nullable(),
  remote: z.string().nullable(),
})
export type SyncResultOut = z.infer<typeof SyncResultSchema>

export const DocVersionSchema = z.object({
  version: z.string(),
  author: z.string(),
  date: z.string(),
  message: z.string(),
  changes: z.array(FieldChangeSchema),
  created: z.boolean().optional(),
})
export type DocVersionOut = z.infer<typeof DocVersionSchema>

const DocRef = { kind: DocKindSchema, id: IdSchema }

export const syncContract = {
  'sync.settings': method(NoInput, SyncSettingsSchema, 'Sync settings of the open workspace (this machine)'),
  'sync.configure': method(
    z.strictObject({
      remote: Remote.nullable().optional(),
      /** Create an empty shared-folder repository at `remote` first. */
      createRemote: z.boolean().optional(),
      user: z.string().trim().max(200).optional(),
      auto: z.boolean().optional(),
      minutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60)
        .optional(),
    }),
    SyncSettingsSchema,
    'Set the remote (a shared folder or an HTTP(S) git server), the user name and automatic sync',
  ),
  'sync.run': method(
    z.strictObject({
      remote: Remote.optional(),
      hold: z.array(z.strictObject(DocRef)).max(1_000).optional(),
      credentials: CredentialsSchema.optional(),
    }),
    SyncResultSchema,
    '同步: commit local changes, fetch, merge documents field by field, push',
  ),
  'sync.clone': method(
    z.strictObject({
      remote: Remote,
      dir: z.string().trim().min(1).max(4096),
      credentials: CredentialsSchema.optional(),
    }),
    WorkspaceInfoSchema,
    "Clone a team's workspace into an empty folder and open it",
  ),
  'sync.conflicts': method(
    NoInput,
    z.array(ConflictRowSchema),
    'Every pending sync conflict of the workspace',
  ),
  'sync.resolve': method(
    z.strictObject({
      ...DocRef,
      path: FieldPathText,
      take: z.enum(['ours', 'theirs', 'edit']),
      /** The value for take = edit. */
      value: z.unknown().optional(),
    }),
    z.object({
      updatedAt: z.string(),
      remaining: z.number(),
      /** A whole-document conflict decided for the side that deleted it: the document went to the trash. */
      deleted: z.boolean(),
    }),
    'Decide one conflicting field: keep ours, take theirs, or an edited value',
  ),
  'sync.history': method(z.strictObject(DocRef), z.array(DocVersionSchema), 'Versions of one document'),
  'sync.version': method(
    z.strictObject({ ...DocRef, version: Version }),
    z.record(z.string(), z.unknown()).nullable(),
    'One document as it was in a version',
  ),
  'sync.restore': method(
    z.strictObject({ ...DocRef, version: Version, path: FieldPathText.optional() }),
    z.object({ updatedAt: z.string() }),
    'Restore a whole document, or one field, from a version',
  ),
}
