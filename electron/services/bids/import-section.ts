import { chapterHtml, type ImportedChapter } from '@shared/domain/sections/import-html'
import type { WorkspaceSession } from '../store'
import { runImport } from '../import/run-import'

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
}

/**
 * Word in: a .docx chapter read in the import worker (behind the import guard), its pictures stored once by hash
 * in the workspace, and its structure returned as HTML for the section editor, which reads it with the section
 * document's schema (as it reads a paste). Nothing is written to the bid: the editor saves what the user keeps.
 */
export async function importSectionDocx(
  ws: WorkspaceSession,
  input: { dataBase64: string; fileName?: string },
): Promise<ImportedChapter & { warnings: string[] }> {
  const read = await runImport('section-docx', Buffer.from(input.dataBase64, 'base64'), {})
  const stem = (input.fileName ?? 'word').replace(/\.docx$/i, '')
  const pictures = []
  for (const [i, img] of read.images.entries()) {
    // Word's vector pictures (EMF/WMF) do not print in a .docx body written here: left out, and said so.
    if (!/^image\/(png|jpeg|gif|bmp)$/.test(img.mime)) {
      pictures.push(null)
      continue
    }
    const name = `${stem}-图${i + 1}.${EXT[img.mime] ?? 'bin'}`
    pictures.push(await ws.putFile(img.data, name, img.mime))
  }
  const skipped = pictures.filter((p) => p === null).length
  const chapter = chapterHtml(read.html, pictures)
  const warnings = [...read.warnings]
  if (skipped)
    warnings.unshift(
      `${skipped} 张图片格式不支持（EMF/WMF 等），未导入 / ${skipped} picture(s) in an unsupported format (EMF/WMF…) left out`,
    )
  return { ...chapter, warnings }
}
