import { OPTIONAL_ZERO_END, PREFIX, type AmountError } from './chars'
import { tokenize, WordsFail, type Token } from './tokens'

export type ParseWordsResult =
  { ok: true; value: number; fen: number } | { ok: false; error: AmountError & { index: number } }

/** A non-zero digit placed at a power of ten (角 = -1, 分 = -2), with the 零 written before it, if any. */
interface Placed {
  power: number
  digit: number
  tok: Token
  zeroIdx: number | null
}

/**
 * Parses 中文大写金额 back to its value. Accepts every variant the PBoC rules allow (DOMAIN.md §9):
 * optional 零 where a run of zeros ends at the 元, 万 (or 亿) digit, 整 or 正 (optional after 角),
 * an optional 人民币 prefix, 拾 for 壹拾 as the very first character, 圆 for 元, 零元 before 角/分, and
 * whitespace anywhere. 整 is required after a final 元 and refused after 分. Anything else is refused
 * with `index` (0-based, into the original `text`) of the first wrong character, or the index just
 * after the last character when something is missing at the end (0 for an empty amount); the
 * messages give the position 1-based. It never guesses what was meant.
 */
export function parseAmountWords(text: string): ParseWordsResult {
  try {
    const fen = parseFen(text)
    return { ok: true, fen, value: fen / 100 }
  } catch (e) {
    if (!(e instanceof WordsFail)) throw e
    if (e.index === -1) return { ok: false, error: { zh: e.zh, en: e.en, index: 0 } }
    const inText = e.index < text.trimEnd().length
    const where = inText ? `第${e.index + 1}个字“${text[e.index]}”` : '末尾'
    const whereEn = inText ? `at character ${e.index + 1} '${text[e.index]}'` : 'at the end'
    return { ok: false, error: { zh: `${where}：${e.zh}`, en: `${whereEn}: ${e.en}`, index: e.index } }
  }
}

function parseFen(text: string): number {
  const { tokens } = tokenize(text)
  if (tokens.length === 0) {
    // -1: nothing to point at; reported as index 0 without a position in the message.
    throw new WordsFail(
      -1,
      text.includes(PREFIX) ? '“人民币”之后缺少金额' : '金额为空',
      'the amount is empty',
    )
  }
  const end = tokens[tokens.length - 1].idx + 1
  const placed: Placed[] = []
  let i = 0
  let zeroYuan = false
  if (tokens[0].kind === 'zero' && tokens[1]?.kind === 'yuan') {
    zeroYuan = true
    i = 2
  } else {
    i = parseInteger(tokens, placed)
  }
  const yuanWritten = zeroYuan || tokens[i - 1]?.kind === 'yuan'
  if (!yuanWritten && placed.length > 0) {
    const t = tokens[i]
    if (!t) throw new WordsFail(end, '缺少“元”', "'元' is missing")
    throw new WordsFail(t.idx, '角、分之前缺少“元”', "'元' is missing before 角/分")
  }
  parseFraction(tokens, i, placed, yuanWritten, end)
  checkZeros(placed, zeroYuan)
  let fen = 0
  for (const p of placed) fen += p.digit * 10 ** (p.power + 2)
  return fen
}

/** Reads the 元 part into `placed`; returns the index of the first token after it (after 元 if any). */
function parseInteger(tokens: Token[], placed: Placed[]): number {
  let group: { small: number; digit: number; tok: Token; zeroIdx: number | null }[] = []
  let lastSmall = 4
  let lastLevel = 12
  let pendingZero: number | null = null
  let i = 0
  // 拾元整 / 拾万元整: a leading ten may omit its 壹, but only at the very start.
  if (tokens[0].kind === 'small' && tokens[0].n === 1) {
    group.push({ small: 1, digit: 1, tok: tokens[0], zeroIdx: null })
    lastSmall = 1
    i = 1
  }
  const finishGroup = (level: number) => {
    for (const g of group)
      placed.push({ power: level + g.small, digit: g.digit, tok: g.tok, zeroIdx: g.zeroIdx })
    group = []
    lastSmall = 4
    lastLevel = level
  }
  while (i < tokens.length) {
    const t = tokens[i]
    const next = tokens[i + 1]
    switch (t.kind) {
      case 'digit': {
        let small: number
        if (next?.kind === 'small') {
          if (next.n >= lastSmall) throw misplaced(next)
          small = next.n
          i += 2
        } else if (next?.kind === 'big' || next?.kind === 'yuan') {
          small = 0
          i += 1
        } else if (next?.kind === 'jiao' || next?.kind === 'fen') {
          finishGroup(0)
          return i
        } else {
          throw noUnit(t)
        }
        group.push({ small, digit: t.n, tok: t, zeroIdx: pendingZero })
        lastSmall = small
        pendingZero = null
        break
      }
      case 'zero':
        if (placed.length === 0 && group.length === 0) throw leadingZero(t)
        checkZeroFollower(t, next)
        pendingZero = t.idx
        i++
        break
      case 'small':
        throw noDigitBefore(t)
      case 'big':
        if (group.length === 0) {
          const prev = tokens[i - 1]
          if (t.n === 8 && prev?.kind === 'big' && prev.n === 4) {
            throw new WordsFail(
              t.idx,
              '“万亿”超出范围，最大为9999亿',
              '万亿 is out of range (at most 9999亿)',
            )
          }
          throw noDigitBefore(t)
        }
        if (t.n >= lastLevel) throw misplaced(t)
        finishGroup(t.n)
        i++
        break
      case 'yuan':
        if (group.length === 0 && placed.length === 0) throw noDigitBefore(t)
        finishGroup(0)
        return i + 1
      case 'jiao':
      case 'fen':
        throw noDigitBefore(t)
      case 'zheng':
        if (group.length > 0 || placed.length > 0) {
          throw new WordsFail(t.idx, '“整”前缺少“元”', "'元' is missing before 整")
        }
        throw new WordsFail(t.idx, '“整”前缺少金额', 'nothing before 整')
    }
  }
  // Ran out of text before 元: keep what was read so the caller reports the missing 元.
  finishGroup(0)
  return i
}

