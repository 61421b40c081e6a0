/**
 * A section's table cells hold text and lists only (they print as WordprocessingML text), so ProseMirror's parser
 * would drop a stored picture pasted inside a cell without a word. Such pictures are moved after their table (the
 * outermost one, in their order) and counted, so the paste can say so. Pictures that were never stored (a web
 * address, a file that could not be read) cannot be pasted at all: they are counted too.
 */
const IMG = /<img\b[^>]*>/gi
const STORED = /data-sha256=/i
const TABLE_TAG = /<(\/?)table\b[^>]*>/gi

export interface CellPictures {
  html: string
  /** Stored pictures moved from inside a table to just after it. */
  lifted: number
  /** Pictures with no stored copy, which the editor leaves out. */
  unstored: number
}

export function liftCellPictures(html: string): CellPictures {
  let out = ''
  let depth = 0
  let last = 0
  let start = 0
  let lifted = 0
  for (const m of html.matchAll(TABLE_TAG)) {
    const at = m.index!
    if (m[1] === '') {
      if (depth === 0) {
        out += html.slice(last, at)
        start = at
      }
      depth++
    } else if (depth > 0) {
      depth--
      if (depth === 0) {
        const end = at + m[0].length
        const pictures: string[] = []
        const table = html.slice(start, end).replace(IMG, (tag) => {
          if (!STORED.test(tag)) return tag
          pictures.push(tag)
          return ''
        })
        lifted += pictures.length
        // Bare, not in a <p>: a block picture inside a paragraph would leave an empty paragraph before it.
        out += table + pictures.join('')
        last = end
      }
    }
  }
  // An unclosed table is left as written: the browser's own parse decides it.
  out += html.slice(depth > 0 ? start : last)
  const unstored = (out.match(IMG) ?? []).filter((tag) => !STORED.test(tag)).length
  return { html: out, lifted, unstored }
}
