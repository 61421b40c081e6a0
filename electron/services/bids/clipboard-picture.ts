import { lstat, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { AppError } from '@shared/errors'
import type { Attachment } from '@shared/schemas'
import { clipboardPicturePath, pictureName } from '@shared/domain/sections/paste-pictures'
import { sniffImage } from '../export/docx/images'
import type { WorkspaceSession } from '../store'

/** As files.put: a picture larger than this is refused (the section editor says so). */
const MAX_BYTES = 40 * 1024 * 1024
const MIME = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' } as const

/**
 * Paste from Word: a picture of the pasted HTML is a file in Word's (or WPS's) clipboard folder on this machine.
 * It is read here and stored once by hash in the workspace, like an inserted picture. Only files in those clipboard
 * folders, only regular files, only PNG/JPEG/GIF/BMP by their bytes: a paste cannot make the app read anything else.
 */
export async function storeClipboardPicture(
  ws: WorkspaceSession,
  input: { url: string },
): Promise<Attachment> {
  const refuse = (zh: string, en: string) => new AppError('IMPORT_REJECTED', { zh, en })
  if (clipboardPicturePath(input.url) === null)
    throw refuse(
      '只能读取 Word/WPS 剪贴板文件夹中的图片',
      'only pictures in the Word/WPS clipboard folder are read',
    )
  let file: string
  try {
    file = fileURLToPath(input.url)
  } catch {
    throw refuse('图片路径不属于本机', 'the picture path is not one of this machine')
  }
  const st = await lstat(file).catch(() => null)
  if (!st)
    throw new AppError('IO', { zh: '剪贴板中的图片文件已不存在', en: 'the clipboard picture file is gone' })
  if (!st.isFile()) throw new AppError('UNSAFE_FILE')
  if (st.size > MAX_BYTES) throw refuse('图片超过 40 MB', 'the picture is over 40 MB')
  const data = await readFile(file)
  const info = sniffImage(data)
  if (!info) throw refuse('不是 PNG/JPEG/GIF/BMP 图片', 'not a PNG/JPEG/GIF/BMP picture')
  return ws.putFile(data, pictureName(input.url), MIME[info.type])
}
