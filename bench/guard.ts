/**
 * guard_refusal: how fast the import guard says no. Each crafted file of the guard's tests (HOSTILE, an honest
 * zip bomb, a value at XFD1048576) refused by assertSafeOfficeZip, per file, ÷ the guard passing a normal
 * workbook of the same family. The unit tests assert only that each is refused and why (no timed assertions).
 */
import { AppError } from '@shared/errors'
import { assertSafeOfficeZip } from '@services/import/guard'
import { HOSTILE, normalXlsx } from '@test/fixtures/hostile/build'
import { buildZip, CONTENT_TYPES } from '@test/unit/zip-fixture'
import { round, sideBySide, rawTimes, type Metric } from './harness'

/** A crafted file costs the guard no more than a normal one it lets through. */
export const GUARD_REFUSAL_TARGET = 1

async function crafted(): Promise<{ name: string; buf: Buffer }[]> {
  const files = await Promise.all(HOSTILE.map(async (h) => ({ name: h.name, buf: await h.build() })))
  const bomb = buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/sharedStrings.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x20) },
  ])
  return [...files, { name: 'zip-bomb-50MB.xlsx', buf: bomb }]
}

function refuse(files: { name: string; buf: Buffer }[]): void {
  for (const f of files) {
    try {
      assertSafeOfficeZip(f.buf)
    } catch (e) {
      if (e instanceof AppError && e.code === 'IMPORT_REJECTED') continue
      throw e
    }
    throw new Error(`the guard passed the crafted ${f.name}`)
  }
}

export async function guardRefusal(reps: number): Promise<Metric> {
  const files = await crafted()
  const normal = await normalXlsx()
  const r = await sideBySide(
    async () => refuse(files),
    async () => {
      for (let i = 0; i < files.length; i++) assertSafeOfficeZip(normal)
    },
    reps,
    1,
  )
  return {
    name: 'guard_refusal',
    ratio: round(r.ratio),
    target: GUARD_REFUSAL_TARGET,
    raw: { ...rawTimes(r, 'refuseCrafted', 'passNormal'), files: files.length, normalBytes: normal.length },
    available: true,
  }
}
