import type { Editor, JSONContent } from '@tiptap/react'
import { call } from '@renderer/api/client'
import { bufferToBase64 } from '@renderer/api/files'
import {
  dataUrlPicture,
  pastedPictures,
  pictureName,
  withStoredPictures,
  type PastedPicture,
  type StoredPicture,
} from '@shared/domain/sections/paste-pictures'
import { insertOutsideTable } from './insert'

/** As the 插入图片 button: larger pictures are not sent. */
const MAX_IMAGE_BYTES = 40 * 1024 * 1024
const RASTER_FILE = /^image\/(png|jpeg|gif|bmp)$/

/** A paste whose pictures must be stored in the workspace before it goes in. */
export interface PictureWork {
  html: string
  pictures: PastedPicture[]
  /** Picture files of the clipboard, used when the copy is only pictures (a picture copied alone, a screenshot). */
  files: File[]
}

const visibleText = (html: string) =>
  html
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s/g, '')

/** What this paste needs stored first, or null when ProseMirror can paste it as it is. */
export function pictureWork(event: ClipboardEvent): PictureWork | null {
  const cd = event.clipboardData
  if (!cd) return null
  const html = cd.getData('text/html')
  const pictures = html ? pastedPictures(html) : []
  const onlyPictures = visibleText(html) === ''
  const files = onlyPictures ? [...cd.files].filter((f) => RASTER_FILE.test(f.type)) : []
  if (!pictures.some((p) => p.sources.length > 0) && files.length === 0) return null
  return { html, pictures, files }
}

async function storeSource(url: string): Promise<StoredPicture> {
  const data = dataUrlPicture(url)
  if (data) return call('files.put', { name: pictureName(url), mime: data.mime, dataBase64: data.base64 })
  return call('bids.storeClipboardPicture', { url })
}
async function storeFile(f: File): Promise<StoredPicture> {
  if (f.size > MAX_IMAGE_BYTES) throw new Error('too large')
  return call('files.put', {
    name: f.name || 'image.png',
    mime: f.type,
    dataBase64: bufferToBase64(await f.arrayBuffer()),
  })
}
async function firstStored(tries: (() => Promise<StoredPicture>)[]): Promise<StoredPicture | null> {
  for (const t of tries) {
    try {
      return await t()
    } catch (e) {
      // The next source may still be readable; the paste says how many pictures stayed out.
      console.warn('pasted picture not stored', e)
    }
  }
  return null
}

/**
 * Stores the paste's pictures (from data: URLs, Word's clipboard folder, or the clipboard's picture files) and then
 * pastes: the HTML through ProseMirror's own paste (so the Word rules run on it), or the picture files as pictures
 * at the cursor (after the table it is in). Returns how many pictures were stored.
 */
export async function pasteWithPictures(editor: Editor, work: PictureWork): Promise<number> {
  const files = [...work.files]
  if (work.pictures.length > 0) {
    const stored = new Map<string, StoredPicture>()
    for (const p of work.pictures) {
      const file = files.shift()
      const got = await firstStored([
        ...p.sources.map((s) => () => storeSource(s)),
        ...(file ? [() => storeFile(file)] : []),
      ])
      if (got) stored.set(p.src, got)
    }
    if (!editor.isDestroyed) editor.view.pasteHTML(withStoredPictures(work.html, stored))
    return stored.size
  }
  const nodes: JSONContent[] = []
  for (const f of files) {
    const got = await firstStored([() => storeFile(f)])
    if (got) nodes.push({ type: 'image', attrs: { ...got } })
  }
  if (nodes.length && !editor.isDestroyed) insertOutsideTable(editor, nodes)
  return nodes.length
}
