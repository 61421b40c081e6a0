import * as fs from 'node:fs/promises'
import { DOC_KINDS, type DocKind } from '@shared/schemas'
import { isAppError } from '@shared/errors'
import type { WorkspaceSession } from './session'

export interface DoctorProblem {
  kind: DocKind | 'workspace' | 'files'
  id: string
  file: string
  severity: 'error' | 'warning'
  code: string
  message: { zh: string; en: string }
}

export interface DoctorReport {
  dir: string
  documents: number
  problems: DoctorProblem[]
}

/**
 * Validates every document of a workspace. Run on a read-only session it changes nothing: a broken
 * file that has a good generation is reported as recoverable, not silently fixed.
 */
export async function doctor(ws: WorkspaceSession): Promise<DoctorReport> {
  const problems: DoctorProblem[] = []
  let documents = 0
  const referenced = new Set<string>()
  for (const kind of DOC_KINDS) {
    for (const id of await ws.fileIds(kind)) {
      documents++
      const file = ws.paths.doc(kind, id)
      const before = ws.recoveries.length
      try {
        const doc = await ws.adapterFor(kind, id).read()
        if (doc && doc.id !== id) {
          problems.push({
            kind,
            id,
            file,
            severity: 'error',
            code: 'ID_MISMATCH',
            message: {
              zh: `文件名 ${id} 与文档 id ${doc.id} 不一致`,
              en: `file name ${id} differs from document id ${doc.id}`,
            },
          })
        }
        if (doc && kind === 'materials')
          for (const a of (doc as { attachments: { sha256: string }[] }).attachments) referenced.add(a.sha256)
      } catch (e) {
        const code = isAppError(e) ? e.code : 'IO'
        const msg = isAppError(e) ? { zh: e.zh, en: e.en } : { zh: String(e), en: String(e) }
        problems.push({ kind, id, file, severity: 'error', code, message: msg })
        continue
      }
      for (const r of ws.recoveries.slice(before)) {
        problems.push({
          kind,
          id,
          file,
          severity: 'error',
          code: 'CORRUPT_RECOVERABLE',
          message: {
            zh: `文件损坏（${r.reason}），可从历史版本 ${r.restoredFrom} 恢复`,
            en: `file is corrupt (${r.reason}); recoverable from generation ${r.restoredFrom}`,
          },
        })
      }
    }
  }
  for (const sha of referenced) {
    const ok = await fs.access(ws.paths.file(sha)).then(
      () => true,
      () => false,
    )
    if (!ok) {
      problems.push({
        kind: 'files',
        id: sha,
        file: ws.paths.file(sha),
        severity: 'error',
        code: 'MISSING_ATTACHMENT',
        message: { zh: `附件 ${sha.slice(0, 12)} 缺失`, en: `attachment ${sha.slice(0, 12)} is missing` },
      })
    }
  }
  return { dir: ws.dir, documents, problems }
}
