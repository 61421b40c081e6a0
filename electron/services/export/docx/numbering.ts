import type { ListRef } from '@shared/domain/export'

/**
 * Numbering definitions for the lists written in sections. Two abstract definitions (numbered: 1. / （1） / ① …,
 * bullets: ● / ○ / ■ …) and one numbering instance per list, so every list starts again at its own first number.
 * Ids start high to stay clear of the ones the `docx` library writes for itself.
 */
const ABSTRACT_ORDERED = 9001
const ABSTRACT_BULLET = 9002
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

  /** The numbering instance of a list (created on first use). */
  numId(list: ListRef): number {
    let id = this.ids.get(list.id)
    if (id !== undefined) return id
    id = FIRST_NUM_ID + this.ids.size
    this.ids.set(list.id, id)
    const abstract = list.ordered ? ABSTRACT_ORDERED : ABSTRACT_BULLET
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
    const abstracts =
      `<w:abstractNum w:abstractNumId="${ABSTRACT_ORDERED}"><w:multiLevelType w:val="multilevel"/>${ordered}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="${ABSTRACT_BULLET}"><w:multiLevelType w:val="multilevel"/>${bullets}</w:abstractNum>`
    const firstNum = numberingXml.indexOf('<w:num ')
    const end = numberingXml.lastIndexOf('</w:numbering>')
    if (end < 0) throw new Error('numbering.xml without </w:numbering>')
    const at = firstNum >= 0 ? firstNum : end
    const withAbstracts = numberingXml.slice(0, at) + abstracts + numberingXml.slice(at)
    const close = withAbstracts.lastIndexOf('</w:numbering>')
    return withAbstracts.slice(0, close) + this.nums.join('') + withAbstracts.slice(close)
  }
}
