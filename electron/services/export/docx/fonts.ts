/**
 * Chinese fonts by the names every system knows them by. Word on Chinese Windows resolves SimSun = 宋体; LibreOffice
 * on Linux does not know 宋体 at all and, for an unknown name, falls back to a sans face for everything, while
 * fontconfig knows SimSun as a serif and so picks a Song-style (serif) CJK face such as Noto Serif CJK for it, and a
 * sans (hei) face for SimHei. So the document names the fonts in English, and the font table lists the Chinese name
 * as the alternative (w:altName), the GB2312 charset and the PANOSE/family class of each.
 */
interface CjkFont {
  name: string
  altName: string
  panose: string
  family: 'roman' | 'modern' | 'swiss' | 'script'
  pitch: 'variable' | 'fixed'
}

const FONTS: CjkFont[] = [
  { name: 'SimSun', altName: '宋体', panose: '02010600030101010101', family: 'roman', pitch: 'variable' },
  { name: 'NSimSun', altName: '新宋体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: 'SimHei', altName: '黑体', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: 'FangSong', altName: '仿宋', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  {
    name: 'FangSong_GB2312',
    altName: '仿宋_GB2312',
    panose: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  { name: 'KaiTi', altName: '楷体', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  {
    name: 'KaiTi_GB2312',
    altName: '楷体_GB2312',
    panose: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: 'Microsoft YaHei',
    altName: '微软雅黑',
    panose: '020B0503020204020204',
    family: 'swiss',
    pitch: 'variable',
  },
]

const BY_ANY = new Map<string, CjkFont>()
for (const f of FONTS) {
  BY_ANY.set(f.name.toLowerCase(), f)
  BY_ANY.set(f.altName, f)
}

/** The English name of a Chinese font ("宋体" → "SimSun"); other names are kept as given. */
export function cjkFontName(name: string): string {
  return BY_ANY.get(name.trim().toLowerCase())?.name ?? BY_ANY.get(name.trim())?.name ?? name
}

/** w:font entries for the font table, for the CJK fonts the document uses. */
export function fontTableEntries(used: Iterable<string>): string {
  const out: string[] = []
  const seen = new Set<string>()
  for (const u of used) {
    const f = BY_ANY.get(u.toLowerCase()) ?? BY_ANY.get(u)
    if (!f || seen.has(f.name)) continue
    seen.add(f.name)
    out.push(
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
  }
  return out.join('')
}

/** Adds the CJK entries to a font table written by the `docx` library (replacing entries of the same name). */
export function withCjkFonts(fontTableXml: string, used: Iterable<string>): string {
  const entries = fontTableEntries(used)
  if (!entries) return fontTableXml
  const names = [...entries.matchAll(/w:name="([^"]+)"/g)].map((m) => m[1])
  let xml = fontTableXml
  for (const n of names)
    xml = xml.replace(new RegExp(`<w:font w:name="${n}"[^>]*?(?:/>|>[\\s\\S]*?</w:font>)`), '')
  // `docx` writes an empty table as a self-closing <w:fonts …/>.
  if (/<w:fonts\b[^>]*\/>\s*$/.test(xml)) return xml.replace(/\/>\s*$/, `>${entries}</w:fonts>`)
  return xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`)
}
