/**
 * Issue 18, finding 5: lock errors used to surface as raw EROFS/ENOSPC/EACCES and leave a 0-byte lock temp file
 * that no sweep removed. Now they are typed (READ_ONLY, DISK_FULL, PERMISSION) with the lock's path in Chinese and
 * English, no temp file is left, and temp files of dead lock writers are swept on the next open. Real faults: a
 * 1 MB tmpfs filled up and remounted read-only (root), and a non-root writer (uid 65534).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkspace } from '@services/store'
import { AppError } from '@shared/errors'
import { bundleWriter, canMountTmpfs, fastTmpDir, fillDisk, makeWorkspace, spawnWriter } from './helpers'

let root: string
beforeAll(async () => {
  root = await fastTmpDir('bb-lockerr-')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

async function openFailure(dir: string): Promise<AppError> {
  const e = await openWorkspace(dir).then(
    async (ws) => (await ws.close(), null),
    (err: unknown) => err,
  )
  expect(e, 'opening should have failed').toBeInstanceOf(AppError)
  return e as AppError
}

const lockTemps = async (dir: string) =>
  (await fs.readdir(path.join(dir, '.bidbench'))).filter(
    (n) => n.startsWith('lock.json') && n.endsWith('.tmp'),
  )

/** A pid no process has right now. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return pid
    }
  }
}

describe('stale lock temp files', () => {
  it('are swept when the workspace is next opened; a live writer’s are kept', async () => {
    const dir = path.join(root, 'sweep')
    await makeWorkspace(dir, ['b1'])
    const meta = path.join(dir, '.bidbench')
    const dead = `lock.json.${deadPid()}.deadbeef.tmp`
    const deadTakeover = `lock.json.takeover.${deadPid()}.0badf00d.tmp`
    const live = `lock.json.${process.ppid}.cafe0123.tmp`
    for (const n of [dead, deadTakeover, live]) await fs.writeFile(path.join(meta, n), '')
    const ws = await openWorkspace(dir)
    await ws.close()
    expect(await lockTemps(dir)).toEqual([live])
  })
})

describe('lock errors on a real tmpfs', () => {
  let mnt: string
  let mounted = false
  beforeAll(async () => {
    mnt = await fs.mkdtemp(path.join(root, 'mnt-'))
    mounted = canMountTmpfs(mnt)
    if (!mounted) console.log('lock-errors: cannot mount a tmpfs here (not root?); skipped')
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mnt])
  })

  it('a full disk: DISK_FULL naming the lock file, and no 0-byte temp file left', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'full')
    await makeWorkspace(dir, ['b1'])
    const filler = path.join(mnt, 'filler')
    await fillDisk(filler)
    try {
      const e = await openFailure(dir)
      expect(e.code).toBe('DISK_FULL')
      const lock = path.join(dir, '.bidbench', 'lock.json')
      expect(e.zh).toContain(lock)
      expect(e.en).toContain(`${lock}: the lock cannot be written`)
      expect(await lockTemps(dir)).toEqual([])
      // Read-only still opens on a full disk.
      const ro = await openWorkspace(dir, { readOnly: true })
      expect(ro.list('bids')).toHaveLength(1)
      await ro.close()
    } finally {
      await fs.rm(filler, { force: true })
    }
  })

  it('a read-only file system: READ_ONLY naming the lock file', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'ro')
    await makeWorkspace(dir, ['b1'])
    execFileSync('mount', ['-o', 'remount,ro', mnt])
    try {
      const e = await openFailure(dir)
      expect(e.code).toBe('READ_ONLY')
      expect(e.zh).toContain('只读')
      expect(e.en).toContain(path.join(dir, '.bidbench', 'lock.json'))
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mnt])
    }
  })
})

describe('lock errors for a non-root writer', () => {
  it('no write access to .bidbench: PERMISSION naming the lock file, no temp file', async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip()
    const base = path.join(root, 'perm')
    await fs.mkdir(base)
    const writer = await bundleWriter(base)
    const dir = path.join(base, 'ws')
    await makeWorkspace(dir, ['b1'])
    for (const p of [root, base, dir]) await fs.chmod(p, 0o755)
    await fs.chmod(writer.at(-1)!, 0o644)
    const child = spawnWriter(writer, [dir, 'try'], { uid: 65534 })
    const line = await child.waitFor(/^(OK|ERR )/)
    expect(line).toMatch(/^ERR PERMISSION /)
    expect(JSON.parse(line.slice('ERR PERMISSION '.length)).en).toContain(
      path.join(dir, '.bidbench', 'lock.json'),
    )
    expect(await lockTemps(dir)).toEqual([])
  })
})
