import type { BulletMarker, ListMarker, ListNode, OrderedMarker } from '../../schemas'
import { BULLET_MARKERS, ORDERED_MARKERS } from '../../schemas'
import { formatNumber } from '../word-number-format'

/**
 * List marker styles (section-doc.ts LIST_MARKERS): how Word writes each (numFmt + the text around the number), how
 * it reads as text, and how a literal marker pasted from Word or WPS ("（1）", "一、", "①", "a.", Wingdings "l") is
 * recognised.
 */
export type WordNumFmt =
  | 'decimal'
  | 'decimalEnclosedCircle'
  | 'chineseCounting'
  | 'lowerLetter'
  | 'upperLetter'
  | 'lowerRoman'
  | 'upperRoman'

const ORDERED: Record<OrderedMarker, { fmt: WordNumFmt; before: string; after: string }> = {
  'decimal-dot': { fmt: 'decimal', before: '', after: '.' },
  'decimal-paren': { fmt: 'decimal', before: '', after: ')' },
  'decimal-fullparen': { fmt: 'decimal', before: '（', after: '）' },
  'decimal-comma': { fmt: 'decimal', before: '', after: '、' },
  'decimal-circle': { fmt: 'decimalEnclosedCircle', before: '', after: '' },
  'cn-comma': { fmt: 'chineseCounting', before: '', after: '、' },
  'cn-fullparen': { fmt: 'chineseCounting', before: '（', after: '）' },
  'lower-dot': { fmt: 'lowerLetter', before: '', after: '.' },
  'lower-paren': { fmt: 'lowerLetter', before: '', after: ')' },
  'upper-dot': { fmt: 'upperLetter', before: '', after: '.' },
  'lower-roman-dot': { fmt: 'lowerRoman', before: '', after: '.' },
  'upper-roman-dot': { fmt: 'upperRoman', before: '', after: '.' },
}
export const BULLET_CHAR: Record<BulletMarker, string> = {
  disc: '●',
  circle: '○',
  square: '■',
  diamond: '◆',
  check: '✓',
  arrow: '➢',
  star: '★',
  dash: '–',
  dot: '•',
}

export const isOrderedMarker = (m: ListMarker): m is OrderedMarker =>
  (ORDERED_MARKERS as readonly string[]).includes(m)
export const isBulletMarker = (m: ListMarker): m is BulletMarker =>
  (BULLET_MARKERS as readonly string[]).includes(m)

/** A list's own marker style, when it fits the list (a numbered style on a numbered list, a bullet on bullets). */
export function listMarker(l: ListNode): ListMarker | null {
  const m = l.attrs?.marker
  return m && isOrderedMarker(m) === (l.type === 'orderedList') ? m : null
}

/** Word's numbering level for a marker: numFmt and lvlText (`%N` stands for the number of level N). */
export function wordLevel(marker: ListMarker, ilvl: number): { fmt: WordNumFmt | 'bullet'; text: string } {
  if (isBulletMarker(marker)) return { fmt: 'bullet', text: BULLET_CHAR[marker] }
  const d = ORDERED[marker]
  return { fmt: d.fmt, text: `${d.before}%${ilvl + 1}${d.after}` }
}

/** The marker as printed in front of item n (1-based): "（3）", "三、", "③", "c.", "●". */
export function markerLabel(marker: ListMarker, n: number): string {
  if (isBulletMarker(marker)) return BULLET_CHAR[marker]
  const d = ORDERED[marker]
  const num = d.fmt === 'decimalEnclosedCircle' && n > 20 ? `(${n})` : formatNumber(n, d.fmt)
  return `${d.before}${num}${d.after}`
}

/** Word's Symbol/Wingdings bullets are letters in those fonts: l = ●, n/§ = ■, u = ◆, ü = ✓, Ø = ➢, o = ○. */
const SYMBOL_BULLETS: Record<string, BulletMarker> = {
  l: 'disc',
  n: 'square',
  '§': 'square',
  q: 'square',
  u: 'diamond',
  v: 'diamond',
  ü: 'check',
  Ø: 'arrow',
  o: 'circle',
  '·': 'dot',
  '': 'dot',
}
const PLAIN_BULLETS: [RegExp, BulletMarker][] = [
  [/^[●⚫]$/, 'disc'],
  [/^[○◦◯]$/, 'circle'],
  [/^[■□▪▫◼◻]$/, 'square'],
  [/^[◆◇♦❖]$/, 'diamond'],
  [/^[✓✔√☑]$/, 'check'],
  [/^[➢➤►▶>→]$/, 'arrow'],
  [/^[★☆]$/, 'star'],
  [/^[-–—]$/, 'dash'],
  [/^[•·∙]$/, 'dot'],
]
const NUM = '(?:\\d+|[０-９]+)'
const CNN = '[〇一二三四五六七八九十]+'
const ORDERED_RE: [RegExp, OrderedMarker][] = [
  [new RegExp(`^${NUM}[.．]$`), 'decimal-dot'],
  [new RegExp(`^${NUM}[)）]$`), 'decimal-paren'],
  [new RegExp(`^[（(]${NUM}[)）]$`), 'decimal-fullparen'],
  [new RegExp(`^${NUM}、$`), 'decimal-comma'],
  [/^[\u2460-\u2473]$/, 'decimal-circle'],
  [new RegExp(`^${CNN}[、.．]$`), 'cn-comma'],
  [new RegExp(`^[（(]${CNN}[)）]$`), 'cn-fullparen'],
  [/^[ivxl]+[.．]$/, 'lower-roman-dot'],
  [/^[IVXL]+[.．]$/, 'upper-roman-dot'],
  [/^[a-z][.．]$/, 'lower-dot'],
  [/^[a-z][)）]$/, 'lower-paren'],
  [/^[A-Z][.．]$/, 'upper-dot'],
]

/** The style of a literal marker Word or WPS put on the clipboard, or null when it is none of the known ones. */
export function markerStyle(marker: string, symbolFont: boolean): ListMarker | null {
  const m = marker.replace(/\s+/g, '')
  if (symbolFont) return SYMBOL_BULLETS[m] ?? 'disc'
  for (const [re, style] of ORDERED_RE) if (re.test(m)) return style
  for (const [re, style] of PLAIN_BULLETS) if (re.test(m)) return style
  return null
}
