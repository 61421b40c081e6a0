/**
 * Workspace-store metrics: save cost vs workspace size, bytes written per save, and opening a big
 * workspace vs reading its index. Also the contrast the design argues from: the same edit through a
 * single-file lowdb store that holds every bid.
 */
import { readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { createWorkspace, openWorkspace, type WorkspaceSession } from '@services/store'
import { stableStringify } from '@services/store/fsio'
import type { Bid } from '@shared/schemas'
import { fillerBid, makeBid } from './data'
import { median, rawTimes, round, sideBySide, type Metric } from './harness'

export const BIG = 2000
export const SMALL = 10
const EDITED = 'bid-edited'

/** The bid every save metric edits: a mid-size tender response (~300 requirements, 30 sections). */
export function editedBid(): Bid {
  return makeBid({ id: EDITED, requirements: 300, sections: 30, sectionChars: 1500, quoteItems: 40, seed: 7 })
}

/**
 * A workspace of `n` bids: created through the store, filled by writing the documents exactly as the
 * store writes them (writing 2,000 through durable saves would only time the disk), then opened once
 * so the store rebuilds and caches its list index from the documents.
 */
export async function buildWorkspace(dir: string, n: number): Promise<void> {
  const ws = await createWorkspace(dir, { name: `bench ${n}` })
  await ws.close()
  const bids = path.join(dir, 'bids')
  await fs.writeFile(path.join(bids, `${EDITED}.json`), stableStringify(editedBid()))
  for (const b of fillerBids().slice(0, n - 1)) {
    await fs.writeFile(path.join(bids, `${b.id}.json`), stableStringify(b))
  }
  const again = await openWorkspace(dir)
  if (again.list('bids').length !== n)
    throw new Error(`workspace of ${n}: index lists ${again.list('bids').length}`)
  await again.close()
}

let fillers: Bid[] | null = null
/** The filler bids of the big workspace, built once (the lowdb contrast holds the same ones). */
function fillerBids(): Bid[] {
  fillers ??= Array.from({ length: BIG - 1 }, (_, i) => fillerBid(i + 1))
  return fillers
}

let editNo = 0
async function saveOneEdit(ws: WorkspaceSession): Promise<void> {
  const doc = await ws.get('bids', EDITED)
  await ws.save('bids', { ...doc, notes: `修改 ${++editNo}` })
}

/**
 * Bytes this process handed to write(2)/pwrite(2) (`wchar` of /proc/self/io). Every byte the store
 * writes for a save goes through those calls in this process (libuv's pool threads count too): the
 * document and its generation, an independent copy (so ~2×), plus the index log line. Null where /proc is not available.
 */
export function bytesWritten(): number | null {
  try {
    return Number(/^wchar:\s*(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1])
  } catch {
    return null
  }
}

export async function saveScaling(root: string, reps: number): Promise<Metric> {
  const big = await openWorkspace(path.join(root, 'ws-big'))
  const small = await openWorkspace(path.join(root, 'ws-small'))
  try {
    const r = await sideBySide(
      () => saveOneEdit(big),
      () => saveOneEdit(small),
      reps,
      2,
    )
    return {
      name: 'save_scaling',
      ratio: round(r.ratio),
      target: 1.5,
      raw: { ...rawTimes(r, `save${BIG}`, `save${SMALL}`), bids: [BIG, SMALL] },
      available: true,
    }
  } finally {
    await big.close()
    await small.close()
  }
}

/** Bytes written per edit ÷ size of the edited document, plus the same edit through one lowdb file. */
export async function saveWriteAmplification(root: string, reps: number): Promise<Metric> {
  if (bytesWritten() === null) {
    return {
      name: 'save_write_amplification',
      ratio: null,
      target: 2.1,
      raw: { reason: '/proc/self/io is not available on this system' },
      available: false,
    }
  }
  const ws = await openWorkspace(path.join(root, 'ws-big'))
  const perEdit: number[] = []
  const ms: number[] = []
  try {
    await saveOneEdit(ws)
    for (let i = 0; i < reps; i++) {
      const w0 = bytesWritten()!
      const t0 = performance.now()
      await saveOneEdit(ws)
      ms.push(performance.now() - t0)
      perEdit.push(bytesWritten()! - w0)
    }
  } finally {
    await ws.close()
  }
  const docBytes = (await fs.stat(path.join(root, 'ws-big', 'bids', `${EDITED}.json`))).size
  // The contrast rewrites ~19 MB per edit: a few repetitions show the order of magnitude.
  const lowdb = await lowdbContrast(root, 5)
  const bytes = median(perEdit)
  return {
    name: 'save_write_amplification',
    ratio: round(bytes / docBytes, 3),
    target: 2.1,
    raw: {
      method: 'Δ wchar of /proc/self/io around one ws.save (all write(2) bytes of the process)',
      bytesPerEdit: bytes,
      documentBytes: docBytes,
      saveMedianMs: round(median(ms), 3),
      lowdbSingleFile: lowdb,
    },
    available: true,
  }
}

/** The same edit in a lowdb JSONFile holding all bids of the big workspace: the whole file is rewritten. */
async function lowdbContrast(root: string, reps: number): Promise<Record<string, unknown>> {
  const file = path.join(root, 'lowdb-all.json')
  const bids: Bid[] = [editedBid(), ...fillerBids()]
  const db = new Low<{ bids: Bid[] }>(new JSONFile(file), { bids })
  await db.write()
  const perEdit: number[] = []
  const ms: number[] = []
  for (let i = 0; i < reps; i++) {
    const w0 = bytesWritten()!
    const t0 = performance.now()
    db.data.bids[0] = { ...db.data.bids[0], notes: `修改 ${i}` }
    await db.write()
    ms.push(performance.now() - t0)
    perEdit.push(bytesWritten()! - w0)
  }
  const docBytes = Buffer.byteLength(JSON.stringify(db.data.bids[0], null, 2))
  return {
    bytesPerEdit: median(perEdit),
    fileBytes: (await fs.stat(file)).size,
    amplification: round(median(perEdit) / docBytes, 1),
    saveMedianMs: round(median(ms), 3),
    note: 'lowdb JSONFile (steno): no fsync, whole file rewritten per edit',
  }
}

export async function openWorkspaceMetric(root: string, reps: number): Promise<Metric> {
  const dir = path.join(root, 'ws-big')
  const indexFile = path.join(dir, '.bidbench', 'index', 'bids.json')
  let listed = 0
  const r = await sideBySide(
    async () => {
      const ws = await openWorkspace(dir, { readOnly: true })
      listed = ws.list('bids').length
      await ws.close()
    },
    async () => JSON.parse(await fs.readFile(indexFile, 'utf8')),
    reps,
    1,
  )
  if (listed !== BIG) throw new Error(`open listed ${listed} bids, expected ${BIG}`)
  return {
    name: 'open_workspace',
    ratio: round(r.ratio),
    target: 3,
    raw: {
      ...rawTimes(r, 'openToList', 'readIndex'),
      bids: BIG,
      indexBytes: (await fs.stat(indexFile)).size,
    },
    available: true,
  }
}
