import { walkXml } from './xml-walk'
import { formatNumber } from '@shared/domain/word-number-format'

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
