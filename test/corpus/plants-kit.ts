import type { BidInput } from '@shared/schemas'
import type { Rng } from '@shared/domain/random'
import { type Dates, type MaterialInput, type MatrixInput } from './build'
import type { BuyerTableForm } from './buyer-tables'
import type { Style } from './styles'

/** What the planted-error files share: a plant's shape and the edits it makes on a bid's input. */

export interface PlantEnv {
  s: Style
  d: Dates
  rnd: Rng
  total: number
  addMaterial(m: Omit<MaterialInput, 'createdAt' | 'updatedAt'>): void
  setMatrix(m: MatrixInput): void
  /** Another bid of the workspace the planted one must be judged against. */
  addBid(b: BidInput): void
}

export interface Plant {
  id: string
  rule: string
  field: string
  what: string
  when?: (s: Style) => boolean
  apply(b: BidInput, x: PlantEnv): void
  /** A buyer's form the planted bid prints in place of its 开标一览表 (the mistake is in the form's own cells). */
  buyerForm?(s: Style, rnd: Rng): Promise<BuyerTableForm | null>
}

export type Section = NonNullable<BidInput['sections']>[number]
export type Requirement = NonNullable<BidInput['requirements']>[number]

export const sec = (b: BidInput, id: string): Section => b.sections!.find((s) => s.id === id)!
export const req = (b: BidInput, f: (r: Requirement) => boolean): Requirement => b.requirements!.find(f)!
export const swap = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`plant: "${from}" not in text`)
  return text.split(from).join(to)
}
export const hasBond = (s: Style) => s.bond > 0
export const single = (s: Style) => !s.lots
