import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { DOC_KINDS } from '@shared/schemas'
import { AppError } from '@shared/errors'
import { writeDemoData } from './demo'
import { createWorkspace, isWorkspace } from './store'
import { fsyncDir } from './store/fsio'
import { WorkspacePaths } from './store/paths'

export const SAMPLE_WORKSPACE_NAME = '示例工作区'

const STAGING = new RegExp(`^\\.${SAMPLE_WORKSPACE_NAME}\\.(\\d+)\\.(tmp|old)$`)

/**
 * The folder the app opens on first start; created with the sample data when missing. It is written in a staging
 * folder and renamed into place when complete: a first start stopped half-way (Ctrl+C, kill -9, power loss) must
 * not leave an empty workspace that later starts would take for the sample. An empty one left by a version that
 * wrote in place is refilled the same way.
 */
export async function ensureSampleWorkspace(home: string): Promise<string> {
  const dir = path.join(home, SAMPLE_WORKSPACE_NAME)
  await removeDeadStaging(home)
  if (await isWorkspace(dir)) {
    if (!(await neverWritten(dir))) return dir
  } else if (await hasVisibleEntries(dir)) {
    // A folder of the user's own files under the sample's name: never replace it.
    throw new AppError('WORKSPACE_EXISTS', { zh: dir, en: dir })
  }
  const staging = path.join(home, `.${SAMPLE_WORKSPACE_NAME}.${process.pid}.tmp`)
  const old = path.join(home, `.${SAMPLE_WORKSPACE_NAME}.${process.pid}.old`)
  await fs.rm(staging, { recursive: true, force: true })
  try {
    const ws = await createWorkspace(staging, { name: SAMPLE_WORKSPACE_NAME, app: 'bidbench-setup' })
    await writeDemoData(ws)
    await ws.close()
    // Moved aside rather than deleted first: a stop between the two renames leaves no sample, which the next
    // start writes again, never a half-deleted one.
    if (await exists(dir)) await fs.rename(dir, old)
    await fs.rename(staging, dir)
    await fsyncDir(home)
    await fs.rm(old, { recursive: true, force: true })
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
  return dir
}

/** Nothing was ever saved in it: no document, none in the trash, no file, no history of any. */
async function neverWritten(dir: string): Promise<boolean> {
  const p = new WorkspacePaths(dir)
  const places = [
    ...DOC_KINDS.flatMap((k) => [p.kindDir(k), p.trash(k)]),
    p.files(),
    path.join(p.meta, 'generations'),
    path.join(dir, '.git'),
  ]
  for (const place of places) if (await hasVisibleEntries(place)) return false
  return true
}

async function hasVisibleEntries(dir: string): Promise<boolean> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  return names.some((n) => !n.startsWith('.'))
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  )
}

/** Staging folders of starts that died (their process is gone); a live one belongs to a start still writing. */
async function removeDeadStaging(home: string): Promise<void> {
  for (const name of await fs.readdir(home).catch(() => [] as string[])) {
    const m = STAGING.exec(name)
    if (m && !alive(Number(m[1]))) await fs.rm(path.join(home, name), { recursive: true, force: true })
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
