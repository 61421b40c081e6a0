import { describe, expect, it } from 'vitest'
import { LEAST_HALF_POINTS, LEAST_SCALE, fitInCell, keptWidth } from '@services/export/docx/cell-fit'
import { setRunProp } from '@services/export/docx/form-runs'

const cell = (width: number, margins = 216) => ({ width, margins })

describe('fitInCell', () => {
  it('leaves a value that fits as it is', () => {
    expect(fitInCell('125,000.00', cell(2000), 24)).toBeNull()
    // A long name wraps between its characters: only its widest unbreakable piece counts.
    expect(fitInCell('园区综合管理平台软件', cell(830), 24)).toBeNull()
  })

  it('prints smaller first, by half points, never below 小五', () => {
    const fit = fitInCell('125,000.00', cell(1400), 24)!
    expect(fit).toMatchObject({ scale: 100, tight: false, fits: true })
    expect(fit.halfPoints).toBeLessThan(24)
    expect(fit.halfPoints).toBeGreaterThanOrEqual(LEAST_HALF_POINTS)
    expect(keptWidth('125,000.00', fit.halfPoints)).toBeLessThanOrEqual(1400 - 216)
    expect(keptWidth('125,000.00', fit.halfPoints + 1)).toBeGreaterThan(1400 - 216)
  })

  it('then narrower characters with tight padding, down to 70 %', () => {
    const fit = fitInCell('1,234,567.89', cell(907), 24)!
    expect(fit).toMatchObject({ halfPoints: 18, tight: true, fits: true })
    expect(fit.scale).toBeGreaterThanOrEqual(LEAST_SCALE)
    expect(fit.scale).toBeLessThan(100)
    // A date, a quantity with its unit: the same ladder.
    expect(fitInCell('2026年3月10日', cell(1300), 24)).toMatchObject({ halfPoints: 18, fits: true })
    expect(fitInCell('20人日', cell(600), 24)).toMatchObject({ fits: true })
  })

  it('says when nothing readable fits, and never enlarges a buyer size under 小五', () => {
    expect(fitInCell('1,234,567.89', cell(830), 24)).toEqual({
      halfPoints: 18,
      scale: LEAST_SCALE,
      tight: true,
      fits: false,
    })
    expect(fitInCell('1,234,567.89', cell(700), 14)?.halfPoints).toBe(14)
  })
})

describe('setRunProp', () => {
  it('puts each property in its ECMA-376 place and replaces one already there', () => {
    const rPr =
      '<w:rPr><w:rFonts w:ascii="仿宋"/><w:b/><w:sz w:val="24"/><w:u w:val="none"/><w:lang w:val="zh-CN"/></w:rPr>'
    expect(setRunProp(rPr, 'w', '<w:w w:val="80"/>')).toBe(
      '<w:rPr><w:rFonts w:ascii="仿宋"/><w:b/><w:w w:val="80"/><w:sz w:val="24"/><w:u w:val="none"/><w:lang w:val="zh-CN"/></w:rPr>',
    )
    expect(setRunProp(rPr, 'sz', '<w:sz w:val="18"/>')).toContain('<w:b/><w:sz w:val="18"/><w:u')
    expect(setRunProp(rPr, 'szCs', '<w:szCs w:val="18"/>')).toContain(
      '<w:sz w:val="24"/><w:szCs w:val="18"/><w:u',
    )
    expect(setRunProp(rPr, 'u', '<w:u w:val="single"/>')).toContain('<w:u w:val="single"/><w:lang')
    expect(setRunProp('', 'sz', '<w:sz w:val="18"/>')).toBe('<w:rPr><w:sz w:val="18"/></w:rPr>')
  })
})
