import { walkXml } from './xml-walk'

/**
 * Word's automatic numbering (word/numbering.xml): the "第一章", "1.1", "（一）" a reader sees in front of a
 * paragraph are not in its text, so the tender reader draws them itself, counting per list and level as Word does.
 */
interface Level {
  start: number
  fmt: string
  text: string
  legal: boolean
}

export interface Numbering {
  abstract: Map<string, Map<number, Level>>
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>
}

export function readNumbering(xml: string | null): Numbering {
  const out: Numbering = { abstract: new Map(), nums: new Map() }
  if (!xml) return out
  let abs: Map<number, Level> | null = null
  let lvl: Level | null = null
  let num: { abstractId: string; starts: Map<number, number> } | null = null
  let overrideLvl = -1
  walkXml(xml, 'word/numbering.xml', {
    open(name, a) {
      if (name === 'w:abstractNum') {
        abs = new Map()
        out.abstract.set(a['w:abstractNumId'], abs)
      } else if (name === 'w:lvl' && abs && !num) {
        lvl = { start: 1, fmt: 'decimal', text: '', legal: false }
        abs.set(Number(a['w:ilvl'] ?? 0), lvl)
      } else if (name === 'w:start' && lvl && !num) lvl.start = Number(a['w:val'] ?? 1)
      else if (name === 'w:numFmt' && lvl && !num) lvl.fmt = a['w:val'] ?? 'decimal'
      else if (name === 'w:lvlText' && lvl && !num) lvl.text = a['w:val'] ?? ''
      else if (name === 'w:isLgl' && lvl && !num) lvl.legal = true
      else if (name === 'w:num') {
        num = { abstractId: '', starts: new Map() }
        out.nums.set(a['w:numId'], num)
      } else if (name === 'w:abstractNumId' && num) num.abstractId = a['w:val']
      else if (name === 'w:lvlOverride' && num) overrideLvl = Number(a['w:ilvl'] ?? 0)
      else if (name === 'w:startOverride' && num && overrideLvl >= 0)
        num.starts.set(overrideLvl, Number(a['w:val']))
    },
    close(name) {
      if (name === 'w:abstractNum') abs = null
      else if (name === 'w:lvl') lvl = null
      else if (name === 'w:num') num = null
      else if (name === 'w:lvlOverride') overrideLvl = -1
    },
    text() {},
  })
  return out
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const TIAN_GAN = '甲乙丙丁戊己庚辛壬癸'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

function chinese(n: number): string {
  if (n < 10) return CN[n]
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '')
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '')
  return String(n)
}

function letters(n: number, upper: boolean): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1)
  return upper ? c.toUpperCase() : c
}

function roman(n: number): string {
  const t: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let s = ''
  for (const [v, r] of t) {
    while (n >= v) {
      s += r
      n -= v
    }
  }
  return s
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'chineseLegalSimplified':
      return chinese(n)
    case 'ideographTraditional':
      return TIAN_GAN[(n - 1) % 10]
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n)
    case 'upperLetter':
      return letters(n, true)
    case 'lowerLetter':
      return letters(n, false)
    case 'upperRoman':
      return roman(n).toUpperCase()
    case 'lowerRoman':
      return roman(n)
    case 'decimalZero':
      return String(n).padStart(2, '0')
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'none':
      return ''
    default:
      return String(n)
  }
}

/** Counts as Word does: per list instance, a level restarts whenever a higher level advances. */
export class NumberingCounter {
  private counters = new Map<string, number[]>()
  constructor(private readonly n: Numbering) {}

  /** The label Word draws before a paragraph of list `numId` at level `ilvl`, e.g. "第二章" or "1.2". */
  next(numId: string, ilvl: number): string {
    const num = this.n.nums.get(numId)
    if (!num || numId === '0') return ''
    const levels = this.n.abstract.get(num.abstractId)
    const lvl = levels?.get(ilvl)
    if (!levels || !lvl) return ''
    const startOf = (i: number) => num.starts.get(i) ?? levels.get(i)?.start ?? 1
    const c = this.counters.get(numId) ?? []
    for (let i = 0; i < ilvl; i++) if (c[i] == null) c[i] = startOf(i)
    c[ilvl] = c[ilvl] == null ? startOf(ilvl) : c[ilvl] + 1
    c.length = ilvl + 1
    this.counters.set(numId, c)
    if (lvl.fmt === 'bullet') return ''
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1
      const f = lvl.legal ? 'decimal' : (levels.get(i)?.fmt ?? 'decimal')
      return formatNumber(c[i] ?? startOf(i), f)
    })
  }
}
