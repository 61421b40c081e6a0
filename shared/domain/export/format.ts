/** Formatting of figures and dates as they appear in Chinese tender forms. Pure, deterministic. */

/** The line printed where a value belongs and the bid has none: a blank to fill by hand, which P03 reports. */
export const BLANK_LINE = '________'

/** Rounds half away from zero to cents, on integer cents so 1.005 does not become 1.00 through binary error. */
export function round2(n: number): number {
  const cents = Math.round(Math.abs(n) * 100 + 1e-7)
  return (Math.sign(n) || 1) * (cents / 100)
}

/** 1234567.8 → "1,234,567.80" (always two decimals, grouping by thousands). */
export function formatMoney(n: number): string {
  const neg = n < 0
  const cents = Math.round(Math.abs(n) * 100 + 1e-7)
  const intPart = Math.floor(cents / 100).toString()
  const frac = (cents % 100).toString().padStart(2, '0')
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${neg ? '-' : ''}${grouped}.${frac}`
}

/** 1234567.8 → "¥1,234,567.80" */
export function formatYuan(n: number): string {
  return `¥${formatMoney(n)}`
}

/** Quantities keep up to four decimals and drop trailing zeros: 2 → "2", 1.5 → "1.5". */
export function formatQty(n: number): string {
  return String(Number(n.toFixed(4)))
}

/** "2026-03-05" (or an ISO date-time) → "2026年3月5日"; an empty or malformed value gives "". */
export function formatDateZh(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return ''
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}

/** "2026-03-05T09:30:00+08:00" → "2026年3月5日 09:30" (the clock time as written, no zone conversion). */
export function formatDateTimeZh(iso: string | null | undefined): string {
  const d = formatDateZh(iso)
  if (!d || !iso) return d
  const t = /[T ](\d{2}):(\d{2})/.exec(iso)
  return t ? `${d} ${t[1]}:${t[2]}` : d
}

/**
 * ISO dates typed into free text ("2027-01-01 至 2027-12-31") printed as a 评标委员会 reads them
 * ("2027年1月1日至2027年12月31日"). Dates inside codes (NYJT-2026-01-15, 2026-01-15-A) are left alone.
 */
export function zhDatesInText(text: string): string {
  return text
    .replace(
      /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g,
      (all, y, m, d) => formatDateZh(`${y}-${m}-${d}`) || all,
    )
    .replace(/(日)\s*(至|到|～|~|—|-)\s*(\d{4}年)/g, '$1至$3')
}

/** Display width in a monospaced sense: CJK and full-width characters count as two. */
export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    w += isWide(cp) ? 2 : 1
  }
  return w
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
}
