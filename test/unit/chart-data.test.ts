import { describe, expect, it } from 'vitest'
import { radarOption } from '@shared/domain/competitors'
import { chartHasData } from '@renderer/components/chart-data'

describe('chartHasData', () => {
  it('no option, no series, empty series: nothing to plot', () => {
    expect(chartHasData(null)).toBe(false)
    expect(chartHasData({ xAxis: {} })).toBe(false)
    expect(chartHasData({ series: [{ type: 'line', data: [] }] })).toBe(false)
  })

  it('every value missing (null, undefined, NaN, "-") is no data; one value is data', () => {
    const bar = (data: unknown[]) => ({ series: [{ type: 'bar', data }] })
    expect(chartHasData(bar([null, undefined, Number.NaN, '-']))).toBe(false)
    expect(chartHasData(bar([null, 0]))).toBe(true)
    expect(chartHasData({ series: { type: 'bar', data: [3] } })).toBe(true)
  })

  it('a point is missing when any coordinate is; a radar datum when all its values are', () => {
    expect(
      chartHasData({
        series: [
          {
            data: [
              [1, null],
              ['-', 2],
            ],
          },
        ],
      }),
    ).toBe(false)
    expect(
      chartHasData({
        series: [
          {
            data: [
              [1, null],
              [2, 0.5],
            ],
          },
        ],
      }),
    ).toBe(true)
    expect(chartHasData({ series: [{ type: 'radar', data: [{ value: [null, '-', null] }] }] })).toBe(false)
    expect(chartHasData({ series: [{ type: 'radar', data: [{ value: [null, 4, null] }] }] })).toBe(true)
  })

  it('the competitor radar (polar [score, angle]) with no scores is no data, one score is data', () => {
    const none = Array(8).fill(null)
    expect(chartHasData(radarOption({ name: '我方', scores: none }, [{ name: '甲', scores: none }]))).toBe(
      false,
    )
    const one = [...none]
    one[3] = 6
    expect(chartHasData(radarOption({ name: '我方', scores: none }, [{ name: '甲', scores: one }]))).toBe(
      true,
    )
  })
})
