import { displayWidth } from './format'

/**
 * A long title (the project name on the cover) set as a few centred lines broken where a reader would break it:
 * after a word such as 项目 or 采购, before a bracket (the lot or the part in brackets starts the next line), at a
 * space; never inside a Latin word or a number, never before closing or after opening punctuation. Lines are
 * balanced (a 2-line title is two halves, not a full line and a stub). When even so the title needs more lines than
 * its size allows, the size steps down (二号 → 小二 → 三号) instead of breaking words.
 */

/** Words after which a project name reads well broken. */
const GOOD_AFTER = ['项目', '采购', '工程', '服务', '建设', '系统', '平台', '设备', '改造', '升级']
const OPENING = /^[（(《“‘【〔「]/
const CLOSING = /^[）)》”’】〕」，。、；：！？,.;:!?%％]/
/** A Latin word or a number with what it holds together (ISO9001, 5G, V3.0, 2027, A-12). */
const ATOM = /[A-Za-z0-9][A-Za-z0-9\-_./:#+·]*|\s+|./gsu
const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/

/** A break on which the line reads well costs nothing; any other break between CJK characters costs this. */
const PLAIN_BREAK = 12
const FORBIDDEN = Number.POSITIVE_INFINITY
/** A title of more lines than this is not a title: it wraps where the program wraps it. */
const MAX_LINES = 8

export interface TitleLayout {
  /** The size the title prints at, in points. */
  sizePt: number
  /** Offsets in the text where a new line starts (spaces at a break are not printed). */
  breaks: number[]
}

interface Atom {
  text: string
  start: number
  /** Width in ems. */
  em: number
  space: boolean
}

function atomsOf(text: string): Atom[] {
  return [...text.matchAll(ATOM)].map((m) => ({
    text: m[0],
    start: m.index,
    // Half-width characters in a 黑体 title run a little over half an em.
    em: (displayWidth(m[0]) / 2) * (CJK.test(m[0]) ? 1 : 1.1),
    space: /^\s+$/.test(m[0]),
  }))
}

/** Cost of starting a new line before atom i. */
function breakCost(atoms: Atom[], i: number, text: string): number {
  const prev = atoms[i - 1]
  const next = atoms[i]
  if (CLOSING.test(next.text) || OPENING.test(prev.text)) return FORBIDDEN
  if (prev.space || next.space || OPENING.test(next.text)) return 0
  const before = text.slice(0, next.start)
  // …but not inside "采购项目" / "服务项目": the name's last word stays whole.
  if (GOOD_AFTER.some((w) => before.endsWith(w)) && !text.startsWith('项目', next.start)) return 0
  return PLAIN_BREAK
}

/** Width in ems of atoms [from, to), spaces at either end left out, with the gap where CJK meets Latin. */
function lineEm(atoms: Atom[], from: number, to: number): number {
  while (from < to && atoms[from].space) from++
  while (to > from && atoms[to - 1].space) to--
  let em = 0
  for (let i = from; i < to; i++) {
    em += atoms[i].em
    if (i > from && CJK.test(atoms[i - 1].text) !== CJK.test(atoms[i].text)) em += 0.25
  }
  return em
}

/**
 * The best way to set the atoms in exactly `n` lines of at most `maxEm` ems: the least sum of break costs and squared
 * slack (balanced lines). Null when they do not fit.
 */
function bestBreaks(atoms: Atom[], text: string, n: number, maxEm: number): number[] | null {
  const m = atoms.length
  // cost[k][j]: the first j atoms in k lines; from[k][j]: where the last of those lines starts.
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(FORBIDDEN))
  const from = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1))
  cost[0][0] = 0
  for (let k = 1; k <= n; k++)
    for (let j = 1; j <= m; j++)
      for (let i = j - 1; i >= 0; i--) {
        const w = lineEm(atoms, i, j)
        if (w > maxEm) break
        if (cost[k - 1][i] === FORBIDDEN) continue
        const brk = i === 0 ? 0 : breakCost(atoms, i, text)
        if (brk === FORBIDDEN) continue
        const slack = (maxEm - w) / maxEm
        const c = cost[k - 1][i] + brk + (j === m && n === 1 ? 0 : slack * slack * 100)
        if (c < cost[k][j]) {
          cost[k][j] = c
          from[k][j] = i
        }
      }
  if (cost[n][m] === FORBIDDEN) return null
  const starts: number[] = []
  for (let k = n, j = m; k > 1; k--) {
    const i = from[k][j]
    starts.unshift(i)
    j = i
  }
  return starts
}

/**
 * How to print a title on a line `widthPt` wide: the first of `sizes` (largest first) at which it fits in at most
 * `maxLines` lines (the first size in at most 2: a cover title in three lines of 二号 is a wall), with its breaks;
 * at the last size in as many lines as it needs. A title with a word wider than the line is left to the program.
 */
export function titleLayout(text: string, widthPt: number, sizes: number[], maxLines = 3): TitleLayout {
  const atoms = atomsOf(text)
  for (const [si, sizePt] of sizes.entries()) {
    // 5 % kept free: the program's own measure of the bold face must not wrap a line we set.
    const maxEm = (widthPt * 0.95) / sizePt
    // At the last size a title longer still takes the lines it needs, broken in the same places.
    const limit = si === sizes.length - 1 ? MAX_LINES : si === 0 ? Math.min(2, maxLines) : maxLines
    for (let n = 1; n <= limit; n++) {
      const starts = bestBreaks(atoms, text, n, maxEm)
      if (starts)
        return {
          sizePt,
          breaks: starts.map((i) => {
            // A space at the break is not printed: the new line starts at the next visible character.
            while (i < atoms.length && atoms[i].space) i++
            return atoms[i].start
          }),
        }
    }
  }
  return { sizePt: sizes[sizes.length - 1], breaks: [] }
}

/** The text with a newline at each break, the spaces around a break dropped. */
export function brokenText(text: string, breaks: readonly number[]): string {
  if (breaks.length === 0) return text
  const lines: string[] = []
  let at = 0
  for (const b of [...breaks, text.length]) {
    lines.push(text.slice(at, b).trim())
    at = b
  }
  return lines.join('\n')
}

/** Chinese type sizes largest first: a title steps down this ladder. */
const LADDER = [42, 36, 26, 24, 22, 18, 16, 15, 14, 12, 10.5, 9]
/** A4 is 21 cm wide; 1 cm = 28.35 pt. */
const PAGE_WIDTH_CM = 21
const PT_PER_CM = 28.3465

/**
 * The cover title's layout on the page's text width: its own size and the two 字号 below it, `maxLines` lines at most.
 */
export function fitTitle(
  text: string,
  sizePt: number,
  margins: { left: number; right: number },
  maxLines: number,
): TitleLayout {
  const widthPt = (PAGE_WIDTH_CM - margins.left - margins.right) * PT_PER_CM
  const smaller = LADDER.filter((s) => s < sizePt).slice(0, 2)
  return titleLayout(text, widthPt, [sizePt, ...smaller], maxLines)
}
