import { createHash } from 'node:crypto'
import { AppError } from '@shared/errors'
import type { Attachment } from '@shared/schemas'
import { entryKind, mkdirp, readRegularFile, unsafeFile, writeFileDurable } from './fsio'
import type { WorkspacePaths } from './paths'

/** Attachments are stored once, by content hash. A file already there is kept only if it is the right bytes. */
export async function putAttachment(
  paths: WorkspacePaths,
  data: Uint8Array,
  name: string,
  mime: string,
): Promise<Attachment> {
  const sha256 = createHash('sha256').update(data).digest('hex')
  const there = await readAttachment(paths, sha256).then(
    () => true,
    () => false,
  )
  if (!there) {
    // Absent, damaged, or a link planted under the hash's name: the rename replaces it with the real bytes.
    await mkdirp(paths.files())
    await writeFileDurable(paths.file(sha256), data)
  }
  return { sha256, name, mime, size: data.byteLength }
}

/**
 * An attachment's bytes, verified: only a regular file under files/ (never a symbolic link) whose bytes hash to
 * its name is served; a mismatch is CORRUPT (reason HASH_MISMATCH) and doctor reports it.
 */
export async function readAttachment(paths: WorkspacePaths, sha256: string): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('NOT_FOUND', { zh: sha256, en: sha256 })
  const shown = `files/${sha256.slice(0, 12)}…`
  if ((await entryKind(paths.files())) === 'link') throw unsafeFile('files/')
  let data: Buffer
  try {
    data = await readRegularFile(paths.file(sha256), shown)
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('NOT_FOUND', {
      zh: `附件 ${sha256.slice(0, 12)}`,
      en: `attachment ${sha256.slice(0, 12)}`,
    })
  }
  if (createHash('sha256').update(data).digest('hex') !== sha256) {
    throw new AppError(
      'CORRUPT',
      {
        zh: `附件 ${shown} 的内容与其 SHA-256 不符（文件被改动或损坏）`,
        en: `attachment ${shown} does not match its SHA-256 (the file was altered or damaged)`,
      },
      { reason: 'HASH_MISMATCH', sha256 },
    )
  }
  return data
}
