import { describe, expect, it } from 'vitest'
import { keptRuns, keptSpans } from '@services/export/docx/kept-tokens'
import { unbreakableWidth } from '@services/export/docx/widths'

const spans = (s: string) => keptSpans(s).map(([a, b]) => s.slice(a, b))

describe('dates and amounts kept on one line', () => {
  it('finds dates (with a time), amounts with their unit and the punctuation after them', () => {
    expect(spans('于2027年1月7日前交付，并于验收后支付3,150,000.00元的尾款')).toEqual([
      '2027年1月7日',
      '3,150,000.00元',
    ])
    expect(spans('截止时间2027年1月15日9时30分，逾期不予受理')).toEqual(['2027年1月15日9时30分，'])
    expect(spans('预算¥128.5万元。')).toEqual(['¥128.5万元。'])
    // Nothing a program could break inside: a bare figure, an ISO date, a code.
    expect(spans('金额3,150,000.00，日期2027-01-07，编号ZB-2026-01')).toEqual([])
  })

  it('writes a value inside a sentence as a ruby run, and leaves a value that is the whole cell alone', () => {
    const rPr = '<w:rPr><w:sz w:val="21"/></w:rPr>'
    const xml = keptRuns('于2027年1月7日前交付', rPr, 21)
    expect(xml).toContain(
      '<w:rubyBase><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t>2027年1月7日</w:t></w:r></w:rubyBase>',
    )
    expect(xml).toContain('<w:hpsBaseText w:val="21"/>')
    expect([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe(
      '于2027年1月7日前交付',
    )
    expect(keptRuns('2027年1月7日', rPr, 21)).not.toContain('w:ruby')
    expect(keptRuns('第一行\n2027年1月7日前', rPr, 21)).toContain('<w:br/>')
  })

  it('sizes a column for the value with the punctuation it keeps', () => {
    expect(unbreakableWidth('于2027年1月7日，交付')).toBeGreaterThan(unbreakableWidth('2027年1月7日'))
  })
})
