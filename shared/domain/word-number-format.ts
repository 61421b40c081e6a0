/**
 * Word's list number formats (w:numFmt) as Word prints item n: one table for reading a tender's numbering and for
 * drawing the markers our own exported lists will carry, so the editor shows what Word will print.
 */
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
