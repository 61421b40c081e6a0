import { decodeXml } from './ooxml-text'

/**
 * The formatting of a buyer's form, made explicit. Its styles.xml does not travel into the 投标文件 (our styles
 * have other meanings under the same ids, and a buyer's "Heading 1" would join our 目录), so each paragraph, run
 * and table gets what its style chain and the form's defaults gave it as direct properties, in the element order
 * ECMA-376 requires (Word refuses a file whose w:rPr children are out of order).
 */
export type Props = Map<string, string>

export const ORDER = {
  'w:rPr':
    'rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath',
  'w:pPr':
    'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr',
  'w:tblPr':
    'tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook',
} as const
export type PropsTag = keyof typeof ORDER
const RANK = Object.fromEntries(
  Object.entries(ORDER).map(([k, v]) => [k, new Map(v.split(' ').map((n, i) => [`w:${n}`, i]))]),
) as Record<PropsTag, Map<string, number>>

/** Empty elements whose attributes add up along a style chain instead of replacing each other. */
const ATTR_MERGED = new Set(['w:rFonts', 'w:spacing', 'w:ind', 'w:lang'])

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:]+\s*=\s*"[^"]*")*)\s*(\/?)>/g

/** The child elements of an element's inner XML, by name (a later duplicate wins, as Word reads it). */
export function childProps(inner: string): Props {
  const out: Props = new Map()
  let depth = 0
  let start = -1
  let name = ''
  for (const m of inner.matchAll(TAG)) {
    const [whole, close, tag, , self] = m
    if (close) {
      depth--
      if (depth === 0) out.set(name, inner.slice(start, m.index + whole.length))
    } else if (self) {
      if (depth === 0) out.set(tag, whole)
    } else {
      if (depth === 0) {
        start = m.index
        name = tag
      }
      depth++
    }
  }
  return out
}

/** The properties of `<w:rPr>…</w:rPr>` (or null/'' for none). */
export function propsOf(el: string | null | undefined): Props {
  if (!el) return new Map()
  const m = /^<([\w:]+)(?:\s[^>]*)?>([\s\S]*)<\/\1>$/.exec(el.trim())
  return m ? childProps(m[2]) : new Map()
}

export function attrsOf(el: string): Map<string, string> {
  const m = /^<[\w:]+((?:\s+[\w:]+\s*=\s*"[^"]*")*)/.exec(el)
  const out = new Map<string, string>()
  for (const a of (m?.[1] ?? '').matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out.set(a[1], a[2])
  return out
}

export function attrOf(el: string | undefined, name: string): string | null {
  if (!el) return null
  const v = attrsOf(el).get(name)
  return v === undefined ? null : decodeXml(v)
}

function emptyElement(name: string, attrs: Map<string, string>): string {
  return `<${name}${[...attrs].map(([k, v]) => ` ${k}="${v}"`).join('')}/>`
}

/** Layers of properties, weakest first (defaults, then the style chain root to leaf, then the direct ones). */
export function mergeProps(...layers: Props[]): Props {
  const out: Props = new Map()
  for (const layer of layers)
    for (const [name, el] of layer) {
      const prev = out.get(name)
      if (prev && ATTR_MERGED.has(name) && prev.endsWith('/>') && el.endsWith('/>'))
        out.set(name, emptyElement(name, new Map([...attrsOf(prev), ...attrsOf(el)])))
      else out.set(name, el)
    }
  return out
}

/** Writes the properties in schema order; names the order does not know are left out rather than misplaced. */
export function writeProps(tag: PropsTag, props: Props): string {
  const rank = RANK[tag]
  const kids = [...props]
    .filter(([n]) => rank.has(n))
    .sort((a, b) => rank.get(a[0])! - rank.get(b[0])!)
    .map(([, el]) => el)
  return kids.length ? `<${tag}>${kids.join('')}</${tag}>` : ''
}

export interface ThemeFonts {
  minorLatin: string | null
  majorLatin: string | null
  minorEastAsia: string | null
  majorEastAsia: string | null
}

/** The theme's fonts (word/theme/theme1.xml): a "+正文" font is written as a theme reference, not a name. */
export function readThemeFonts(xml: string | null): ThemeFonts {
  const pick = (kind: 'minor' | 'major') => {
    const block = xml ? new RegExp(`<a:${kind}Font>([\\s\\S]*?)</a:${kind}Font>`).exec(xml)?.[1] : null
    if (!block) return { latin: null, ea: null }
    const latin = /<a:latin\s+typeface="([^"]*)"/.exec(block)?.[1] || null
    const ea =
      /<a:ea\s+typeface="([^"]+)"/.exec(block)?.[1] ||
      /<a:font\s+script="Hans"\s+typeface="([^"]+)"/.exec(block)?.[1] ||
      null
    return { latin, ea }
  }
  const minor = pick('minor')
  const major = pick('major')
  return {
    minorLatin: minor.latin,
    majorLatin: major.latin,
    minorEastAsia: minor.ea,
    majorEastAsia: major.ea,
  }
}

const THEME_ATTR: Record<string, string> = {
  'w:asciiTheme': 'w:ascii',
  'w:hAnsiTheme': 'w:hAnsi',
  'w:eastAsiaTheme': 'w:eastAsia',
  'w:cstheme': 'w:cs',
}

/** rFonts with its theme references replaced by the theme's font names (ours has another theme, or none). */
export function resolveThemeFonts(props: Props, theme: ThemeFonts): Props {
  const el = props.get('w:rFonts')
  if (!el) return props
  const attrs = attrsOf(el)
  for (const [themeAttr, plain] of Object.entries(THEME_ATTR)) {
    const ref = attrs.get(themeAttr)
    if (ref === undefined) continue
    attrs.delete(themeAttr)
    const font = /^major/.test(ref)
      ? /EastAsia/.test(ref)
        ? theme.majorEastAsia
        : theme.majorLatin
      : /EastAsia/.test(ref)
        ? theme.minorEastAsia
        : /Bidi/.test(ref)
          ? null
          : theme.minorLatin
    if (font) attrs.set(plain, font.replace(/&/g, '&amp;').replace(/"/g, '&quot;'))
  }
  const out = new Map(props)
  out.set('w:rFonts', emptyElement('w:rFonts', attrs))
  return out
}
