/**
 * Issue 18, finding 1: each crafted file that got past the regex guard, built by test/fixtures/hostile/build.ts,
 * is now refused by the guard (which parses like the importer) — in-process and through the import worker —
 * while the normal workbook it was made from still imports.
 */
import { describe, expect, it } from 'vitest'
import { guardOfficeZip } from '@services/import/guard'
import { runImport } from '@services/import/run-import'
import { AppError } from '@shared/errors'
import { HOSTILE, hugeDocumentDocx, normalXlsx } from '../fixtures/hostile/build'

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected a refusal')
}

describe('crafted files that bypassed the regex guard', () => {
  it('the normal workbook they are made from passes and imports', async () => {
    const buf = await normalXlsx()
    expect(buf.length).toBeLessThan(10_000)
    expect(() => guardOfficeZip(buf)).not.toThrow()
    const r = await runImport('requirements-xlsx', buf, {})
    expect(r.requirements).toHaveLength(60)
  })

  it.each(HOSTILE.map((h) => [h.name, h] as const))('%s is refused', async (_name, h) => {
    const buf = await h.build()
    expect(buf.length).toBeLessThan(20_000)
    const e = refusal(() => guardOfficeZip(buf))
    expect(e.code).toBe('IMPORT_REJECTED')
    expect((e.details as { reason: string }).reason, `${h.name}: ${e.en}`).toBe(h.reason)
    expect(e.zh).toMatch(/^导入的文件不安全或无法识别：/)
  })

  it('the same files are refused by the importers in the worker, with the same reason', async () => {
    for (const h of HOSTILE.filter((x) => x.name.endsWith('.xlsx')).slice(0, 3)) {
      const err = await runImport('requirements-xlsx', await h.build(), {}).then(
        () => null,
        (e: unknown) => e as AppError,
      )
      expect(err?.code, h.name).toBe('IMPORT_REJECTED')
      expect((err?.details as { reason: string }).reason).toBe(h.reason)
    }
    const docx = HOSTILE.find((h) => h.name === 'deep-nesting.docx')!
    const err = await runImport('buyer-form-scan', await docx.build(), { values: {} }).then(
      () => null,
      (e: unknown) => e as AppError,
    )
    expect((err?.details as { reason: string }).reason).toBe('PART_TOO_LARGE')
  })

  it('a 120 MB document.xml is refused from the zip directory, before it is inflated', async () => {
    const buf = await hugeDocumentDocx(120)
    const e = refusal(() => guardOfficeZip(buf))
    expect((e.details as { reason: string }).reason).toMatch(/ENTRY_TOO_LARGE|RATIO/)
    expect(e.en).toContain('word/document.xml')
  })
})
