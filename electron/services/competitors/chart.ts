import { existsSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import { AppError } from '@shared/errors'
import { xmlSafe } from '@shared/xml-text'
import { checkedSvg } from '../export/ooxml-package'

/** The family name inside NotoSansCJK-Regular.ttc that covers simplified Chinese. */
export const CJK_FONT_FAMILY = 'Noto Sans CJK SC'

const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/OTF/NotoSansCJK-Regular.ttc',
]

/**
 * Path of a CJK font for rasterising. resvg is told not to load system fonts (slow, and the
 * result would depend on the machine), so without this file Chinese labels would come out as boxes;
 * that is reported as an error rather than producing an unreadable chart.
 */
export function findCjkFont(
  env: NodeJS.ProcessEnv = process.env,
  known: readonly string[] = FONT_CANDIDATES,
): string {
  const candidates = [env.BIDBENCH_CJK_FONT, ...known].filter((p): p is string => !!p)
  const found = candidates.find((p) => existsSync(p))
  if (!found) {
    throw new AppError('IO', {
      zh: `找不到中文字体（请安装 fonts-noto-cjk，或用 BIDBENCH_CJK_FONT 指定字体文件）；已查找：${candidates.join('、')}`,
      en: `no CJK font found (install fonts-noto-cjk or set BIDBENCH_CJK_FONT); looked in: ${candidates.join(', ')}`,
    })
  }
  return found
}

export interface ChartSize {
  width: number
  height: number
}

/** Renders an ECharts option to an SVG string without any window (server-side rendering). */
export function renderChartSvg(option: object, size: ChartSize): string {
  if (!(size.width > 0 && size.height > 0 && size.width <= 8000 && size.height <= 8000)) {
    throw new AppError('VALIDATION', {
      zh: `图表尺寸不合法：${size.width}×${size.height}`,
      en: `invalid chart size: ${size.width}×${size.height}`,
    })
  }
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  })
  try {
    // Animation would leave the SSR frame mid-transition.
    chart.setOption({ ...xmlSafe(option), animation: false })
    return checkedSvg(chart.renderToSVGString())
  } finally {
    chart.dispose()
  }
}

/** Rasterises an SVG to PNG at `scale` × its size, on a white background, with the CJK font. */
export function svgToPng(svg: string, opts: { scale?: number; fontFile?: string } = {}): Buffer {
  const fontFile = opts.fontFile ?? findCjkFont()
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
  })
  return resvg.render().asPng()
}

/** ECharts option → PNG bytes (for Word). Labels use the CJK font whatever the option says. */
export function renderChartPng(
  option: object,
  size: ChartSize,
  opts: { scale?: number; fontFile?: string } = {},
): Buffer {
  const withFont = {
    ...option,
    textStyle: { ...((option as { textStyle?: object }).textStyle ?? {}), fontFamily: CJK_FONT_FAMILY },
  }
  return svgToPng(renderChartSvg(withFont, size), opts)
}
