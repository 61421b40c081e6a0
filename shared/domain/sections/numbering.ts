/**
 * Heading numbers as Chinese bids print them: level 1 一、, level 2 （一）, level 3 1. — each level restarts under
 * the one above, and the whole series restarts in every section (the section title is the chapter above them).
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (the way 序号 are written). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0) return String(n)
  if (n >= 10_000) return String(n)
  const out: string[] = []
  const units = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const
  let rest = n
  let zero = false
  for (const [u, name] of units) {
    const d = Math.floor(rest / u)
    rest %= u
    if (d > 0) {
      if (zero) out.push('零')
      zero = false
      // 十二, not 一十二, when ten leads the number.
      if (!(u === 10 && d === 1 && out.length === 0)) out.push(DIGITS[d])
      out.push(name)
    } else if (out.length > 0) zero = true
  }
  if (rest > 0) {
    if (zero) out.push('零')
    out.push(DIGITS[rest])
  }
  return out.join('')
}

export function headingPrefix(level: 1 | 2 | 3, n: number): string {
  if (level === 1) return `${chineseNumber(n)}、`
  if (level === 2) return `（${chineseNumber(n)}）`
  return `${n}.`
}

/** Counts headings in order; `next(level)` gives the number of a numbered heading of that level. */
export class HeadingCounter {
  private counts = [0, 0, 0]
  next(level: 1 | 2 | 3): string {
    this.counts[level - 1]++
    for (let i = level; i < 3; i++) this.counts[i] = 0
    return headingPrefix(level, this.counts[level - 1])
  }
}