/** Reads 角/分 and the closing 整 from index i. */
function parseFraction(tokens: Token[], i: number, placed: Placed[], yuanWritten: boolean, end: number) {
  let last: 'yuan' | 'jiao' | 'fen' | 'none' = yuanWritten ? 'yuan' : 'none'
  let lastPower = 0
  let pendingZero: number | null = null
  while (i < tokens.length) {
    const t = tokens[i]
    const next = tokens[i + 1]
    if (last === 'fen') {
      if (t.kind === 'zheng') throw new WordsFail(t.idx, '“分”后不写“整”', 'nothing, not even 整, follows 分')
      throw new WordsFail(t.idx, '“分”之后不应再有文字', 'nothing may follow 分')
    }
    switch (t.kind) {
      case 'zero':
        if (last === 'none') throw leadingZero(t)
        checkZeroFollower(t, next)
        pendingZero = t.idx
        i++
        break
      case 'digit': {
        if (next?.kind !== 'jiao' && next?.kind !== 'fen') {
          if (next?.kind === 'small' || next?.kind === 'big') throw afterYuan(next)
          throw noUnit(t)
        }
        const power = next.kind === 'jiao' ? -1 : -2
        if (power >= lastPower) throw misplaced(next)
        placed.push({ power, digit: t.n, tok: t, zeroIdx: pendingZero })
        pendingZero = null
        lastPower = power
        last = next.kind
        i += 2
        break
      }
      case 'zheng':
        if (next) throw new WordsFail(next.idx, '“整”之后不应再有文字', 'nothing may follow 整')
        return
      case 'small':
      case 'big':
        throw afterYuan(t)
      case 'yuan':
        throw misplaced(t)
      case 'jiao':
      case 'fen':
        throw noDigitBefore(t)
    }
  }
  // 整 is required after 元 but optional after 角 (PBoC); a bare 元 at the end is incomplete.
  if (last === 'yuan')
    throw new WordsFail(end, '“元”后缺少“整”（或“正”）', "'整' (or '正') is missing after 元")
}

/**
 * Checks every gap between consecutive non-zero digits: a gap of zeros needs exactly one 零, unless
 * the run ends at the 元/万/亿 digit (then 零 is optional); no gap means no 零. 零元 counts as a
 * zero 元 digit, so 零元伍角 is fine and 零元伍分 lacks its 零 like 壹拾元伍分 does.
 */
function checkZeros(placed: Placed[], zeroYuan: boolean) {
  let prev: number | null = zeroYuan ? 1 : null
  for (const p of placed) {
    if (prev !== null) {
      const gap = prev - p.power
      if (p.zeroIdx !== null && gap === 1) {
        throw new WordsFail(p.zeroIdx, '此处没有空位，不应写“零”', 'no digit is zero here, so no 零')
      }
      if (p.zeroIdx === null && gap > 1 && !OPTIONAL_ZERO_END.has(p.power + 1)) {
        throw new WordsFail(p.tok.idx, `“${p.tok.ch}”前缺少“零”`, `'零' is missing before '${p.tok.ch}'`)
      }
    }
    prev = p.power
  }
}

function checkZeroFollower(zero: Token, next: Token | undefined) {
  if (next?.kind === 'digit') return
  if (next?.kind === 'zero')
    throw new WordsFail(next.idx, '连续的零只写一个“零”', 'consecutive zeros take one 零')
  if (!next) throw new WordsFail(zero.idx, '“零”后缺少数字', 'no digit after 零')
  throw new WordsFail(
    zero.idx,
    `“零”后应接数字，不能接“${next.ch}”`,
    `零 must be followed by a digit, not '${next.ch}'`,
  )
}

function leadingZero(t: Token) {
  return new WordsFail(t.idx, '开头不应写“零”', 'an amount does not start with 零')
}

function noUnit(t: Token) {
  return new WordsFail(t.idx, `“${t.ch}”后缺少单位`, `no unit after '${t.ch}'`)
}

function noDigitBefore(t: Token) {
  return new WordsFail(t.idx, `“${t.ch}”前缺少数字`, `no digit before '${t.ch}'`)
}

function misplaced(t: Token) {
  return new WordsFail(
    t.idx,
    `“${t.ch}”的位置不对（单位须由大到小、不重复）`,
    `'${t.ch}' is out of order (units go from large to small, once each)`,
  )
}

function afterYuan(t: Token) {
  return new WordsFail(t.idx, `“${t.ch}”不能写在“元”或角、分之后`, `'${t.ch}' cannot come after 元, 角 or 分`)
}
