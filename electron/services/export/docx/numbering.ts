import type { ListRef } from '@shared/domain/export'
import { wordLevel } from '@shared/domain/sections/list-markers'
import { LIST_MARKERS, type ListMarker } from '@shared/schemas'

/**
 * Numbering definitions for the lists written in sections. Two abstract definitions (numbered: 1. / （1） / ① …,
 * bullets: ● / ○ / ■ …) and one numbering instance per list, so every list starts again at its own first number.
 * A list with its own marker style (（1）, 一、, ①, a., ■ … kept from a Word paste) uses a definition of that
 * format at every level. Ids start high to stay clear of the ones the `docx` library writes for itself.
 */
const ABSTRACT_ORDERED = 9001
const ABSTRACT_BULLET = 9002
/** One abstract definition per marker style, 9010 + its place in LIST_MARKERS. */
const ABSTRACT_MARKER = 9010
const FIRST_NUM_ID = 9100
const LEVELS = 9

const ORDERED_LEVELS: { fmt: string; text: (l: number) => string }[] = [
  { fmt: 'decimal', text: (l) => `%${l}.` },
  { fmt: 'decimal', text: (l) => `（%${l}）` },
  { fmt: 'decimalEnclosedCircle', text: (l) => `%${l}` },
  { fmt: 'lowerLetter', text: (l) => `%${l}.` },
  { fmt: 'lowerLetter', text: (l) => `（%${l}）` },
  { fmt: 'lowerRoman', text: (l) => `%${l}.` },
]
const BULLETS = ['●', '○', '■']

/** Indents in twips: each level two characters (of 小四) further in, the number hanging in front. */
const STEP = 480
const HANGING = 420

function level(ilvl: number, fmt: string, text: string): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>` +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${STEP * ilvl + STEP + HANGING}" w:hanging="${HANGING}"/></w:pPr></w:lvl>`
  )
}

export class ListNumbering {
  private ids = new Map<string, number>()
  private nums: string[] = []
  private markers = new Set<ListMarker>()

  /** The numbering instance of a list (created on first use). */
  numId(list: ListRef): number {
    let id = this.ids.get(list.id)
    if (id !== undefined) return id
    id = FIRST_NUM_ID + this.ids.size
    this.ids.set(list.id, id)
    if (list.marker) this.markers.add(list.marker)
    const abstract = list.marker
      ? ABSTRACT_MARKER + LIST_MARKERS.indexOf(list.marker)
      : list.ordered
        ? ABSTRACT_ORDERED
        : ABSTRACT_BULLET
    // The list's own level restarts (at its start number): a nested list is its own instance at a deeper level.
    this.nums.push(
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>` +
        `<w:lvlOverride w:ilvl="${list.level}"><w:startOverride w:val="${list.start ?? 1}"/></w:lvlOverride></w:num>`,
    )
    return id
  }

  get used(): boolean {
    return this.nums.length > 0
  }

  /** word/numbering.xml with the definitions added (abstract definitions before every w:num, as the schema orders). */
  addTo(numberingXml: string): string {
    if (!this.used) return numberingXml
    const ordered = Array.from({ length: LEVELS }, (_, i) => {
      const l = ORDERED_LEVELS[i % ORDERED_LEVELS.length]
      return level(i, l.fmt, l.text(i + 1))
    }).join('')
    const bullets = Array.from({ length: LEVELS }, (_, i) => level(i, 'bullet', BULLETS[i % 3])).join('')
    const abstract = (id: number, levels: string) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`
    const styled = [...this.markers].map((m) =>
      abstract(
        ABSTRACT_MARKER + LIST_MARKERS.indexOf(m),
        Array.from({ length: LEVELS }, (_, i) => {
          const l = wordLevel(m, i)
          return level(i, l.fmt, l.text)
        }).join(''),
      ),
    )
    const abstracts =
      abstract(ABSTRACT_ORDERED, ordered) + abstract(ABSTRACT_BULLET, bullets) + styled.join('')
    const firstNum = numberingXml.indexOf('<w:num ')
    const end = numberingXml.lastIndexOf('</w:numbering>')
    if (end < 0) throw new Error('numbering.xml without </w:numbering>')
    const at = firstNum >= 0 ? firstNum : end
    const withAbstracts = numberingXml.slice(0, at) + abstracts + numberingXml.slice(at)
    const close = withAbstracts.lastIndexOf('</w:numbering>')
    return withAbstracts.slice(0, close) + this.nums.join('') + withAbstracts.slice(close)
  }
}
