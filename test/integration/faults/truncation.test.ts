/**
 * Truncation of a document at random byte offsets (issue 8), as a fast-check property: reopening
 * always recovers the newest generation that is still intact, reports it, and keeps the damaged
 * bytes aside; with no intact generation it refuses (CORRUPT) rather than inventing a document.
 */
import fc from 'fast-check'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { createWorkspace, openWorkspace } from '@services/store'
import type { Bid } from '@shared/schemas'
import { fastTmpDir } from './helpers'

let root: string
let seq = 0
beforeAll(async () => {
  root = await fastTmpDir('bb-trunc-')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

/** A workspace with one bid saved `saves` times (the create counts as the first); returns every version. */
async function history(saves: number): Promise<{ dir: string; file: string; versions: Bid[] }> {
  const dir = path.join(root, `w${seq++}`)
  const ws = await createWorkspace(dir, { name: 'trunc' })
  const versions: Bid[] = [await ws.create('bids', { id: 'b1', title: 'v1', notes: '初始' })]
  for (let i = 2; i <= saves; i++) {
    versions.push(await ws.save('bids', { ...versions[i - 2], title: `v${i}`, notes: `第${i}版 `.repeat(i) }))
  }
  await ws.close()
  return { dir, file: path.join(dir, 'bids', 'b1.json'), versions }
}

/** JSON with sorted keys, so a document compares equal whatever order its keys were written in. */
function canon(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  )
}

/**
 * Independent oracle: the newest saved version that some generation file still holds intact.
 * It looks only at file contents, so it does not depend on how the store names or links generations.
 */
async function newestIntact(dir: string, versions: Bid[]): Promise<Bid | null> {
  const genDir = path.join(dir, '.bidbench', 'generations', 'bids', 'b1')
  const held = new Set<string>()
  for (const name of await fs.readdir(genDir).catch(() => [] as string[])) {
    try {
      held.add(canon(JSON.parse(await fs.readFile(path.join(genDir, name), 'utf8'))))
    } catch {
      /* a damaged generation holds nothing */
    }
  }
  for (let i = versions.length - 1; i >= 0; i--) {
    if (held.has(canon(versions[i]))) return versions[i]
  }
  return null
}

type Mode = 'replace' | 'in-place'

/** Damages the file: 'replace' writes a truncated copy as a new file (sync tools, foreign writers); 'in-place' truncates the inode. */
async function damage(file: string, offset: number, mode: Mode): Promise<Buffer> {
  const bytes = await fs.readFile(file)
  const cut = bytes.subarray(0, offset)
  if (mode === 'in-place') await fs.truncate(file, offset)
  else {
    await fs.unlink(file)
    await fs.writeFile(file, cut)
  }
  return Buffer.from(cut)
}

async function expectRecovered(dir: string, file: string, cut: Buffer, expected: Bid | null): Promise<void> {
  // Read-only first: it must report and serve the good version without touching a byte.
  const ro = await openWorkspace(dir, { readOnly: true })
  try {
    if (!expected) {
      const err = await ro.get('bids', 'b1').then(
        () => null,
        (e: unknown) => e,
      )
      expect(err).toBeInstanceOf(AppError)
      expect((err as AppError).code).toBe('CORRUPT')
      expect(await fs.readFile(file)).toEqual(cut)
      return
    }
    expect(await ro.get('bids', 'b1')).toEqual(expected)
    expect(ro.recoveries).toHaveLength(1)
    expect(ro.recoveries[0].movedAsideTo).toBeNull()
    expect(await fs.readFile(file)).toEqual(cut)
  } finally {
    await ro.close()
  }
  const rw = await openWorkspace(dir)
  try {
    expect(await rw.get('bids', 'b1')).toEqual(expected)
    const [event] = rw.recoveries
    expect(rw.recoveries).toHaveLength(1)
    expect(event.reason).toMatch(/^(JSON|schema|not a JSON object)/)
    expect(event.restoredFrom).toContain(path.join('.bidbench', 'generations', 'bids', 'b1'))
    // The damaged bytes are kept, not destroyed.
    expect(await fs.readFile(event.movedAsideTo!)).toEqual(cut)
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)))
  } finally {
    await rw.close()
  }
  const again = await openWorkspace(dir, { readOnly: true })
  expect(again.recoveries).toEqual([])
  await again.close()
}

