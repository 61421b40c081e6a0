import { describe, expect, it } from 'vitest'
import { parseAmountWords } from './index'

function valueOf(text: string): number {
  const r = parseAmountWords(text)
  if (!r.ok) throw new Error(`${text}: ${r.error.en}`)
  return r.value
}

describe('parseAmountWords: the PBoC regulation examples, every variant it gives', () => {
  it.each([
    ['人民币壹仟肆佰零玖元伍角', 1409.5],
    ['人民币陆仟零柒元壹角肆分', 6007.14],
    ['人民币壹仟陆佰捌拾元零叁角贰分', 1680.32],
    ['人民币壹仟陆佰捌拾元叁角贰分', 1680.32],
    ['人民币壹拾万柒仟元零伍角叁分', 107000.53],
    ['人民币壹拾万零柒仟元伍角叁分', 107000.53],
    ['人民币壹万陆仟肆佰零玖元零贰分', 16409.02],
    ['人民币叁佰贰拾伍元零肆分', 325.04],
  ])('%s = %s', (text, value) => {
    expect(valueOf(text)).toBe(value)
    expect(valueOf(text.slice(3))).toBe(value)
  })
})

describe('parseAmountWords: accepted variants', () => {
  it.each([
    // both optional 零 written, and neither
    ['壹拾万零柒仟元零伍角叁分', 107000.53],
    ['壹拾万柒仟元伍角叁分', 107000.53],
    // 整 / 正, optional after 角
    ['壹仟肆佰零玖元伍角整', 1409.5],
    ['壹仟肆佰零玖元伍角正', 1409.5],
    ['壹拾元正', 10],
    // 拾 for 壹拾 at the very start
    ['拾元整', 10],
    ['拾伍元整', 15],
    ['拾万元整', 100000],
    ['人民币拾亿元整', 1000000000],
    // 圆 for 元
    ['壹佰圆整', 100],
    // whitespace anywhere, including the full-width space
    ['  人民币 壹仟　陆佰 捌拾元\t叁角贰分 ', 1680.32],
    // amounts under one 元, with or without 零元
    ['伍分', 0.05],
    ['伍角整', 0.5],
    ['伍角', 0.5],
    ['零元伍角整', 0.5],
    ['零元零伍分', 0.05],
    ['零元整', 0],
    ['零元正', 0],
    ['人民币零元整', 0],
    // 亿 and 万 boundaries, 零 optional where a zero run ends at the 万 or 亿 digit
    ['壹亿元整', 100000000],
    ['壹亿零壹元整', 100000001],
    ['壹亿零壹万元整', 100010000],
    ['壹亿壹仟元整', 100001000],
    ['壹亿零壹仟元整', 100001000],
    ['壹拾亿零壹仟万元整', 1010000000],
    ['壹拾亿壹仟万元整', 1010000000],
    ['壹万元整', 10000],
    ['壹万零壹元整', 10001],
    ['壹拾万零壹佰元整', 100100],
    ['玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分', 999999999999.99],
    ['壹拾元零伍角整', 10.5],
    ['壹拾元伍角整', 10.5],
  ])('%s = %s', (text, value) => {
    expect(valueOf(text)).toBe(value)
  })

  it('returns integer 分 too', () => {
    expect(parseAmountWords('叁佰贰拾伍元零肆分')).toEqual({ ok: true, value: 325.04, fen: 32504 })
  })
})

