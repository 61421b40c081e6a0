import { describe, expect, it } from 'vitest'
import type { RenderBlock } from './blocks'
import { keepSignBlock } from './sign-block'

const p = (text: string): RenderBlock => ({ type: 'paragraph', text, style: {}, origin: 'form' })
const seal = (text: string): RenderBlock => ({ type: 'marker', kind: 'seal', text })
const kept = (bs: RenderBlock[]) => bs.map((b) => ('keepNext' in b && b.keepNext) === true)

describe('keepSignBlock: the closing seal/signature/date stays with the form’s last lines', () => {
  it('keeps the last text line and the whole closing group together', () => {
    const out = keepSignBlock([
      p('正文一'),
      p('正文二'),
      { type: 'blank', lines: 1 },
      seal('投标人（盖章）：甲'),
      p('日期：2026年3月20日'),
    ])
    expect(kept(out)).toEqual([false, true, true, true, false])
  })

  it('a note after the date (中小企业声明函 “注：…”) does not detach the seal lines from the text', () => {
    const out = keepSignBlock([
      p('本企业对上述声明内容的真实性负责。'),
      { type: 'blank', lines: 1 },
      seal('联合体牵头人（盖章）：甲'),
      seal('联合体成员（盖章）：乙'),
      p('日期：2026年3月20日'),
      p('注：从业人员、营业收入、资产总额填报上一年度数据。'),
    ])
    expect(kept(out)).toEqual([true, true, true, true, false, false])
  })

  it('a form without a closing group is left as it is', () => {
    const bs = [p('正文'), p('注：说明')]
    expect(keepSignBlock(bs)).toBe(bs)
  })
})
