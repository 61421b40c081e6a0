import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx'
import { cjkFontName } from './fonts'
import type { Justify } from './ooxml-write'
import { type Align, type DocumentLayout, sizeInPt } from '@shared/domain/export'

/** Word measures in twips (1/20 pt) and half-points; 1 cm = 567 twips. */
export const TWIPS_PER_CM = 566.929
export const A4 = { width: 11906, height: 16838 }

export const cm = (v: number) => Math.round(v * TWIPS_PER_CM)
export const halfPoints = (pt: number) => Math.round(pt * 2)

export function textWidthTwips(layout: DocumentLayout): number {
  return A4.width - cm(layout.margins.left) - cm(layout.margins.right)
}

/**
 * Both the East Asian and the Latin font must be set: Word picks the font per character class, and a style that
 * only names "宋体" as ascii leaves Chinese text in the theme's East Asian font (often 等线).
 */
export function fontFor(eastAsia: string, layout: DocumentLayout) {
  return {
    ascii: layout.latinFont,
    hAnsi: layout.latinFont,
    cs: layout.latinFont,
    eastAsia: cjkFontName(eastAsia),
  }
}

export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' }

/** The w:jc value of an alignment; `docx` takes the same strings. */
export function alignment(a: Align | undefined): Justify | undefined {
  switch (a) {
    case 'center':
    case 'right':
    case 'left':
      return a
    case 'justify':
      return 'both'
    default:
      return undefined
  }
}

/** 1.5 倍行距 is `line: 360` with the auto rule (240 = single). */
export function lineSpacing(multiple: number) {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO }
}

export function documentStyles(layout: DocumentLayout): IStylesOptions {
  const body = sizeInPt(layout.bodySize)
  const [h1, h2, h3] = layout.headingSizes.map(sizeInPt)
  // Level 4 (a third numbering level in a section's text) is at body size, bold, in the heading font.
  const h4 = sizeInPt(layout.bodySize)
  const heading = (pt: number, align: 'center' | undefined, before: number, after: number) => ({
    run: { font: fontFor(layout.headingFont, layout), size: halfPoints(pt), bold: true, color: '000000' },
    paragraph: {
      spacing: { before: before * 20, after: after * 20, ...lineSpacing(layout.lineSpacing) },
      keepNext: true,
      keepLines: true,
      ...(align ? { alignment: AlignmentType.CENTER } : {}),
    },
  })
  return {
    default: {
      document: {
        run: { font: fontFor(layout.bodyFont, layout), size: halfPoints(body), language: LANGUAGE },
        paragraph: { spacing: lineSpacing(layout.lineSpacing) },
      },
      heading1: heading(h1, 'center', 12, 12),
      heading2: heading(h2, undefined, 6, 6),
      heading3: heading(h3, undefined, 6, 3),
      heading4: heading(h4, undefined, 3, 3),
    },
    paragraphStyles: [1, 2, 3].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: fontFor(layout.bodyFont, layout), size: halfPoints(body) },
      paragraph: {
        indent: { left: (level - 1) * halfPoints(body) * 20 },
        spacing: lineSpacing(layout.lineSpacing),
      },
    })),
  }
}
