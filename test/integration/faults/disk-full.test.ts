/**
 * Disk-full and permission-denied saves (issue 8): the save fails with DISK_FULL / PERMISSION, the
 * previous version is intact byte for byte, and no temp file is left behind. Real faults where this
 * machine allows them (a 1 MB tmpfs, a read-only remount, a non-root writer), and faults injected at
 * the store's fs seam (setFsForTesting) everywhere, so the contract is tested even without root.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { createWorkspace, openWorkspace, type WorkspaceSession } from '@services/store'
import { setFsForTesting } from '@services/store/fsio'
import {
  bundleWriter,
  canMountTmpfs,
  fastTmpDir,
  fillDisk,
  makeWorkspace,
  rejection,
  spawnWriter,
  tempFiles,
} from './helpers'

let root: string
let seq = 0
beforeAll(async () => {
  root = await fastTmpDir('bb-diskfull-')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

/** Saves `title` and asserts the failure contract: the given code, old bytes intact, no temp file, old value served. */
async function expectFailedSave(
  ws: WorkspaceSession,
  dir: string,
  code: string,
  edit: Record<string, unknown>,
) {
  const file = path.join(dir, 'bids', 'b1.json')
  const before = await fs.readFile(file)
  const prev = await ws.get('bids', 'b1')
  const err = await rejection(ws.save('bids', { ...prev, ...edit }))
  expect(err.code).toBe(code)
  expect(err.en).toContain(path.join(dir, 'bids', 'b1.json'))
  expect(await fs.readFile(file)).toEqual(before)
  expect(await tempFiles(dir)).toEqual([])
  expect(await ws.get('bids', 'b1')).toEqual(prev)
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

describe('failed saves, injected at the store fs seam', () => {
  let dir: string
  let ws: WorkspaceSession
  beforeAll(async () => {
    dir = path.join(root, `inj${seq++}`)
    ws = await createWorkspace(dir, { name: 'inject' })
    await ws.create('bids', { id: 'b1', title: '原版', notes: '原文' })
  })
  afterAll(async () => {
    await ws.close()
  })

  it('ENOSPC half-way through writing the temp file → DISK_FULL', async () => {
    const restore = setFsForTesting({
      open: (async (p: string, flags: string, mode?: number) => {
        const h = await fs.open(p, flags, mode)
        // A real full disk accepts part of the data, then fails.
        h.writeFile = async (data: string | Uint8Array) => {
          await h.write(Buffer.from(data).subarray(0, 10))
          throw errno('ENOSPC')
        }
        return h
      }) as never,
    })
    try {
      await expectFailedSave(ws, dir, 'DISK_FULL', { notes: '很长的新内容'.repeat(100) })
    } finally {
      restore()
    }
  })

  it('EDQUOT (quota) → DISK_FULL; EACCES on create → PERMISSION; EPERM on rename → PERMISSION', async () => {
    for (const [over, code] of [
      [{ open: async () => Promise.reject(errno('EDQUOT')) }, 'DISK_FULL'],
      [{ open: async () => Promise.reject(errno('EACCES')) }, 'PERMISSION'],
      [{ rename: async () => Promise.reject(errno('EPERM')) }, 'PERMISSION'],
    ] as const) {
      const restore = setFsForTesting(over as never)
      try {
        await expectFailedSave(ws, dir, code, { title: `改-${code}` })
      } finally {
        restore()
      }
    }
  })

  it('the session keeps working once the fault is gone', async () => {
    const prev = await ws.get('bids', 'b1')
    const saved = await ws.save('bids', { ...prev, title: '恢复后' })
    const again = await openWorkspace(dir, { readOnly: true })
    expect((await again.get('bids', 'b1')).title).toBe(saved.title)
    await again.close()
  })
})

describe('failed saves on a real 1 MB tmpfs', () => {
  let mnt: string
  let mounted = false
  beforeAll(async () => {
    mnt = await fs.mkdtemp(path.join(root, 'mnt-'))
    mounted = canMountTmpfs(mnt)
    if (!mounted)
      console.log(
        'disk-full: cannot mount a tmpfs here (not root?); the injected faults above cover the contract',
      )
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mnt])
  })

  it('a save larger than the free space fails with DISK_FULL, old version intact, no temp file', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'ws')
    const ws = await createWorkspace(dir, { name: 'tmpfs' })
    try {
      await ws.create('bids', { id: 'b1', title: '原版' })
      // 8 × 190 000 characters ≈ 1.5 MB of JSON: more than the whole file system.
      const requirements = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, text: 'x'.repeat(190_000) }))
      await expectFailedSave(ws, dir, 'DISK_FULL', { requirements })
    } finally {
      await ws.close()
    }
  })

  it('with the disk filled to the last pages, every save either lands completely or fails with DISK_FULL', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'ws2')
    const ws = await createWorkspace(dir, { name: 'tmpfs' })
    const filler = path.join(mnt, 'filler')
    const outcomes: string[] = []
    try {
      let doc = await ws.create('bids', { id: 'b1', title: 'n=0', notes: '填充'.repeat(500) })
      await fillDisk(filler)
      const full = (await fs.stat(filler)).size
      // Give back 0, 1, 2, … pages: the save then fails at a different step each time.
      for (let pages = 0; pages <= 8; pages++) {
        await fs.truncate(filler, Math.max(0, full - pages * 4096))
        const file = path.join(dir, 'bids', 'b1.json')
        const before = await fs.readFile(file)
        const title = `n=${pages + 1}`
        const result = await ws.save('bids', { ...doc, title }).then(
          (saved) => ({ ok: true as const, saved }),
          (e: unknown) => ({ ok: false as const, e }),
        )
        expect(await tempFiles(dir)).toEqual([])
        if (result.ok) {
          doc = result.saved
          expect(JSON.parse(await fs.readFile(file, 'utf8')).title).toBe(title)
          outcomes.push(`${pages}:saved`)
        } else {
          const e = result.e as AppError
          outcomes.push(`${pages}:${e.code ?? String(e)}`)
          expect(e).toBeInstanceOf(AppError)
          expect(e.code).toBe('DISK_FULL')
          // A save that reports failure must not have replaced the document.
          expect(await fs.readFile(file)).toEqual(before)
        }
        await fs.truncate(filler, full)
      }
      console.log(`disk-full sweep (pages freed:outcome): ${outcomes.join(' ')}`)
      expect(outcomes[0]).toBe('0:DISK_FULL')
      expect(outcomes.some((o) => o.endsWith(':saved'))).toBe(true)
    } finally {
      await ws.close().catch(() => undefined)
      await fs.rm(filler, { force: true })
    }
  })

  it('a read-only remount gives PERMISSION, old version intact', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'ws3')
    const ws = await createWorkspace(dir, { name: 'ro' })
    try {
      await ws.create('bids', { id: 'b1', title: '原版' })
      execFileSync('mount', ['-o', 'remount,ro', mnt])
      try {
        await expectFailedSave(ws, dir, 'PERMISSION', { title: '改' })
      } finally {
        execFileSync('mount', ['-o', 'remount,rw', mnt])
      }
    } finally {
      await ws.close()
    }
  })
})

