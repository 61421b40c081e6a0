import type { BlockNode, InlineNode, ListNode, SectionDoc, TableNode } from '@shared/schemas/section-doc'
import { HeadingCounter } from './numbering'

export function inlineText(content: readonly InlineNode[] | undefined): string {
  if (!content) return ''
  let s = ''
  for (const n of content) s += n.type === 'text' ? n.text : '\n'
  return s
}

/** One line per list item paragraph, nested items indented by their depth (for the text view, not for print). */
function listLines(list: ListNode, out: string[]): void {
  for (const item of list.content)
    for (const c of item.content) {
      if (c.type === 'paragraph') out.push(inlineText(c.content))
      else listLines(c, out)
    }
}

function tableLines(t: TableNode, out: string[]): void {
  for (const row of t.content) {
    const cells = row.content.map((c) =>
      c.content
        .map((b) => (b.type === 'paragraph' ? inlineText(b.content) : listText(b)))
        .filter((x) => x !== '')
        .join(' '),
    )
    out.push(cells.join('\t'))
  }
}

function listText(l: ListNode): string {
  const lines: string[] = []
  listLines(l, lines)
  return lines.join(' ')
}

function blockLines(b: BlockNode, out: string[], counter: HeadingCounter): void {
  switch (b.type) {
    case 'paragraph':
      out.push(inlineText(b.content))
      break
    case 'heading': {
      const t = inlineText(b.content)
      out.push(b.attrs.numbered ? counter.next(b.attrs.level) + t : t)
      break
    }
    case 'bulletList':
    case 'orderedList':
      listLines(b as ListNode, out)
      break
    case 'table':
      tableLines(b, out)
      break
    case 'requirementResponse':
      for (const c of b.content) {
        if (c.type === 'paragraph') out.push(inlineText(c.content))
        else listLines(c, out)
      }
      break
    case 'image':
      if (b.attrs.title) out.push(b.attrs.title)
      break
    case 'pageBreak':
      break
  }
}

/**
 * The section's text, one line per paragraph, heading (with its printed number), list item and table row (cells
 * separated by a tab). It is kept in `section.content` next to the document, so the text checks and the search read
 * what is printed.
 */
export function docText(doc: SectionDoc): string {
  const out: string[] = []
  const counter = new HeadingCounter()
  for (const b of doc.content) blockLines(b, out, counter)
  return out.filter((l) => l.trim() !== '').join('\n')
}

/**
 * 字数 as Chinese offices count it (Word's 字数): each Chinese character or full-width punctuation mark counts one,
 * and each run of Latin letters or digits counts one word.
 */
export function wordCount(text: string): number {
  const cjk = text.match(/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g)?.length ?? 0
  const words = text.replace(/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g, ' ')
  const latin = words.match(/[A-Za-z0-9][A-Za-z0-9'’._-]*/g)?.length ?? 0
  return cjk + latin
}
