/**
 * The characters of 中文大写金额 (DOMAIN.md §9) and the limits of the range we handle.
 * Amounts are carried as integer 分 everywhere so that no binary-float error can creep in.
 */
export const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const

/** Unit inside a four-digit group, by power of ten within the group (0 has no unit character). */
export const SMALL_UNITS = ['', '拾', '佰', '仟'] as const

/** 9999亿9999万9999元9角9分: the largest amount in range (< 1e12 元), in 分. */
export const MAX_FEN = 99_999_999_999_999

export const PREFIX = '人民币'

/**
 * Powers of ten at which a run of zeros may end without a written 零 (PBoC rule 3: the 万 or 元
 * digit is 0 and the next lower digit is not). 亿 is a group boundary exactly like 万, so we extend
 * the rule to it; the regulation predates amounts that large and says nothing either way.
 */
export const OPTIONAL_ZERO_END = new Set([8, 4, 0])

export interface AmountError {
  zh: string
  en: string
}

/** Formats integer 分 as a plain decimal with two places, e.g. 32504 → "325.04", without floats. */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return `${yuan}.${cents < 10 ? '0' : ''}${cents}`
}
