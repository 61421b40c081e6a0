import { spawn } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppError } from '@shared/errors'
import { MACRO_URL } from './macro'
import { makeProfile } from './profile'
import { requireSoffice } from './soffice'

export interface MacroResult {
  pdf: Buffer
  /** Contents entries in document order: the bookmark each links to and the page written after it. */
  toc: { bookmark: string; page: number }[]
  /** Page-reference fields (PAGEREF to a bookmark) and the number LibreOffice shows for each. */
  refs: { bookmark: string; shown: string }[]
  /** The numbers written did not move anything (the last layout round changed nothing). */
  stable: boolean
  passes: number
}

export interface RunOptions {
  signal?: AbortSignal
  /** Default: 60 s plus 1 s per 20 KB of .docx, at most 30 minutes (BIDBENCH_SOFFICE_TIMEOUT_MS overrides). */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
}

function defaultTimeout(bytes: number, env: NodeJS.ProcessEnv): number {
  const forced = Number(env.BIDBENCH_SOFFICE_TIMEOUT_MS)
  if (forced > 0) return forced
  return Math.min(30 * 60_000, 60_000 + Math.ceil(bytes / 20_000) * 1000)
}

function failed(zh: string, en: string, details?: unknown): AppError {
  return new AppError('LIBREOFFICE_FAILED', { zh, en }, details)
}

export function parseMacroResult(text: string): Omit<MacroResult, 'pdf'> {
  const lines = text.split('\n').filter((l) => l !== '')
  if (lines[0]?.startsWith('error')) {
    const [, code, message] = lines[0].split('\t')
    throw failed(`宏执行出错（${code}：${message}）`, `the macro failed (${code}: ${message})`)
  }
  if (lines[0] !== 'ok') throw failed('结果文件不完整', 'the result file is incomplete')
  const out: Omit<MacroResult, 'pdf'> = { toc: [], refs: [], stable: false, passes: 0 }
  for (const l of lines.slice(1)) {
    const [kind, a, b] = l.split('\t')
    if (kind === 'passes') out.passes = Number(a)
    else if (kind === 'stable') out.stable = a === '1'
    else if (kind === 'toc') out.toc.push({ bookmark: a, page: Number(b) })
    else if (kind === 'ref') out.refs.push({ bookmark: a, shown: b ?? '' })
  }
  return out
}

/** Kills LibreOffice and everything it started (soffice is a launcher for soffice.bin). */
function killTree(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    if (process.platform === 'win32')
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    else process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * Renders a .docx to PDF through LibreOffice headless with the page-number macro: its own temp profile, no window,
 * a time limit, cancellable. The temp folder is removed whatever happens.
 */
export async function runPageMacro(docx: Uint8Array, opts: RunOptions = {}): Promise<MacroResult> {
  const env = opts.env ?? process.env
  const soffice = requireSoffice(env)
  if (opts.signal?.aborted) throw new AppError('CANCELLED', { zh: '导出已取消', en: 'export cancelled' })
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-pdf-'))
  try {
    const input = path.join(tmp, 'document.docx')
    const output = path.join(tmp, 'document.pdf')
    const result = path.join(tmp, 'result.txt')
    await fs.writeFile(input, docx)
    const profile = await makeProfile(path.join(tmp, 'profile'), env)
    await fs.writeFile(profile.jobFile, [input, output, result].map((p) => pathToFileURL(p).href).join('\n'))
    const args = [
      profile.installationArg,
      '--headless',
      '--invisible',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      MACRO_URL,
    ]
    const timeoutMs = opts.timeoutMs ?? defaultTimeout(docx.byteLength, env)
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, args, {
        env: profile.env,
        cwd: tmp,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'ignore', 'pipe'],
        windowsHide: true,
      })
      let stderr = ''
      child.stderr?.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-4000)
      })
      let settled = false
      const finish = (e?: Error) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        opts.signal?.removeEventListener('abort', onAbort)
        if (e) reject(e)
        else resolve()
      }
      const timer = setTimeout(() => {
        killTree(child.pid)
        finish(
          failed(
            `LibreOffice 在 ${Math.round(timeoutMs / 1000)} 秒内未完成，已终止`,
            `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
          ),
        )
      }, timeoutMs)
      const onAbort = () => {
        killTree(child.pid)
        finish(
          new AppError('CANCELLED', {
            zh: '导出已取消，未生成文件',
            en: 'export cancelled; no file written',
          }),
        )
      }
      opts.signal?.addEventListener('abort', onAbort)
      child.on('error', (e) =>
        finish(failed(`无法启动 ${soffice}：${e.message}`, `cannot start ${soffice}: ${e.message}`)),
      )
      child.on('exit', (code, sig) => {
        if (code === 0) return finish()
        const why = sig ? `signal ${sig}` : `exit code ${code}`
        finish(failed(`LibreOffice 异常退出（${why}）`, `LibreOffice exited abnormally (${why})`, { stderr }))
      })
    })
    const text = await fs.readFile(result, 'utf8').catch(() => null)
    if (text === null)
      throw failed(
        'LibreOffice 未执行页码宏（没有结果文件）',
        'LibreOffice did not run the page-number macro (no result file)',
      )
    const parsed = parseMacroResult(text)
    const pdf = await fs.readFile(output).catch(() => null)
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw failed('LibreOffice 没有生成 PDF', 'LibreOffice produced no PDF')
    return { pdf, ...parsed }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined)
  }
}
