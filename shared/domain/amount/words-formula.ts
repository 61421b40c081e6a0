import { DIGITS, OPTIONAL_ZERO_END, SMALL_UNITS } from './chars'

/**
 * An Excel formula that writes the amount in cell `ref` as 中文大写金额 exactly as fenToWords (write.ts) does, so a
 * unit price changed in Excel or LibreOffice changes the 大写 with it. Built only from functions both evaluate the
 * same way (ROUND, INT, MID, IF, AND, &): no TEXT "[DBNum2]" (locale-dependent, and it does not follow the PBoC
 * rules for 零 and 整), no MOD (Excel refuses MOD when the quotient exceeds 2^27), no LET.
 *
 * With F = the amount in 分 and A(k) = INT(F/10^k), the digit at 分-power e is A(e) − 10·A(e+1). A non-zero digit
 * at 元-power p = e − 2 writes, in the order fenToWords does:
 *   零      when the digit above it is 0, some higher digit is not, and that run of zeros does not end at the
 *           元, 万 or 亿 digit (OPTIONAL_ZERO_END);
 *   digit + its unit (拾/佰/仟, 角, 分);
 *   亿 / 万 when it is the lowest non-zero digit of its group; 元 when it is the lowest non-zero 元 digit.
 * Then 整 when the 分 digit is 0; zero is 零元整.
 *
 * @param ref the cell holding the amount, e.g. `G12` or `'报价明细表'!G12`
 * @param scale 元 per unit of the cell (10000 when the sheet is in 万元)
 */
export function amountWordsFormula(ref: string, scale = 1): string {
  const F = scale === 1 ? `ROUND(${ref}*100,0)` : `ROUND(${ref}*${scale * 100},0)`
  const A = (k: number) => (k === 0 ? F : `INT(${F}/1E${k})`)
  const digit = (e: number) => (e === 13 ? A(13) : `(${A(e)}-10*${A(e + 1)})`)
  /** The digits at 分-powers lo … hi-1 are all zero. */
  const zerosBelow = (lo: number, hi: number) => (hi === lo ? null : `${A(lo)}=1E${hi - lo}*${A(hi)}`)
  const DIG = `"${DIGITS.join('')}"`
  const pieces: string[] = []
  for (let e = 13; e >= 0; e--) {
    const p = e - 2
    const d = digit(e)
    const unit = p >= 0 ? SMALL_UNITS[p % 4] : p === -1 ? '角' : '分'
    let zero = ''
    if (e <= 11 && !OPTIONAL_ZERO_END.has(p + 1)) zero = `IF(AND(${digit(e + 1)}=0,${A(e + 2)}>0),"零","")&`
    const groups: string[] = []
    if (p >= 8) {
      const z = zerosBelow(10, e)
      groups.push(z ? `IF(${z},"亿","")` : '"亿"')
    }
    if (p >= 4 && p < 8) {
      const z = zerosBelow(6, e)
      groups.push(z ? `IF(${z},"万","")` : '"万"')
    }
    if (p >= 0) {
      const z = zerosBelow(2, e)
      groups.push(z ? `IF(${z},"元","")` : '"元"')
    }
    const tail = [unit ? `"${unit}"` : '', ...groups].filter(Boolean).join('&')
    pieces.push(`IF(${d}=0,"",${zero}MID(${DIG},${d}+1,1)${tail ? `&${tail}` : ''})`)
  }
  return `IF(${F}=0,"零元整",${pieces.join('&')}&IF(${digit(0)}=0,"整",""))`
}
