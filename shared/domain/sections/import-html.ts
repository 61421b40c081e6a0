import { numberingKind } from '@shared/domain/export/content'

export interface ImportedPicture {
  sha256: string
  name: string
  mime: string
  size: number
}

export interface ImportedChapter {
  /** HTML in the editor's vocabulary (h1–h3, p, ul/ol/li, table, img[data-sha256]); the editor's schema reads it. */
  html: string
  headings: number
  tables: number
  images: number
}

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/**
 * mammoth's HTML of a Word chapter → the editor's: pictures point at the files stored by hash; a heading that
 * carries its own typed number (一、 / （一） / 1. / 1.1) is marked not to be numbered again; headings below level 3
 * (which the 目录 does not list) become bold paragraphs; bookmarks and footnote anchors Word leaves are dropped.
 */
export function chapterHtml(html: string, pictures: readonly (ImportedPicture | null)[]): ImportedChapter {
  let headings = 0
  let images = 0
  let out = html
    .replace(/<a id="[^"]*"><\/a>/g, '')
    .replace(/<h([4-6])>([\s\S]*?)<\/h\1>/g, '<p><strong>$2</strong></p>')
    .replace(/<h([1-3])>([\s\S]*?)<\/h\1>/g, (_m, level: string, inner: string) => {
      headings++
      const typed = numberingKind(decode(inner)) !== null
      return `<h${level}${typed ? ' data-numbered="false"' : ''}>${inner}</h${level}>`
    })
    .replace(/<img\b([^>]*?)src="bbimg:(\d+)"([^>]*)\/?>/g, (_m, pre: string, n: string, post: string) => {
      const p = pictures[Number(n)]
      if (!p) return ''
      images++
      const alt = /alt="([^"]*)"/.exec(pre + post)?.[1] ?? ''
      return (
        `<img data-sha256="${p.sha256}" data-name="${escAttr(p.name)}" data-mime="${escAttr(p.mime)}"` +
        ` data-size="${p.size}" alt="${alt}" />`
      )
    })
  // A picture inside a paragraph of its own is a block of its own in the section.
  out = out.replace(/<p>\s*(<img [^>]*\/>)\s*<\/p>/g, '$1').replace(/<p>\s*<\/p>/g, '')
  const tables = (out.match(/<table\b/g) ?? []).length
  return { html: out, headings, tables, images }
}