describe('permission denied for a real non-root writer', () => {
  it('a writer without write access to bids/ gets PERMISSION; the document is untouched', async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip()
    const base = path.join(root, `perm${seq++}`)
    await fs.mkdir(base)
    const writer = await bundleWriter(base)
    const dir = path.join(base, 'ws')
    await makeWorkspace(dir, ['b1'])
    // nobody may traverse everything and write the lock, but not create files in bids/.
    for (const p of [root, base, dir]) await fs.chmod(p, 0o755)
    await fs.chmod(path.join(dir, '.bidbench'), 0o777)
    for (const f of await fs.readdir(path.join(dir, '.bidbench'), { recursive: true })) {
      await fs.chmod(path.join(dir, '.bidbench', f), 0o777)
    }
    await fs.chmod(writer.at(-1)!, 0o644)
    const before = await fs.readFile(path.join(dir, 'bids', 'b1.json'))
    const child = spawnWriter(writer, [dir, 'save', 'b1', '改'], { uid: 65534 })
    const line = await child.waitFor(/^(SAVED|ERR )/)
    expect(line).toMatch(/^ERR PERMISSION /)
    expect(JSON.parse(line.slice('ERR PERMISSION '.length)).en).toContain(path.join(dir, 'bids', 'b1.json'))
    expect(await fs.readFile(path.join(dir, 'bids', 'b1.json'))).toEqual(before)
    expect(await tempFiles(dir)).toEqual([])
  })

  // The list index is a cache: when only .bidbench/index is unwritable the save still succeeds (the
  // document was replaced) and the index is rebuilt on the next open.
  it('a save whose index update fails either succeeds or leaves the document untouched', async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip()
    const base = path.join(root, `perm${seq++}`)
    await fs.mkdir(base)
    const writer = await bundleWriter(base)
    const dir = path.join(base, 'ws')
    await makeWorkspace(dir, ['b1'])
    for (const p of [root, base, dir]) await fs.chmod(p, 0o755)
    // Everything writable for nobody except the list index.
    for (const sub of ['bids', '.bidbench']) {
      await fs.chmod(path.join(dir, sub), 0o777)
      for (const f of await fs.readdir(path.join(dir, sub), { recursive: true })) {
        await fs.chmod(path.join(dir, sub, f), 0o777)
      }
    }
    await fs.chmod(path.join(dir, '.bidbench', 'index'), 0o755)
    for (const f of await fs.readdir(path.join(dir, '.bidbench', 'index'))) {
      await fs.chmod(path.join(dir, '.bidbench', 'index', f), 0o644)
    }
    await fs.chmod(writer.at(-1)!, 0o644)
    const before = await fs.readFile(path.join(dir, 'bids', 'b1.json'))
    const child = spawnWriter(writer, [dir, 'save', 'b1', '改'], { uid: 65534 })
    const line = await child.waitFor(/^(SAVED|ERR )/)
    if (line !== 'SAVED') {
      expect(line).toMatch(/^ERR PERMISSION /)
      expect(await fs.readFile(path.join(dir, 'bids', 'b1.json'))).toEqual(before)
    }
  })
})
