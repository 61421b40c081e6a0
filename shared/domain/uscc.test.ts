import { describe, expect, it } from 'vitest'
import { isAppError } from '../errors'
import { USCC_ALPHABET, usccCheckChar, validateUscc } from './uscc'

describe('validateUscc', () => {
  it('accepts codes whose check character was computed by hand', () => {
    // 91350100M000100Y4: 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640;
    // 1640 mod 31 = 28; 31 − 28 = 3.
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' })
    // 12100000400000000: 1 + 2·3 + 1·9 + 4·20 = 96; 96 mod 31 = 3; 31 − 3 = 28 → W.
    expect(validateUscc('12100000400000000W')).toEqual({ ok: true, code: '12100000400000000W' })
    // 92440300Y00000000: 9 + 2·3 + 4·9 + 4·27 + 3·26 + Y(30)·20 = 837 = 27·31; 31 − 0 = 31 → 0.
    expect(validateUscc('92440300Y000000000')).toEqual({ ok: true, code: '92440300Y000000000' })
  })

  it('computes the same check characters', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
    expect(usccCheckChar('12100000400000000')).toBe('W')
    expect(usccCheckChar('92440300Y00000000')).toBe('0')
  })

  it('normalises lower case and surrounding whitespace', () => {
    expect(validateUscc(' 91350100m000100y43\n')).toEqual({ ok: true, code: '91350100M000100Y43' })
    expect(validateUscc('12100000400000000w').ok).toBe(true)
    expect(usccCheckChar('91350100m000100y4')).toBe('3')
  })

  it('reports a wrong check character with the expected one', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({
      ok: false,
      reason: 'checkdigit',
      expected: '3',
      zh: '校验码错误：第18位应为“3”，实际为“4”',
      en: "wrong check character: the 18th should be '3', not '4'",
    })
    // a single changed body character is always caught
    const r = validateUscc('91350100M000100Y53')
    expect(r.ok || r.reason).toBe('checkdigit')
  })

  it.each(['91350100M000100Y4', '91350100M000100Y433', '', '   '])('refuses length of %j', (code) => {
    const r = validateUscc(code)
    expect(r.ok || r.reason).toBe('length')
  })

  it.each([
    ['I', 8],
    ['O', 8],
    ['Z', 8],
    ['S', 8],
    ['V', 8],
    ['-', 8],
    [' ', 8],
  ])('refuses the forbidden character %j with its position', (ch, index) => {
    const code = '91350100' + ch + '000100Y43'
    const r = validateUscc(code)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe('charset')
    expect(r.index).toBe(index)
    expect(r.zh).toContain('第9位')
  })

  it('uses 31 characters, none of I O Z S V', () => {
    expect(USCC_ALPHABET).toHaveLength(31)
    expect(USCC_ALPHABET).not.toMatch(/[IOZSV]/)
  })
})

describe('usccCheckChar refuses bad input', () => {
  it.each(['9135010', '91350100M000100Y43', '91350100O000100Y4'])('%j', (input) => {
    let caught: unknown
    try {
      usccCheckChar(input)
    } catch (e) {
      caught = e
    }
    expect(isAppError(caught) && caught.code).toBe('VALIDATION')
  })
})
