import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import type { MethodName } from '@shared/contract'

/**
 * What the CLI/API parity tests share: the CLI through its real entry (cli-fixture's `cli`), the API through dispatch
 * as the desktop window and the browser mode call it, and the comparisons of written files.
 */
export { cli } from './cli-fixture'

export async function api<T>(ctx: AppContext, method: MethodName, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en}`)
  return r.value as T
}

/** The error a method answers with (code and details), failing the test when it succeeds. */
export async function apiFailure(ctx: AppContext, method: MethodName, input: unknown) {
  const r = await dispatch(ctx, method, input)
  if (r.ok) throw new Error(`${method} succeeded`)
  return r.error
}

export async function apiError(ctx: AppContext, method: MethodName, input: unknown): Promise<string> {
  return (await apiFailure(ctx, method, input)).code
}

/** The CLI prints `CODE: 中文\nEnglish` on stderr for an application error. */
export const cliErrorCode = (stderr: string) => /^([A-Z_]+):/.exec(stderr)?.[1]

/** Cell values of every sheet (the packages carry creation times, so bytes are not compared). */
export async function cells(file: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(file as unknown as ArrayBuffer)
  return wb.worksheets.map((s) => s.getSheetValues().map((r) => (Array.isArray(r) ? r : [])))
}

/** The body of a Word file; drawing ids come from a counter of the docx library that runs on per process. */
export const wordBody = async (file: Buffer) =>
  (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string')).replace(
    /<wp:docPr id="\d+"/g,
    '<wp:docPr id=""',
  )

/**
 * The sample workspace both sides answer on, made once per file: `dir` (a temp folder), `ws` inside it, `ctx`
 * (the API's context with it open read-only, as the browser mode would have it), and api/apiError/apiFailure
 * bound to that context. Read them inside tests: they are set in beforeAll.
 */
export function useSampleWorkspace(prefix: string) {
  const s = {
    dir: '',
    ws: '',
    ctx: null as unknown as AppContext,
    api: <T>(method: MethodName, input: unknown) => api<T>(s.ctx, method, input),
    apiError: (method: MethodName, input: unknown) => apiError(s.ctx, method, input),
    apiFailure: (method: MethodName, input: unknown) => apiFailure(s.ctx, method, input),
  }
  beforeAll(async () => {
    s.dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
    s.ws = path.join(s.dir, 'ws')
    const w = await createWorkspace(s.ws, { name: '示例工作区' })
    await writeDemoData(w)
    await w.close()
    s.ctx = new AppContext('http', path.join(s.dir, 'home'))
    await s.ctx.open(s.ws, true)
  }, 300_000) // the sample workspace is fsync-bound: slow on a loaded machine
  afterAll(async () => {
    await s.ctx.close()
    await fs.rm(s.dir, { recursive: true, force: true })
  })
  return s
}
