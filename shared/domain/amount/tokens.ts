import { PREFIX } from './chars'

export type TokenKind = 'digit' | 'zero' | 'small' | 'big' | 'yuan' | 'jiao' | 'fen' | 'zheng'

export interface Token {
  kind: TokenKind
  ch: string
  /** Index of the character in the caller's original text (whitespace and prefix included). */
  idx: number
  /** Digit value for 'digit'; power of ten for 'small' (1–3) and 'big' (4 or 8). */
  n: number
}

/** A parse failure at one place in the original text. */
export class WordsFail {
  constructor(
    readonly index: number,
    readonly zh: string,
    readonly en: string,
  ) {}
}

const KINDS: Record<string, [TokenKind, number]> = {
  零: ['zero', 0],
  壹: ['digit', 1],
  贰: ['digit', 2],
  叁: ['digit', 3],
  肆: ['digit', 4],
  伍: ['digit', 5],
  陆: ['digit', 6],
  柒: ['digit', 7],
  捌: ['digit', 8],
  玖: ['digit', 9],
  拾: ['small', 1],
  佰: ['small', 2],
  仟: ['small', 3],
  万: ['big', 4],
  亿: ['big', 8],
  元: ['yuan', 0],
  // 圆 is the older form of 元 and is still printed on many bank forms.
  圆: ['yuan', 0],
  角: ['jiao', 0],
  分: ['fen', 0],
  整: ['zheng', 0],
  正: ['zheng', 0],
}

/** Characters people type by mistake, with the 大写 character they meant. */
const MISTAKES: Record<string, string> = {
  〇: '零',
  一: '壹',
  二: '贰',
  两: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
  萬: '万',
  億: '亿',
  貳: '贰',
  陸: '陆',
}

/** Splits the text into tokens, dropping whitespace anywhere (even inside 人民币) and one leading 人民币. */
export function tokenize(text: string): { tokens: Token[] } {
  const chars: { ch: string; idx: number }[] = []
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) chars.push({ ch: text[i], idx: i })
  const hasPrefix =
    chars
      .slice(0, PREFIX.length)
      .map((c) => c.ch)
      .join('') === PREFIX
  const tokens: Token[] = []
  for (const { ch, idx } of hasPrefix ? chars.slice(PREFIX.length) : chars) {
    const known = KINDS[ch]
    if (!known) throw unknownChar(ch, idx)
    tokens.push({ kind: known[0], n: known[1], ch, idx })
  }
  return { tokens }
}

function unknownChar(ch: string, idx: number): WordsFail {
  const meant = MISTAKES[ch]
  if (meant) {
    return new WordsFail(
      idx,
      `“${ch}”不是大写金额用字，应写作“${meant}”`,
      `'${ch}' is not an amount-in-words character; write '${meant}'`,
    )
  }
  if (ch >= '0' && ch <= '9') {
    return new WordsFail(idx, '大写金额中不能有阿拉伯数字', 'an amount in words cannot contain figures')
  }
  if (ch === PREFIX[0]) {
    return new WordsFail(idx, '“人民币”只能写在开头', "'人民币' may only stand at the start")
  }
  return new WordsFail(idx, `“${ch}”不是大写金额用字`, `'${ch}' is not a character used in amounts in words`)
}
