import { escapeText, run } from './ooxml-write'

/**
 * Values that are read as one word and must never be split over two lines: a date (2027年1月7日, with its time), an
 * amount with its unit (3,150,000.00元, 12.5万元). Word and LibreOffice may break a line wherever a CJK character
 * meets a digit, so "2027年1月7日" inside a sentence could print as "2027年1/月7日". widths.ts sizes each column for
 * its widest such value; here they are written so that neither program breaks inside them.
 */
export const KEPT_TOGETHER: readonly RegExp[] = [
  /\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:\s?(?:上午|下午)?\d{1,2}(?:时|点|:)\d{2}分?)?/g,
  // "3,800,000.00 元" as typed with a space: the unit stays with its figure.
  /[¥￥$€]?\d[\d,]*(?:\.\d+)?[ \u00a0]?(?:万元|元|亿元)/g,
]

/** CJK closing punctuation that may not start a line: it stays with the token before it (2027年1月7日，). */
const CLOSING = /^[，。、；：！？）》」』】,.;:!?)]+/

const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/

/**
 * The spans [start, end) of `text` that must stay on one line: the tokens above that a program could break (those
 * with a CJK character), each with the closing punctuation after it. Overlapping matches are merged.
 */
export function keptSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const re of KEPT_TOGETHER)
    for (const m of text.matchAll(re)) {
      if (!CJK.test(m[0])) continue
      const end = m.index + m[0].length
      spans.push([m.index, end + (CLOSING.exec(text.slice(end))?.[0].length ?? 0)])
    }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1])
    else merged.push([...s])
  }
  return merged
}

const t = (s: string) =>
  /\s/.test(s) ? `<w:t xml:space="preserve">${escapeText(s)}</w:t>` : `<w:t>${escapeText(s)}</w:t>`

/**
 * A token as a run neither Word nor LibreOffice breaks: a ruby (w:ruby) with empty ruby text. Both lay a ruby out as
 * one unit (LibreOffice as a multi-portion that is split only when it is wider than the line), and with nothing
 * above it the line is as high as any other. Non-breaking joiners (U+2060, U+200D, U+FEFF, no-break spaces) were
 * tried first: LibreOffice 7.4 still breaks a CJK line next to them.
 */
function keptRun(text: string, rPr: string, halfPoints: number): string {
  const props =
    `<w:rubyPr><w:rubyAlign w:val="left"/><w:hps w:val="2"/><w:hpsRaise w:val="${halfPoints}"/>` +
    `<w:hpsBaseText w:val="${halfPoints}"/><w:lid w:val="zh-CN"/></w:rubyPr>`
  return `<w:r>${rPr}<w:ruby>${props}<w:rt><w:r>${rPr}<w:t></w:t></w:r></w:rt><w:rubyBase><w:r>${rPr}${t(text)}</w:r></w:rubyBase></w:ruby></w:r>`
}

/**
 * The runs of a text whose dates and amounts stay whole while the sentence around them wraps. A value that is the
 * whole line is written as it is: its column is sized to hold it (widths.ts). `halfPoints` is the font size the runs
 * print at (the ruby states its base size). A newline is a line break, as in `run`.
 */
export function keptRuns(text: string, rPr: string, halfPoints: number): string {
  const lines = text.split('\n').map((line) => ({
    line,
    spans: keptSpans(line).filter(([a, b]) => b - a < line.length),
  }))
  if (lines.every((l) => l.spans.length === 0)) return run(text, rPr)
  const out: string[] = []
  for (const [i, { line, spans }] of lines.entries()) {
    if (i > 0) out.push(`<w:r>${rPr}<w:br/></w:r>`)
    let at = 0
    for (const [start, end] of spans) {
      if (start > at) out.push(`<w:r>${rPr}${t(line.slice(at, start))}</w:r>`)
      out.push(keptRun(line.slice(start, end), rPr, halfPoints))
      at = end
    }
    if (at < line.length) out.push(`<w:r>${rPr}${t(line.slice(at))}</w:r>`)
  }
  return out.join('')
}
