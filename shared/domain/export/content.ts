import type { RenderBlock } from './blocks'

/**
 * The user's own section text → blocks, one paragraph per line (a line break typed in the editor is a new
 * paragraph in the printed file, never a soft break inside a justified paragraph). Blank lines only separate.
 *
 * Headings: a line written "# …" / "## …" (markdown), or a short numbered line in the numbering Chinese documents
 * use — 一、 / （一） / 1. or 1、 / 1.1 / 1.1.1 — becomes a heading. The numbering kinds present in a section are
 * ranked in that conventional order and given levels 2, 3, 4 (level 1 is the section title), so a text using only
 * "1." gets level-2 headings and one using 一、 and （一） gets levels 2 and 3. A numbered line that reads as a
 * sentence (long, or ending in 。；，) is a list item and stays a paragraph.
 */
const KINDS = [
  { kind: 'cn', re: /^[一二三四五六七八九十百]+[、．.]\s*\S/ },
  { kind: 'cnParen', re: /^[（(][一二三四五六七八九十百]+[）)]\s*\S/ },
  { kind: 'arabic', re: /^\d{1,3}(?:[、．]|\.(?!\d))\s*\S/ },
  { kind: 'dec2', re: /^\d{1,3}\.\d{1,3}(?![.\d])\s*\S/ },
  { kind: 'dec3', re: /^\d{1,3}\.\d{1,3}\.\d{1,3}(?![.\d])\s*\S/ },
] as const
type NumberingKind = (typeof KINDS)[number]['kind']

/** The longest line (characters) still read as a heading rather than a list item. */
const MAX_HEADING_CHARS = 40

export function numberingKind(line: string): NumberingKind | null {
  const t = line.trim()
  if ([...t].length > MAX_HEADING_CHARS || /[。；;，,]$/.test(t)) return null
  // The longest numbering wins: "1.1.1 x" is dec3, not dec2 or arabic.
  for (let i = KINDS.length - 1; i >= 0; i--) if (KINDS[i].re.test(t)) return KINDS[i].kind
  return null
}

const RANK: Record<NumberingKind, number> = { cn: 0, cnParen: 1, arabic: 2, dec2: 3, dec3: 4 }

export function contentToBlocks(content: string): RenderBlock[] {
  const lines = content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/, ''))
    .filter((l) => l.trim() !== '')
  const kinds = lines.map((l) => (/^#{1,6}[ \t]/.test(l) ? null : numberingKind(l)))
  const present = [...new Set(kinds.filter((k): k is NumberingKind => k !== null))].sort(
    (a, b) => RANK[a] - RANK[b],
  )
  const out: RenderBlock[] = []
  lines.forEach((line, i) => {
    const md = /^(#{1,6})[ \t]+(.+)$/.exec(line)
    if (md) {
      out.push({
        type: 'heading',
        level: md[1].length === 1 ? 2 : 3,
        text: md[2].trim(),
        pageBreakBefore: false,
        origin: 'content',
      })
      return
    }
    const k = kinds[i]
    if (k) {
      const level = Math.min(2 + present.indexOf(k), 4) as 2 | 3 | 4
      out.push({ type: 'heading', level, text: line.trim(), pageBreakBefore: false, origin: 'content' })
      return
    }
    // Hand-typed full-width indents would double the first-line indent the style already gives.
    out.push({
      type: 'paragraph',
      text: line.replace(/^[ \t\u3000]+/, ''),
      style: { indent: true, align: 'justify' },
      origin: 'content',
    })
  })
  return out
}
