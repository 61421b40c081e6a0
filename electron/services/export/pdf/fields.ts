/**
 * Writes page numbers into a .docx as the cached results of its PAGEREF fields (the contents entries and the
 * 评分索引表 both point at bookmarks with PAGEREF), so Word, WPS and LibreOffice show them as they are without
 * updating anything. A field that got its number loses its dirty flag (Word would otherwise ask to update fields
 * on opening); the TOC field too once every entry inside it has a number. Fields are found by their markup, complex
 * (w:fldChar begin/separate/end with w:instrText, nested) and simple (w:fldSimple), so this works on any body.
 */
import { escapeText } from '../docx/ooxml-write'

interface Edit {
  from: number
  to: number
  text: string
}

const TOKEN =
  /<w:fldChar\b[^>]*?w:fldCharType="(begin|separate|end)"[^>]*?\/>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple\b([^>]*?)(\/>|>)/g

const PAGEREF = /^\s*PAGEREF\s+("?)([^\s"\\]+)\1/

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Start of the `<w:r>`/`<w:r …>` element that contains position `at`. */
function runStart(xml: string, at: number): number {
  const a = xml.lastIndexOf('<w:r>', at)
  const b = xml.lastIndexOf('<w:r ', at)
  return Math.max(a, b)
}

/** The run properties (<w:rPr>…</w:rPr>) of the run starting at `start`, or ''. */
function runProps(xml: string, start: number): string {
  if (start < 0) return ''
  const open = xml.indexOf('>', start) + 1
  if (!xml.startsWith('<w:rPr>', open)) return ''
  const end = xml.indexOf('</w:rPr>', open)
  return end < 0 ? '' : xml.slice(open, end + '</w:rPr>'.length)
}

const undirty = (tag: string) => tag.replace(/\s+w:dirty="(?:true|1|on)"/, '')

interface Open {
  instr: string
  begin: { at: number; tag: string }
  separate?: { at: number; len: number }
  /** Numbers were written into every PAGEREF nested in this field. */
  nestedOk: boolean
  nestedPagerefs: number
}

export interface FillResult {
  xml: string
  filled: number
  /** PAGEREF fields whose bookmark had no page: left as they were (still dirty). */
  missing: string[]
}

/** Sets the result of every PAGEREF field whose bookmark is in `pages`. */
export function fillPageFields(xml: string, pages: ReadonlyMap<string, number>): FillResult {
  const edits: Edit[] = []
  const stack: Open[] = []
  const missing: string[] = []
  let filled = 0
  for (const m of xml.matchAll(TOKEN)) {
    const at = m.index
    if (m[1] === 'begin') {
      stack.push({ instr: '', begin: { at, tag: m[0] }, nestedOk: true, nestedPagerefs: 0 })
    } else if (m[2] !== undefined) {
      if (stack.length) stack[stack.length - 1].instr += decode(m[2])
    } else if (m[1] === 'separate') {
      const top = stack[stack.length - 1]
      if (top && !top.separate) top.separate = { at, len: m[0].length }
    } else if (m[1] === 'end') {
      const f = stack.pop()
      if (!f) continue
      const ref = PAGEREF.exec(f.instr)
      const parent = stack[stack.length - 1]
      if (ref) {
        if (parent) parent.nestedPagerefs++
        const page = pages.get(ref[2])
        if (page === undefined || !f.separate) {
          missing.push(ref[2])
          if (parent) parent.nestedOk = false
          continue
        }
        // Everything between the run holding `separate` and the run holding `end` is the old result.
        const resultFrom = xml.indexOf('</w:r>', f.separate.at) + '</w:r>'.length
        const resultTo = runStart(xml, at)
        if (resultFrom < '</w:r>'.length || resultTo < resultFrom) {
          missing.push(ref[2])
          if (parent) parent.nestedOk = false
          continue
        }
        const rPr = runProps(xml, runStart(xml, f.begin.at))
        edits.push({ from: resultFrom, to: resultTo, text: `<w:r>${rPr}<w:t>${page}</w:t></w:r>` })
        edits.push({ from: f.begin.at, to: f.begin.at + f.begin.tag.length, text: undirty(f.begin.tag) })
        filled++
      } else if (/^\s*TOC\b/.test(f.instr) && f.nestedPagerefs > 0 && f.nestedOk) {
        edits.push({ from: f.begin.at, to: f.begin.at + f.begin.tag.length, text: undirty(f.begin.tag) })
      }
    } else if (m[3] !== undefined) {
      // <w:fldSimple w:instr="PAGEREF …"> result runs </w:fldSimple>
      const instr = decode(/w:instr="([^"]*)"/.exec(m[3])?.[1] ?? '')
      const ref = PAGEREF.exec(instr)
      if (!ref || m[4] === '/>') continue
      const page = pages.get(ref[2])
      const close = xml.indexOf('</w:fldSimple>', at)
      if (page === undefined || close < 0) {
        missing.push(ref[2])
        continue
      }
      const openEnd = at + m[0].length
      const rPr = runProps(xml, xml.indexOf('<w:r', openEnd) === openEnd ? openEnd : -1)
      edits.push({ from: at, to: openEnd, text: undirty(m[0]) })
      edits.push({
        from: openEnd,
        to: close,
        text: `<w:r>${rPr}<w:t>${escapeText(String(page))}</w:t></w:r>`,
      })
      filled++
    }
  }
  // The edits never overlap (a begin tag, then the result after its separate run); assembled in one pass.
  edits.sort((a, b) => a.from - b.from)
  const parts: string[] = []
  let pos = 0
  for (const e of edits) {
    parts.push(xml.slice(pos, e.from), e.text)
    pos = e.to
  }
  parts.push(xml.slice(pos))
  return { xml: parts.join(''), filled, missing }
}
