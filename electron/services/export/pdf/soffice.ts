import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { AppError } from '@shared/errors'

/**
 * Finding LibreOffice. BIDBENCH_SOFFICE wins (a portable install, a test); then `soffice`/`libreoffice` on PATH;
 * then the places the official installers use on Linux, macOS and Windows.
 */
const KNOWN = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
]

function onPath(names: string[], env: NodeJS.ProcessEnv): string | null {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
  const exts = process.platform === 'win32' ? ['.exe', '.com', ''] : ['']
  for (const d of dirs)
    for (const n of names)
      for (const e of exts) {
        const p = path.join(d, n + e)
        if (existsSync(p)) return p
      }
  return null
}

export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const forced = env.BIDBENCH_SOFFICE
  if (forced !== undefined) return forced && existsSync(forced) ? forced : null
  return onPath(['soffice', 'libreoffice'], env) ?? KNOWN.find((p) => existsSync(p)) ?? null
}

export function requireSoffice(env: NodeJS.ProcessEnv = process.env): string {
  const found = findSoffice(env)
  if (!found) {
    throw new AppError('LIBREOFFICE_MISSING', {
      zh: '已查找 PATH、BIDBENCH_SOFFICE 及常见安装位置',
      en: 'looked on PATH, in BIDBENCH_SOFFICE and in the usual install locations',
    })
  }
  return found
}

export interface LibreOfficeInfo {
  installed: boolean
  path: string | null
  /** "LibreOffice 7.4.7.2 …" as the program prints it; null when it could not be asked. */
  version: string | null
}

let cached: Promise<LibreOfficeInfo> | null = null

/** Whether LibreOffice is installed and which version (asked once per process: it takes a second or two). */
export function libreOfficeInfo(env: NodeJS.ProcessEnv = process.env): Promise<LibreOfficeInfo> {
  if (env !== process.env) return probe(env)
  return (cached ??= probe(env))
}

function probe(env: NodeJS.ProcessEnv): Promise<LibreOfficeInfo> {
  const p = findSoffice(env)
  if (!p) return Promise.resolve({ installed: false, path: null, version: null })
  return new Promise((resolve) => {
    execFile(p, ['--version'], { timeout: 30_000, env }, (err, stdout) => {
      const line = String(stdout ?? '')
        .split('\n')
        .find((l) => /LibreOffice|OpenOffice/i.test(l))
      resolve({ installed: true, path: p, version: err && !line ? null : (line?.trim() ?? null) })
    })
  })
}
