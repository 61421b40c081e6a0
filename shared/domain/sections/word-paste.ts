import { numberingKind } from '@shared/domain/export/content'
import type { ListMarker } from '@shared/schemas'
import { isOrderedMarker, markerStyle } from './list-markers'

/**
 * Word / WPS clipboard HTML → the section editor's HTML (h1–h3, p, ul/ol/li, table/th/td).
 *
 * Word does not put lists on the clipboard as lists: each item is a `<p class=MsoListParagraph…>` whose style says
 * `mso-list:l0 level2 lfo1` and whose number or bullet is literal text hidden in `<![if !supportLists]>`. Headings
 * come as h1–h6 (or `MsoHeading7`, or `mso-outline-level:N` in WPS), tables carry their widths in `width=` and
 * `width:…pt`, repeated header rows in `<thead>`. A browser would paste all of it as plain paragraphs with "1." and
 * "·" typed in front; this reads the structure back:
 * - list paragraphs in a row → one nested bullet/numbered list (the kind from the `@list` definitions in the
 *   clipboard's style sheet, else from the marker: Symbol/Wingdings or a sign is a bullet, a number is numbered);
 *   the literal marker is dropped, the first number becomes the list's start and its style (（1）, 一、, ①, a., ■ …)
 *   the list's `data-marker` (list-markers.ts), so the export numbers it the same way;
 * - headings 1–3 stay headings (a number Word generated is dropped: the bid numbers its own headings; a number
 *   typed into the text keeps the heading unnumbered), 4–9 become bold paragraphs, as in a Word chapter import;
 * - table cells keep colspan/rowspan and their width (pixels, for the printed column widths); thead rows → headers;
 * - Office markup (o:p, v:shape, comments, bookmarks) and empty spacing paragraphs are dropped. Pictures the editor
 *   stored before the paste (paste-pictures.ts: `img[data-sha256]`) stay; the others (a file that is gone, a web
 *   address) are dropped and counted so the user can be told.
 */
export interface WordPaste {
  html: string
  lists: number
  headings: number
  tables: number
  droppedImages: number
}

export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|\bclass=["']?Mso|\bmso-[a-z-]+\s*:/i.test(html)
}

const attrRe = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
export function attrOf(tag: string, name: string): string | null {
  const m = attrRe(name).exec(tag)
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null
}
function styleProp(style: string, prop: string): string | null {
  const m = new RegExp(`(?:^|;|\\s)${prop}\\s*:\\s*([^;]+)`, 'i').exec(style)
  return m ? m[1].trim() : null
}
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e])
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim()
}

type ListKind = 'bullet' | 'ordered'
interface LevelDef {
  kind: ListKind
  start: number | null
}
/** `@list l0:level1 {mso-level-number-format:bullet; …}` of the clipboard's style sheet. */
export function listDefinitions(html: string): Map<string, LevelDef> {
  const defs = new Map<string, LevelDef>()
  for (const m of html.matchAll(/@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi)) {
    const format = styleProp(m[3], 'mso-level-number-format')
    const start = styleProp(m[3], 'mso-level-start-at')
    defs.set(`${m[1].toLowerCase()}:${m[2]}`, {
      kind: format && /^(bullet|image)$/i.test(format) ? 'bullet' : 'ordered',
      start: start && /^\d+$/.test(start) ? Number(start) : null,
    })
  }
  return defs
}

const CN_DIGITS = '〇一二三四五六七八九'
function chineseNumber(s: string): number | null {
  if (!/^[〇一二三四五六七八九十]+$/.test(s)) return null
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGITS.indexOf(c)).join(''))
  const [tens, ones] = s.split('十')
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CN_DIGITS.indexOf(ones) : 0)
}
function roman(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 }
  let n = 0
  for (let k = 0; k < s.length; k++) n += v[s[k]] < (v[s[k + 1]] ?? 0) ? -v[s[k]] : v[s[k]]
  return n
}
/** The number a literal list marker shows ("3." → 3, "（二）" → 2, "c)" → 3), or null for a bullet. */
export function markerNumber(marker: string): number | null {
  const core = marker.replace(/[\s().、）（．.:：\]]/g, '')
  if (/^\d+$/.test(core)) return Number(core)
  if (/^[０-９]+$/.test(core))
    return Number(core.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))
  if (/^[\u2460-\u2473]$/.test(core)) return core.codePointAt(0)! - 0x245f
  if (/^[ivxl]+$/i.test(core)) return roman(core.toLowerCase())
  if (/^[a-z]$/i.test(core)) return core.toLowerCase().charCodeAt(0) - 96
  return chineseNumber(core)
}

