import type { Material } from '../../schemas'
import type { Align } from './form-template'

/**
 * The neutral document model the forms expand to: placeholders already filled, data tables already turned into
 * rows. The Word renderer (electron/services/export/docx) only maps these to `docx` objects, so everything that
 * decides WHAT is written is pure and tested here.
 */
export interface TextStyle {
  align?: Align
  bold?: boolean
  sizePt?: number
  font?: string
  indent?: boolean
  spaceBeforePt?: number
  spaceAfterPt?: number
}

export interface RenderCell {
  text: string
  span: number
  align?: Align
  bold?: boolean
}

export interface MaterialEntry {
  caption: string
  material: Material
}

export type RenderBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore: boolean }
  | { type: 'paragraph'; text: string; style: TextStyle }
  | {
      type: 'table'
      widths: number[]
      aligns: (Align | undefined)[]
      header: RenderCell[] | null
      rows: RenderCell[][]
      footer: RenderCell[][]
      sizePt?: number
      font?: string
    }
  | { type: 'marker'; kind: 'seal' | 'signature'; text: string; align?: Align }
  | { type: 'materials'; entries: MaterialEntry[]; emptyText?: string }
  | { type: 'toc' }
  | { type: 'pageBreak' }
  | { type: 'blank'; lines: number }

/** What expanding forms found that the user should hear about. */
export interface ExpandReport {
  /** Placeholders no dictionary entry knows (left visible in the output). */
  unknownPlaceholders: Set<string>
  /** Known placeholders without a value (written as a blank line to fill by hand). */
  emptyPlaceholders: Set<string>
  /** Material ids a bid links that were not supplied. */
  missingMaterials: Set<string>
}

export function newReport(): ExpandReport {
  return { unknownPlaceholders: new Set(), emptyPlaceholders: new Set(), missingMaterials: new Set() }
}