describe('parseAmountWords: malformed text is refused with the index of the fault', () => {
  it.each([
    // [text, index, words expected in the Chinese message]
    ['壹拾拾元整', 2, '“拾”前缺少数字'],
    ['元整整', 0, '“元”前缺少数字'],
    ['壹元整整', 3, '“整”之后不应再有文字'],
    ['伍角整叁分', 3, '“整”之后不应再有文字'],
    ['壹万万元整', 2, '“万”前缺少数字'],
    ['壹亿万元整', 2, '“万”前缺少数字'],
    ['壹万亿元整', 2, '超出范围'],
    ['壹万贰亿元整', 3, '位置不对'],
    ['贰佰零零元整', 3, '连续的零只写一个'],
    ['贰佰零元整', 2, '不能接“元”'],
    ['壹佰贰', 2, '“贰”后缺少单位'],
    ['壹佰贰元', 4, '缺少“整”'],
    ['壹元伍', 2, '“伍”后缺少单位'],
    ['壹贰元整', 0, '“壹”后缺少单位'],
    ['abc', 0, '不是大写金额用字'],
    ['壹佰x元整', 2, '不是大写金额用字'],
    ['一百元整', 0, '应写作“壹”'],
    ['壹佰5元整', 2, '阿拉伯数字'],
    ['壹佰元人民币', 3, '只能写在开头'],
    ['壹拾元', 3, '缺少“整”'],
    ['壹佰', 2, '缺少“元”'],
    ['壹拾伍角', 2, '缺少“元”'],
    ['壹佰元伍分整', 5, '“分”后不写“整”'],
    ['壹佰元零伍分叁', 6, '“分”之后不应再有文字'],
    ['伍角叁角', 3, '位置不对'],
    ['伍分叁角', 2, '“分”之后不应再有文字'],
    ['壹仟仟元整', 2, '“仟”前缺少数字'],
    ['壹拾壹佰元整', 3, '位置不对'],
    ['佰元整', 0, '“佰”前缺少数字'],
    ['壹亿拾万元整', 2, '“拾”前缺少数字'],
    ['零壹元整', 0, '开头不应写“零”'],
    ['零伍分', 0, '开头不应写“零”'],
    ['整', 0, '“整”前缺少金额'],
    ['壹佰整', 2, '“整”前缺少“元”'],
    ['角整', 0, '“角”前缺少数字'],
    ['壹元伍拾', 3, '不能写在“元”或角、分之后'],
    ['壹元零角伍分', 2, '不能接“角”'],
    ['壹亿零万壹元整', 2, '不能接“万”'],
    // zeros that are missing or that have no gap to fill
    ['壹仟伍拾元整', 2, '“伍”前缺少“零”'],
    ['壹万伍元整', 2, '“伍”前缺少“零”'],
    ['壹拾万壹佰元整', 3, '“壹”前缺少“零”'],
    ['壹亿壹万元整', 2, '“壹”前缺少“零”'],
    ['叁佰贰拾伍元肆分', 6, '“肆”前缺少“零”'],
    ['零元伍分', 2, '“伍”前缺少“零”'],
    ['壹元零伍角整', 2, '不应写“零”'],
    ['壹仟零壹佰元整', 2, '不应写“零”'],
    ['伍角零叁分', 2, '不应写“零”'],
  ])('%s → index %i', (text, index, zh) => {
    const r = parseAmountWords(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.index).toBe(index)
    expect(r.error.zh).toContain(zh)
    expect(r.error.en.length).toBeGreaterThan(0)
  })

  it('says where in both languages, 1-based, against the original text (prefix and spaces counted)', () => {
    const r = parseAmountWords('人民币 壹拾拾元整')
    expect(r).toEqual({
      ok: false,
      error: {
        zh: '第7个字“拾”：“拾”前缺少数字',
        en: "at character 7 '拾': no digit before '拾'",
        index: 6,
      },
    })
  })

  it('reports a missing ending as the end of the text', () => {
    const r = parseAmountWords('壹拾元  ')
    expect(r.ok || r.error).toEqual({
      zh: '末尾：“元”后缺少“整”（或“正”）',
      en: "at the end: '整' (or '正') is missing after 元",
      index: 3,
    })
  })

  it.each(['', '   ', '人民币'])('empty amount %j', (text) => {
    const r = parseAmountWords(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.index).toBe(0)
  })
})
