import { Resvg } from '@resvg/resvg-js'
import * as fs from 'node:fs'

const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
]

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
}

/** A plain scanned-certificate stand-in for the sample data, so exports have real images to embed. */
export function certificatePng(title: string, number: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">
  <rect width="600" height="420" fill="#fffdf5"/>
  <rect x="14" y="14" width="572" height="392" fill="none" stroke="#b8860b" stroke-width="6"/>
  <text x="300" y="120" font-size="34" text-anchor="middle" fill="#8b0000" font-family="Noto Serif CJK SC">证 书</text>
  <text x="300" y="200" font-size="22" text-anchor="middle" fill="#222" font-family="Noto Serif CJK SC">${escapeXml(title)}</text>
  <text x="300" y="250" font-size="18" text-anchor="middle" fill="#444" font-family="Noto Serif CJK SC">编号：${escapeXml(number || '—')}</text>
  <text x="300" y="330" font-size="18" text-anchor="middle" fill="#444" font-family="Noto Serif CJK SC">杭州智联信息技术有限公司（示例）</text>
  <circle cx="470" cy="330" r="48" fill="none" stroke="#c00" stroke-width="4"/>
</svg>`
  const fontFiles = CJK_FONTS.filter((f) => fs.existsSync(f))
  const r = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Serif CJK SC' },
  })
  return r.render().asPng()
}
