import { describe, expect, it } from 'vitest'
import { pickByFacts, pickByValue } from './dropdown'
import type { ChoiceFacts } from './form-data'

const facts: ChoiceFacts = {
  size: '小型',
  consortium: false,
  prison: false,
  welfare: false,
  taxIncluded: true,
}

describe('drop-down entries', () => {
  it('a question the facts answer takes the true entry', () => {
    expect(pickByFacts(['是', '否'], '是否为联合体投标：', facts)).toMatchObject({ ok: true, index: 1 })
    expect(pickByFacts(['请选择', '大型', '中型', '小型', '微型'], '企业规模：', facts)).toMatchObject({
      ok: true,
      entry: '小型',
    })
    expect(pickByFacts(['含税', '不含税'], '报价方式', facts)).toMatchObject({ ok: true, index: 0 })
  })

  it('no fitting entry, or several: reported with the entries and our answer', () => {
    const none = pickByFacts(['大型', '中型'], '企业规模', facts)
    expect(none).toEqual({
      ok: false,
      why: {
        zh: '下拉框的选项（大型/中型）中没有与投标信息（企业规模：小型企业）相符的一项，请向招标方澄清或手工选择',
        en: "none of the drop-down's entries (大型/中型) fits the bid (企业规模：小型企业): ask the buyer or choose by hand",
      },
    })
    const two = pickByFacts(['小型', '小微企业'], '企业规模', facts)
    expect(two?.ok).toBe(false)
    // Entries the facts do not speak to: left to the label's value.
    expect(pickByFacts(['人民币', '美元'], '币种', facts)).toBeNull()
  })

  it('by value: the same words, or the one entry that contains it', () => {
    expect(pickByValue(['人民币', '美元'], '人民币')).toMatchObject({ ok: true, index: 0 })
    expect(
      pickByValue(['国有企业', '有限责任公司', '股份有限公司'], '有限责任公司（自然人投资或控股）'),
    ).toMatchObject({
      ok: true,
      index: 1,
    })
    const miss = pickByValue(['美元', '欧元'], '人民币')
    expect(miss.ok).toBe(false)
    expect(!miss.ok && miss.why.zh).toBe('下拉框的选项（美元/欧元）中没有“人民币”，请向招标方澄清或手工选择')
  })
})
