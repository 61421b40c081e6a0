import { Resvg } from '@resvg/resvg-js'
import * as fs from 'node:fs'

const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
]

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
}

function render(svg: string): Buffer {
  const fontFiles = CJK_FONTS.filter((f) => fs.existsSync(f))
  const r = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Serif CJK SC' },
  })
  return r.render().asPng()
}

/**
 * Every CJK glyph costs resvg milliseconds (CFF outlines), and the sample is written at first start: the frame and
 * the text all certificates share are drawn once per process, each certificate adds only its title and number.
 */
let frame: string | undefined
function certificateFrame(): string {
  frame ??= render(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">
  <rect width="600" height="420" fill="#fffdf5"/>
  <rect x="14" y="14" width="572" height="392" fill="none" stroke="#b8860b" stroke-width="6"/>
  <text x="300" y="120" font-size="34" text-anchor="middle" fill="#8b0000" font-family="Noto Serif CJK SC">证 书</text>
  <text x="300" y="330" font-size="18" text-anchor="middle" fill="#444" font-family="Noto Serif CJK SC">杭州智联信息技术有限公司（示例）</text>
  <circle cx="470" cy="330" r="48" fill="none" stroke="#c00" stroke-width="4"/>
</svg>`).toString('base64')
  return frame
}

/** A plain scanned-certificate stand-in for the sample data, so exports have real images to embed. */
export function certificatePng(title: string, number: string): Buffer {
  return render(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">
  <image width="600" height="420" href="data:image/png;base64,${certificateFrame()}"/>
  <text x="300" y="200" font-size="22" text-anchor="middle" fill="#222" font-family="Noto Serif CJK SC">${escapeXml(title)}</text>
  <text x="300" y="250" font-size="18" text-anchor="middle" fill="#444" font-family="Noto Serif CJK SC">编号：${escapeXml(number || '—')}</text>
</svg>`)
}

/** An ID card stand-in (85.6 × 54 mm proportions), front or back, drawn without text (no font to load). */
export function idCardPng(side: '正面' | '反面'): Buffer {
  const line = (x: number, y: number, w: number) =>
    `<rect x="${x}" y="${y}" width="${w}" height="14" fill="#8a99a6"/>`
  const body =
    side === '正面'
      ? `${line(60, 90, 260)}${line(60, 150, 200)}${line(60, 210, 420)}${line(60, 240, 360)}${line(60, 440, 500)}
  <rect x="600" y="80" width="190" height="230" fill="#dfe6ee" stroke="#9aa"/>`
      : `<circle cx="140" cy="130" r="70" fill="none" stroke="#c33" stroke-width="8"/>
  ${line(260, 110, 420)}${line(300, 190, 340)}${line(120, 400, 520)}${line(120, 450, 420)}`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540">
  <rect x="4" y="4" width="848" height="532" rx="36" fill="#eef4f8" stroke="#7a9bb5" stroke-width="4"/>
  ${body}
</svg>`
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()
}

/**
 * A scan stand-in drawn without text (no font to load, so a few milliseconds instead of seconds): a page of a
 * statement, a contract or a proof, with lines for its text and a red seal; the caption above it says what it is.
 */
export function documentScanPng(seed: number): Buffer {
  const rows = Array.from({ length: 12 }, (_, i) => {
    const w = 380 + ((seed * 37 + i * 53) % 120)
    return `<rect x="60" y="${90 + i * 22}" width="${w}" height="8" fill="#888"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">
  <rect width="600" height="420" fill="#fdfdf8" stroke="#999" stroke-width="2"/>
  <rect x="200" y="40" width="200" height="18" fill="#444"/>${rows}
  <circle cx="480" cy="350" r="46" fill="none" stroke="#c00" stroke-width="4"/>
</svg>`
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()
}
