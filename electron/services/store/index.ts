import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AppError } from '@shared/errors'
import {
  DOC_KINDS,
  newId,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceSchema,
  type CompanyProfile,
} from '@shared/schemas'
import { exists, ioError, mkdirp, stableStringify, writeFileDurable } from './fsio'
import { WorkspaceLock } from './lock'
import { WorkspacePaths } from './paths'
import { WorkspaceSession } from './session'

export { WorkspaceSession, type TrashEntry } from './session'
export type { RecoveryEvent } from './doc-file'
export { doctor, type DoctorReport, type DoctorProblem } from './doctor'

export interface OpenOptions {
  /** Open without taking the writer lock; every save is refused with READ_ONLY. */
  readOnly?: boolean
  /** Named in the lock file so a refused second process can say who holds it. */
  app?: string
}

export async function isWorkspace(dir: string): Promise<boolean> {
  return exists(new WorkspacePaths(dir).workspaceFile)
}

export async function openWorkspace(dir: string, opts: OpenOptions = {}): Promise<WorkspaceSession> {
  const root = path.resolve(dir)
  if (!(await isWorkspace(root))) throw new AppError('WORKSPACE_NOT_FOUND', { zh: root, en: root })
  const readOnly = opts.readOnly ?? false
  let lock: WorkspaceLock | null = null
  if (!readOnly) {
    lock = new WorkspaceLock(new WorkspacePaths(root).lock, opts.app ?? 'bidbench')
    lock.acquire()
  }
  const session = new WorkspaceSession(root, readOnly, lock)
  try {
    await session.load()
  } catch (e) {
    lock?.releaseSync()
    throw e
  }
  return session
}

export interface CreateOptions {
  name: string
  company?: Partial<CompanyProfile>
  app?: string
}

/** Creates a workspace in an empty (or missing) folder; refuses to touch a folder with content. */
export async function createWorkspace(dir: string, opts: CreateOptions): Promise<WorkspaceSession> {
  const root = path.resolve(dir)
  if (await isWorkspace(root)) throw new AppError('WORKSPACE_EXISTS', { zh: root, en: root })
  const entries = await fs.readdir(root).catch(() => null)
  if (entries && entries.filter((n) => !n.startsWith('.')).length > 0)
    throw new AppError('WORKSPACE_EXISTS', { zh: root, en: root })
  const paths = new WorkspacePaths(root)
  try {
    await mkdirp(root)
    for (const kind of DOC_KINDS) await mkdirp(paths.kindDir(kind))
    await mkdirp(paths.files())
    await mkdirp(paths.meta)
    await fs.writeFile(path.join(paths.meta, '.gitignore'), 'lock.json\nindex/\ngenerations/\n')
  } catch (e) {
    throw e instanceof AppError ? e : ioError(e, root)
  }
  const now = new Date().toISOString()
  const ws = WorkspaceSchema.parse({
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: newId('w'),
    name: opts.name,
    createdAt: now,
    updatedAt: now,
    company: opts.company ?? {},
    // Nothing to move into the customer archive in a new workspace.
    settings: { decisionChainsLinked: true },
  })
  await writeFileDurable(paths.workspaceFile, stableStringify(ws))
  return openWorkspace(root, { app: opts.app })
}
