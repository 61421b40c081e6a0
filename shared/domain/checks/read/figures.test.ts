import { describe, expect, it } from 'vitest'
import { readFigures, statesFen } from './figures'

describe('figures in the unit a form states elsewhere', () => {
  it.each([
    ['50.87903', '万元', 50_879_030, 10],
    ['50.8790', '万元', 50_879_000, 100],
    ['50.88', '万元', 50_880_000, 10_000],
    ['51', '万元', 51_000_000, 1_000_000],
    ['５０．８８', '万元', 50_880_000, 10_000],
    ['37.5万元', null, 37_500_000, 100_000],
    ['375,000.00元', '万元', 37_500_000, 1],
    ['¥508,790.30', null, 50_879_030, 1],
    ['人民币 508,790.30', '元', 50_879_030, 1],
  ] as const)('%s in %s', (text, unit, fen, stepFen) => {
    expect(readFigures(text, unit)).toEqual({ fen, stepFen })
  })

  it('no figures, or finer than 1 分: nothing', () => {
    expect(readFigures('见附件', '万元')).toBeNull()
    expect(readFigures('1.23456789', '万元')).toBeNull()
  })

  it('a 万元 figure agrees with an amount within half its last decimal; a 元 figure to the 分', () => {
    const total = 50_879_030 // ¥508,790.30
    expect(statesFen(readFigures('50.8790', '万元')!, total)).toBe(true) // to the 元
    expect(statesFen(readFigures('50.88', '万元')!, total)).toBe(true) // to 100 元
    expect(statesFen(readFigures('50.87', '万元')!, total)).toBe(false) // 508,700 is 90.30 short
    expect(statesFen(readFigures('50.8780', '万元')!, total)).toBe(false)
    expect(statesFen(readFigures('508,790.00', '元')!, total)).toBe(false)
    expect(statesFen(readFigures('508,790.30', '元')!, total)).toBe(true)
  })
})