/** Removes Word's hidden list marker from a paragraph's inside; returns what it showed and which font drew it. */
function takeMarker(inner: string): { inner: string; marker: string; symbolFont: boolean } {
  let raw = ''
  const rest = inner
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, (_m, m: string) => ((raw += m), ''))
    .replace(/<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->/gi, (_m, m: string) => ((raw += m), ''))
  let out = rest
  if (!raw) {
    // No conditional block: the marker is the span styled mso-list:Ignore (with its nested spans).
    const open = /<span\b[^>]*mso-list:\s*Ignore[^>]*>/i.exec(rest)
    if (open) {
      const end = closingSpan(rest, open.index + open[0].length)
      raw = rest.slice(open.index, end)
      out = rest.slice(0, open.index) + rest.slice(end)
    }
  }
  return { inner: out, marker: plain(raw), symbolFont: /font-family:\s*["']?(Symbol|Wingdings)/i.test(raw) }
}
function closingSpan(html: string, from: number): number {
  const re = /<(\/?)span\b[^>]*>/gi
  re.lastIndex = from
  let depth = 1
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1
    if (depth === 0) return m.index + m[0].length
  }
  return html.length
}

/** Inline content: Office tags, bookmarks, comments and unreadable pictures out; b/i/u/sup/sub and styled spans kept. */
function cleanInline(html: string, count: { images: number }): string {
  return html
    .replace(/<o:p>[\s\S]*?<\/o:p>/gi, '')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[(?:if[^\]]*|endif)\]>/gi, '')
    .replace(/<img\b[^>]*>/gi, (tag) => (/data-sha256=/i.test(tag) ? tag : (count.images++, '')))
    .replace(/<\/?[a-z]+:[a-z]+\b[^>]*>/gi, '')
    .replace(/<\/?a\b[^>]*>/gi, '')
}
const isEmpty = (inner: string) => plain(inner) === '' && !/<img\b|<br\b/i.test(inner)

interface ListItem {
  key: string
  level: number
  kind: ListKind
  start: number | null
  /** The marker style the item showed (（1）, 一、, ①, a., ■ …), kept on its list. */
  marker: ListMarker | null
  inner: string
}
/** 第一章 / 第二部分 / 第3节 typed before a heading's words. */
const TYPED_PART = /^第[一二三四五六七八九十百\d]+[章节部分篇]/
const TAG = { bullet: 'ul', ordered: 'ol' } as const

/** Consecutive list paragraphs → nested lists (a level deeper opens inside the item above it). */
export function renderList(items: readonly ListItem[]): string {
  const base = Math.min(...items.map((i) => i.level))
  const stack: { kind: ListKind; key: string }[] = []
  let html = ''
  const close = () => (html += `</li></${TAG[stack.pop()!.kind]}>`)
  for (const it of items) {
    const depth = Math.min(it.level - base + 1, stack.length + 1)
    while (stack.length > depth) close()
    if (stack.length === depth) {
      const top = stack[stack.length - 1]
      if (top.kind !== it.kind || (depth === 1 && top.key !== it.key)) close()
      else html += '</li>'
    }
    if (stack.length < depth) {
      const start = it.kind === 'ordered' && it.start !== null && it.start !== 1 ? ` start="${it.start}"` : ''
      const fits = it.marker !== null && isOrderedMarker(it.marker) === (it.kind === 'ordered')
      html += `<${TAG[it.kind]}${start}${fits ? ` data-marker="${it.marker}"` : ''}>`
      stack.push({ kind: it.kind, key: it.key })
    }
    html += `<li><p>${it.inner}</p>`
  }
  while (stack.length) close()
  return html
}

function headingLevel(tag: string, attrs: string): number | null {
  const h = /^h([1-6])$/i.exec(tag)
  if (h) return Number(h[1])
  const cls = attrOf(attrs, 'class') ?? ''
  const mso = /^MsoHeading([1-9])$/i.exec(cls)
  if (mso) return Number(mso[1])
  const outline = styleProp(attrOf(attrs, 'style') ?? '', 'mso-outline-level')
  return outline && /^[1-9]$/.test(outline) ? Number(outline) : null
}

