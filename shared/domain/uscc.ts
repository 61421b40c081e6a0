import { AppError } from '../errors'

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, Z, S, V;
 * the 18th is a check character over the first 17 (weights 3^i mod 31).
 *
 * Input is normalised before checking: surrounding whitespace is trimmed and lower-case letters are
 * upper-cased (people type and OCR codes in lower case; the code itself is defined in upper case).
 * Whitespace inside the code is not removed: it is a charset error, so a split code is noticed.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type UsccResult =
  | { ok: true; code: string }
  | {
      ok: false
      reason: 'length' | 'charset' | 'checkdigit'
      zh: string
      en: string
      /** For 'checkdigit': the check character the first 17 characters call for. */
      expected?: string
      /** For 'charset': 0-based index (into the trimmed code) of the first character not allowed. */
      index?: number
    }

export function normaliseUscc(code: string): string {
  return code.trim().toUpperCase()
}

export function validateUscc(code: string): UsccResult {
  const c = normaliseUscc(code)
  if (c.length !== 18) {
    return {
      ok: false,
      reason: 'length',
      zh: `统一社会信用代码应为18位，实际为${c.length}位`,
      en: `a unified social credit code has 18 characters, this one has ${c.length}`,
    }
  }
  const bad = badCharAt(c)
  if (bad >= 0) {
    return {
      ok: false,
      reason: 'charset',
      index: bad,
      zh: `第${bad + 1}位“${c[bad]}”不是统一社会信用代码允许的字符（只用数字和除 I、O、Z、S、V 外的大写字母）`,
      en: `character ${bad + 1} '${c[bad]}' is not allowed (digits and capital letters except I, O, Z, S, V)`,
    }
  }
  const expected = checkCharOf(c.slice(0, 17))
  if (c[17] !== expected) {
    return {
      ok: false,
      reason: 'checkdigit',
      expected,
      zh: `校验码错误：第18位应为“${expected}”，实际为“${c[17]}”`,
      en: `wrong check character: the 18th should be '${expected}', not '${c[17]}'`,
    }
  }
  return { ok: true, code: c }
}

/** The 18th character for the first 17; throws AppError('VALIDATION') if they are not 17 valid characters. */
export function usccCheckChar(first17: string): string {
  const c = normaliseUscc(first17)
  if (c.length !== 17) {
    throw new AppError('VALIDATION', {
      zh: `计算校验码需要前17位，实际为${c.length}位`,
      en: `the check character needs the first 17 characters, got ${c.length}`,
    })
  }
  const bad = badCharAt(c)
  if (bad >= 0) {
    throw new AppError('VALIDATION', {
      zh: `第${bad + 1}位“${c[bad]}”不是统一社会信用代码允许的字符`,
      en: `character ${bad + 1} '${c[bad]}' is not allowed in a unified social credit code`,
    })
  }
  return checkCharOf(c)
}

function badCharAt(c: string): number {
  for (let i = 0; i < c.length; i++) if (!USCC_ALPHABET.includes(c[i])) return i
  return -1
}

function checkCharOf(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i]
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}
