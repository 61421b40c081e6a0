/**
 * Issue 18, finding 2: repairing a damaged document on a full disk used to move the damaged file aside first and
 * then fail to write the good version — the bid vanished while the error said "the previous version is intact".
 * Now the good version is written first; any failure leaves the workspace byte for byte as it was and says so
 * (RECOVERY_FAILED, with the cause), and the repair succeeds once space is back. Injected at the store's fs seam
 * everywhere, and on a real 1 MB tmpfs where this machine allows mounting one.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkspace, doctor, openWorkspace } from '@services/store'
import { setFsForTesting } from '@services/store/fsio'
import { AppError } from '@shared/errors'
import { canMountTmpfs, fastTmpDir, fillDisk, rejection, tempFiles } from './helpers'

let root: string
let seq = 0
beforeAll(async () => {
  root = await fastTmpDir('bb-recover-')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

/** Every file below dir (relative path → bytes), to prove nothing changed. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const p = path.join(e.parentPath ?? e.path, e.name)
    if (p.includes(`${path.sep}index${path.sep}`) || p.endsWith('lock.json')) continue
    out.set(path.relative(dir, p), (await fs.readFile(p)).toString('base64'))
  }
  return out
}

async function damagedWorkspace(dir: string, notes = '原文') {
  const ws = await createWorkspace(dir, { name: 'recover' })
  await ws.create('bids', { id: 'b1', title: 'v1', notes })
  const last = await ws.save('bids', { ...(await ws.get('bids', 'b1')), title: 'v2' })
  await ws.close()
  const file = path.join(dir, 'bids', 'b1.json')
  await fs.writeFile(file, '{"id": "b1", "title": "半截')
  return { file, last }
}

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

describe('recover() on a disk that refuses writes (injected)', () => {
  for (const [code, cause] of [
    ['ENOSPC', 'DISK_FULL'],
    ['EACCES', 'PERMISSION'],
  ] as const) {
    it(`${code} while writing the good version: nothing changes, the error says so, and a later open repairs`, async () => {
      const dir = path.join(root, `inj${seq++}`)
      const { file, last } = await damagedWorkspace(dir)
      const before = await snapshot(dir)
      const restore = setFsForTesting({ open: async () => Promise.reject(errno(code)) })
      let err: AppError
      try {
        const ws = await openWorkspace(dir)
        err = await rejection(ws.get('bids', 'b1'))
        await ws.close()
      } finally {
        restore()
      }
      expect(err.code).toBe('RECOVERY_FAILED')
      expect((err.details as { cause: string }).cause).toBe(cause)
      expect(err.zh).toContain('工作区未作任何改动')
      expect(err.zh).toContain('bids/b1.json 仍是原来损坏的文件')
      expect(err.en).toContain('bids/b1.json is still the damaged file as it was')
      expect(await snapshot(dir)).toEqual(before)
      expect(await tempFiles(dir)).toEqual([])

      const ro = await openWorkspace(dir, { readOnly: true })
      const report = await doctor(ro)
      await ro.close()
      expect(report.problems.map((p) => `${p.code} ${p.kind}/${p.id}`)).toEqual([
        'CORRUPT_RECOVERABLE bids/b1',
      ])

      const ws = await openWorkspace(dir)
      expect(await ws.get('bids', 'b1')).toEqual(last)
      expect(ws.list('bids').map((e) => e.id)).toEqual(['b1'])
      await ws.close()
      expect(JSON.parse(await fs.readFile(file, 'utf8')).title).toBe('v2')
    })
  }

  it('a failing hard link falls back to a flushed copy of the damaged bytes', async () => {
    const dir = path.join(root, `inj${seq++}`)
    const { file, last } = await damagedWorkspace(dir)
    const damaged = await fs.readFile(file)
    const restore = setFsForTesting({ link: async () => Promise.reject(errno('EPERM')) })
    try {
      const ws = await openWorkspace(dir)
      expect(await ws.get('bids', 'b1')).toEqual(last)
      const aside = ws.recoveries[0].movedAsideTo!
      await ws.close()
      expect(await fs.readFile(aside)).toEqual(damaged)
    } finally {
      restore()
    }
  })
})

describe('recover() on a real full 1 MB tmpfs', () => {
  let mnt: string
  let mounted = false
  beforeAll(async () => {
    mnt = await fs.mkdtemp(path.join(root, 'mnt-'))
    mounted = canMountTmpfs(mnt)
    if (!mounted)
      console.log('recover-disk-full: cannot mount a tmpfs here (not root?); injected faults cover it')
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mnt])
  })

  it('fails with RECOVERY_FAILED (DISK_FULL), leaves every byte, and repairs once space is freed', async (ctx) => {
    if (!mounted) return ctx.skip()
    const dir = path.join(mnt, 'ws')
    const { file, last } = await damagedWorkspace(dir, '填充'.repeat(20_000))
    // Opened before the disk fills (the lock needs a page); the damaged document is read only afterwards.
    const ws = await openWorkspace(dir)
    const filler = path.join(mnt, 'filler')
    await fillDisk(filler)
    const before = await snapshot(dir)
    const err = await rejection(ws.get('bids', 'b1'))
    await ws.close()
    expect(err.code).toBe('RECOVERY_FAILED')
    expect((err.details as { cause: string }).cause).toBe('DISK_FULL')
    expect(await snapshot(dir)).toEqual(before)
    expect(await tempFiles(dir)).toEqual([])

    await fs.rm(filler)
    const again = await openWorkspace(dir)
    expect(await again.get('bids', 'b1')).toEqual(last)
    await again.close()
    expect(JSON.parse(await fs.readFile(file, 'utf8')).title).toBe('v2')
    const ro = await openWorkspace(dir, { readOnly: true })
    expect((await doctor(ro)).problems).toEqual([])
    await ro.close()
  })
})
