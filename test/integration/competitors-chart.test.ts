import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { bidRadarOption, shareBarOption, shareTable } from '@shared/domain/competitors'
import {
  CJK_FONT_FAMILY,
  findCjkFont,
  renderChartPng,
  renderChartSvg,
  svgToPng,
} from '@services/competitors/chart'
import { sampleCompetitors } from '../fixtures/competitors/sample'

/** Minimal PNG decoder for 8-bit RGBA (what resvg writes): returns size and raw pixels. */
function decodePng(buf: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  let pos = 8
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    const data = buf.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect([data[8], data[9]]).toEqual([8, 6]) // 8-bit RGBA
    }
    if (type === 'IDAT') idat.push(data)
    pos += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  expect(raw.length).toBe(height * (1 + width * 4))
  // Undo the per-row filters so pixel values can be compared.
  const stride = width * 4
  const pixels = Buffer.alloc(height * stride)
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x]
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0
      const pr = (() => {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      })()
      const add = [0, a, b, (a + b) >> 1, pr][f]
      pixels[y * stride + x] = (cur + add) & 0xff
    }
  }
  return { width, height, pixels }
}

function inkPixels(pixels: Buffer): number {
  let n = 0
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) n++
  return n
}

const dir = mkdtempSync(join(tmpdir(), 'bidbench-chart-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('server-side charts', () => {
  it('finds the CJK font installed on the system', () => {
    expect(findCjkFont()).toMatch(/NotoSansCJK-Regular\.ttc$/)
    const system = findCjkFont()
    expect(findCjkFont({ BIDBENCH_CJK_FONT: system }, [])).toBe(system)
    expect(() => findCjkFont({ BIDBENCH_CJK_FONT: '/nope/x.ttc' }, ['/nope/y.ttc'])).toThrow(
      /no CJK font found.*\/nope\/x\.ttc, \/nope\/y\.ttc/,
    )
  })

  it('renders the radar to SVG with every Chinese label as text', () => {
    const svg = renderChartSvg(bidRadarOption(sampleCompetitors, { fontFamily: CJK_FONT_FAMILY }), {
      width: 600,
      height: 500,
    })
    expect(svg.startsWith('<svg')).toBe(true)
    for (const label of [
      '公司规模与知名度',
      '政府关系',
      '我方',
      '东华软件股份有限公司',
      '卫宁健康科技集团股份有限公司',
    ]) {
      expect(svg).toContain(label)
    }
  })

  it('rasterises the radar to a real PNG of the requested size with drawn content', () => {
    const png = renderChartPng(bidRadarOption(sampleCompetitors), { width: 600, height: 500 }, { scale: 2 })
    writeFileSync(join(dir, 'radar.png'), png)
    if (process.env.BIDBENCH_KEEP_CHART) writeFileSync(process.env.BIDBENCH_KEEP_CHART, png)
    const img = decodePng(png)
    expect([img.width, img.height]).toEqual([1200, 1000])
    const ink = inkPixels(img.pixels)
    // Lines, grid and labels: well above empty, well below a filled canvas.
    expect(ink).toBeGreaterThan(10_000)
    expect(ink).toBeLessThan(img.width * img.height * 0.6)
  })

  it('draws Chinese glyphs, not boxes: different characters give different pixels', () => {
    const text = (s: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="45" font-size="40" font-family="${CJK_FONT_FAMILY}">${s}</text></svg>`
    const a = decodePng(svgToPng(text('人才'), { scale: 1 }))
    const b = decodePng(svgToPng(text('政府'), { scale: 1 }))
    expect(inkPixels(a.pixels)).toBeGreaterThan(200)
    // A missing font renders every character as the same box, so the images would be identical.
    expect(a.pixels.equals(b.pixels)).toBe(false)
    // 政府 has more strokes than 人才.
    expect(inkPixels(b.pixels)).toBeGreaterThan(inkPixels(a.pixels))
  })

  it('renders the market-share bar chart', () => {
    const png = renderChartPng(
      shareBarOption(shareTable(sampleCompetitors), { title: '市场份额' }),
      { width: 500, height: 300 },
      { scale: 1 },
    )
    const img = decodePng(png)
    expect([img.width, img.height]).toEqual([500, 300])
    expect(inkPixels(img.pixels)).toBeGreaterThan(2_000)
  })

  it('rejects an impossible chart size', () => {
    expect(() => renderChartSvg({}, { width: 0, height: 100 })).toThrow(/invalid chart size/)
  })
})