function cell(tag: string, attrs: string, header: boolean): string {
  const name = header ? 'th' : tag.toLowerCase()
  const span = (a: string) => {
    const v = attrOf(attrs, a)
    return v && /^\d+$/.test(v) && v !== '1' ? ` ${a}="${v}"` : ''
  }
  const colspan = span('colspan')
  let width = Number(attrOf(attrs, 'width') ?? NaN)
  if (!(width > 0)) {
    const css = /^([\d.]+)\s*(pt|px|cm)$/i.exec(styleProp(attrOf(attrs, 'style') ?? '', 'width') ?? '')
    if (css)
      width = Number(css[1]) * ({ pt: 96 / 72, px: 1, cm: 96 / 2.54 } as const)[css[2].toLowerCase() as 'pt']
  }
  // A merged cell's width is the sum of its columns: only single columns say how wide a column is.
  const w = !colspan && width > 0 && width < 10_000 ? ` colwidth="${Math.round(width)}"` : ''
  return `<${name}${colspan}${span('rowspan')}${w}>`
}
function cleanTables(html: string): { html: string; tables: number } {
  let tables = 0
  const out = html
    .replace(/<thead\b[^>]*>([\s\S]*?)<\/thead>/gi, (_m, rows: string) =>
      rows
        .replace(/<(td|th)\b([^>]*)>/gi, (_c, t: string, a: string) => cell(t, a, true))
        .replace(/<\/td>/gi, '</th>'),
    )
    .replace(/<(td|th)\b([^>]*)>/gi, (m, t: string, a: string) =>
      /colwidth=/.test(a) ? m : cell(t, a, false),
    )
    .replace(/<table\b[^>]*>/gi, () => (tables++, '<table>'))
    .replace(/<(tr|tbody)\b[^>]*>/gi, '<$1>')
    .replace(/<\/?(?:col|colgroup)\b[^>]*>/gi, '')
  return { html: out, tables }
}

function fragment(html: string): string {
  const f = /<!--StartFragment-->([\s\S]*?)<!--EndFragment-->/.exec(html)
  if (f) return f[1]
  const b = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(html)
  return b ? b[1] : html
}

export function wordPasteHtml(html: string): WordPaste {
  if (!isWordHtml(html)) return { html, lists: 0, headings: 0, tables: 0, droppedImages: 0 }
  const defs = listDefinitions(html)
  const count = { images: 0 }
  let lists = 0
  let headings = 0
  const frag = fragment(html)
    .replace(/<!--\[if (?!!supportLists)[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
  let out = ''
  let last = 0
  let run: ListItem[] = []
  const flush = () => {
    if (run.length === 0) return
    out += renderList(run)
    lists++
    run = []
  }
  for (const m of frag.matchAll(/<(p|h[1-6])\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const gap = frag.slice(last, m.index)
    last = m.index + m[0].length
    const [, tag, attrs, body] = m
    const style = attrOf(attrs, 'style') ?? ''
    const list = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i.exec(style)
    const level = headingLevel(tag, attrs)
    const {
      inner: unmarked,
      marker,
      symbolFont,
    } = list ? takeMarker(body) : { inner: body, marker: '', symbolFont: false }
    const inner = cleanInline(unmarked, count).trim()
    if (run.length && (level !== null || !list || plain(gap) !== '' || /<\/?(td|tr|table)\b/i.test(gap)))
      flush()
    out += gap
    if (level === null && list) {
      if (isEmpty(inner)) continue
      const def = defs.get(`${list[1].toLowerCase()}:${list[2]}`)
      const n = markerNumber(marker)
      const kind: ListKind = def?.kind ?? (symbolFont || n === null ? 'bullet' : 'ordered')
      const style = markerStyle(marker, symbolFont)
      run.push({
        key: `${list[1]}/${list[3]}`,
        level: Number(list[2]),
        kind,
        start: def?.start ?? n,
        marker: style,
        inner,
      })
      continue
    }
    if (isEmpty(inner)) continue
    if (level !== null && level <= 3) {
      headings++
      const typed = numberingKind(plain(inner)) !== null || TYPED_PART.test(plain(inner))
      out += `<h${level}${typed ? ' data-numbered="false"' : ''}>${inner}</h${level}>`
    } else if (level !== null || /^MsoTitle$/i.test(attrOf(attrs, 'class') ?? '')) {
      out += `<p><strong>${inner}</strong></p>`
    } else {
      out += `<p>${inner}</p>`
    }
  }
  flush()
  out += frag.slice(last)
  const t = cleanTables(cleanInline(out, count))
  return { html: t.html.trim(), lists, headings, tables: t.tables, droppedImages: count.images }
}