describe('truncated documents', () => {
  it('always recover to the newest intact generation, reported, damaged bytes kept (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.constantFrom<Mode>('replace', 'in-place'),
        async (saves, at, mode) => {
          const { dir, file, versions } = await history(saves)
          const size = (await fs.stat(file)).size
          const offset = Math.floor(at * size)
          const cut = await damage(file, offset, mode)
          const latest = versions[versions.length - 1]
          if (offset === size - 1) {
            // Only the trailing newline is gone: still the same valid document, nothing to recover.
            const ws = await openWorkspace(dir, { readOnly: true })
            expect(await ws.get('bids', 'b1')).toEqual(latest)
            expect(ws.recoveries).toEqual([])
            await ws.close()
            return
          }
          const expected = await newestIntact(dir, versions)
          // Generations are independent copies, so whether the file was replaced or damaged in place, every
          // generation is intact and the last acknowledged save must come back.
          expect(expected).toEqual(latest)
          await expectRecovered(dir, file, cut, expected)
        },
      ),
      { numRuns: 60, seed: 20251127, endOnFailure: true },
    )
  })

  it('refuses with CORRUPT, changing nothing, when no generation is intact', async () => {
    const { dir, file } = await history(1)
    await fs.rm(path.join(dir, '.bidbench', 'generations'), { recursive: true })
    const cut = await damage(file, 10, 'replace')
    await expectRecovered(dir, file, cut, null)
  })

  // Issue 18, finding 4: generations used to be hard links to the document, so damage written INTO the file
  // reached the newest generation too. They are copies now: in-place damage leaves the last save recoverable.
  it('in-place truncation recovers the last acknowledged version, not the one before', async () => {
    const { dir, file, versions } = await history(3)
    await damage(file, 50, 'in-place')
    const ws = await openWorkspace(dir, { readOnly: true })
    try {
      expect(await ws.get('bids', 'b1')).toEqual(versions[2])
      expect(ws.recoveries).toHaveLength(1)
    } finally {
      await ws.close()
    }
  })

  it('a document saved once and then truncated in place is recovered and stays in the list', async () => {
    const { dir, file, versions } = await history(1)
    const cut = await damage(file, 0, 'in-place')
    await expectRecovered(dir, file, cut, versions[0])
    const ws = await openWorkspace(dir, { readOnly: true })
    try {
      expect(ws.list('bids').map((e) => e.id)).toEqual(['b1'])
    } finally {
      await ws.close()
    }
  })

  it('no generation shares its inode with the live document', async () => {
    const { dir, file } = await history(4)
    const live = await fs.stat(file)
    const genDir = path.join(dir, '.bidbench', 'generations', 'bids', 'b1')
    for (const name of await fs.readdir(genDir)) {
      const st = await fs.stat(path.join(genDir, name))
      expect(st.ino, name).not.toBe(live.ino)
      expect(st.nlink, name).toBe(1)
    }
  })

  // Generations are named by the document's updatedAt, which the store keeps strictly increasing, so a
  // clock stepping back (NTP, a resumed VM, a user fixing the date) cannot reorder them.
  it('recovers the last save even after the system clock stepped back', async () => {
    const dir = path.join(root, `w${seq++}`)
    const t0 = Date.now()
    vi.useFakeTimers({ toFake: ['Date'] })
    let last: Bid
    try {
      vi.setSystemTime(t0)
      const ws = await createWorkspace(dir, { name: 'clock' })
      last = await ws.create('bids', { id: 'b1', title: 'v1' })
      for (let i = 2; i <= 6; i++) {
        // Three saves a second apart, then the clock goes back an hour for the next three.
        vi.setSystemTime(i <= 3 ? t0 + i * 1000 : t0 - 3_600_000 + i * 1000)
        last = await ws.save('bids', { ...last, title: `v${i}` })
      }
      await ws.close()
    } finally {
      vi.useRealTimers()
    }
    const file = path.join(dir, 'bids', 'b1.json')
    await damage(file, 20, 'replace')
    const ws = await openWorkspace(dir, { readOnly: true })
    try {
      expect((await ws.get('bids', 'b1')).title).toBe(last.title)
    } finally {
      await ws.close()
    }
  })
})
