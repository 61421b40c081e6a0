import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIGITS, MAX_FEN, fenToWords, parseAmountWords } from './index'

/**
 * An independent writer that puts 零 in EVERY gap between non-zero digits, the mandatory ones and
 * the optional ones alike: the most-零 correct variant. Written the textbook way (scan the 14 digit
 * positions, remember whether a zero is pending) so it shares no code with the canonical writer.
 */
function allZerosForm(fen: number): string {
  if (fen === 0) return '零元整'
  const digitAt = (p: number) => Math.floor(fen / 10 ** (p + 2)) % 10
  const unitAt = (p: number) => (p === -1 ? '角' : p === -2 ? '分' : ['', '拾', '佰', '仟'][p % 4])
  const yuan = Math.floor(fen / 100)
  let out = ''
  let started = false
  let pending = false
  for (let p = 11; p >= -2; p--) {
    const d = digitAt(p)
    if (d !== 0) {
      if (pending) out += '零'
      out += DIGITS[d] + unitAt(p)
      started = true
      pending = false
    } else if (started) {
      pending = true
    }
    if (p === 8 && Math.floor(yuan / 1e8) % 10000 !== 0) out += '亿'
    if (p === 4 && Math.floor(yuan / 1e4) % 10000 !== 0) out += '万'
    if (p === 0 && yuan > 0) out += '元'
  }
  return fen % 10 === 0 ? out + '整' : out
}

/**
 * Every correct variant's 零 pattern: the canonical form is the all-zeros form minus the optional
 * 零s, so aligning the two tells which 零s may be dropped. Returns all 2^k spellings.
 */
function zeroVariants(fen: number): string[] {
  const full = allZerosForm(fen)
  const canon = fenToWords(fen)
  const optional: number[] = []
  let j = 0
  for (let i = 0; i < full.length; i++) {
    if (full[i] === canon[j]) j++
    else if (full[i] === '零') optional.push(i)
    else throw new Error(`forms do not align: ${full} / ${canon}`)
  }
  if (j !== canon.length) throw new Error(`forms do not align: ${full} / ${canon}`)
  const out: string[] = []
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    const drop = new Set(optional.filter((_, k) => mask & (1 << k)))
    out.push([...full].filter((_, i) => !drop.has(i)).join(''))
  }
  return out
}

/** Brings an accepted spelling to the writer's conventions, keeping its 零s. */
function normalise(text: string): string {
  let s = text.replace(/\s/g, '')
  if (s.startsWith('人民币')) s = s.slice(3)
  s = s.replace(/圆/g, '元').replace(/正/g, '整')
  if (s.startsWith('拾')) s = '壹' + s
  if (s.startsWith('零元') && s !== '零元整') s = s.slice(2).replace(/^零/, '')
  if (s.endsWith('角')) s += '整'
  return s
}

const anyFen = fc.integer({ min: 0, max: MAX_FEN })
/** Amounts with many zero digits, where the 零 rules bite. */
const zeroHeavyFen = fc
  .array(fc.constantFrom(0, 0, 0, 0, 0, 1, 5, 9), { minLength: 14, maxLength: 14 })
  .map((ds) => ds.reduce<number>((acc, d) => acc * 10 + d, 0))
const fens = fc.oneof(anyFen, zeroHeavyFen)

describe('round trip', () => {
  it('parse(write(x)) === x for every amount in range', () => {
    fc.assert(
      fc.property(fens, (fen) => {
        const r = parseAmountWords(fenToWords(fen))
        expect(r.ok && r.fen).toBe(fen)
        expect(r.ok && r.value).toBe(fen / 100)
      }),
      { numRuns: 3000 },
    )
  })

  it('the canonical form is the all-zeros form with only optional 零 dropped', () => {
    fc.assert(
      fc.property(fens, (fen) => {
        const canon = fenToWords(fen)
        expect(canon).not.toContain('零零')
        expect(canon).toMatch(/(整|分)$/)
        expect(zeroVariants(fen)).toContain(canon)
        // at most one optional 零 per group boundary: 亿, 万, 元
        expect(zeroVariants(fen).length).toBeLessThanOrEqual(8)
      }),
      { numRuns: 2000 },
    )
  })

  it('every correct variant parses back to the same value', () => {
    const variantArb = fens.chain((fen) =>
      fc.record({
        fen: fc.constant(fen),
        spelling: fc.constantFrom(...zeroVariants(fen)),
        prefix: fc.boolean(),
        zheng: fc.constantFrom('整', '正'),
        shortTen: fc.boolean(),
        yuan: fc.constantFrom('元', '圆'),
        spaceAt: fc.array(fc.nat(40), { maxLength: 3 }),
      }),
    )
    fc.assert(
      fc.property(variantArb, ({ fen, spelling, prefix, zheng, shortTen, yuan, spaceAt }) => {
        let s = spelling.replace(/整$/, zheng).replace('元', yuan)
        if (shortTen && s.startsWith('壹拾')) s = s.slice(1)
        if (prefix) s = '人民币' + s
        for (const at of spaceAt) s = s.slice(0, at) + ' ' + s.slice(at)
        const r = parseAmountWords(s)
        expect(r.ok ? r.fen : r.error.en + ' in ' + s).toBe(fen)
      }),
      { numRuns: 3000 },
    )
  })

  it('a mutated spelling is either refused with an index inside the text or is a correct variant', () => {
    const alphabet = [...'零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整']
    const mutated = fc
      .record({
        fen: fens,
        op: fc.constantFrom('delete', 'insert', 'swap', 'duplicate'),
        at: fc.nat(60),
        ch: fc.constantFrom(...alphabet),
      })
      .map(({ fen, op, at, ch }) => {
        const s = [...fenToWords(fen)]
        const i = at % s.length
        if (op === 'delete') s.splice(i, 1)
        if (op === 'insert') s.splice(i, 0, ch)
        if (op === 'duplicate') s.splice(i, 0, s[i])
        if (op === 'swap' && i + 1 < s.length) [s[i], s[i + 1]] = [s[i + 1], s[i]]
        return s.join('')
      })
    fc.assert(
      fc.property(mutated, (text) => {
        const r = parseAmountWords(text)
        if (r.ok) {
          expect(zeroVariants(r.fen)).toContain(normalise(text))
        } else {
          expect(r.error.index).toBeGreaterThanOrEqual(0)
          expect(r.error.index).toBeLessThanOrEqual(text.length)
        }
      }),
      { numRuns: 5000 },
    )
  })
})
