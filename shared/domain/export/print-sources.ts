import type { Attachment, Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import { buildPrintModel } from './build-model'
import type { FormSet } from './form-template'
import type { BuyerFormSlot, PrintModel, ScanStatus } from './print-model'

/**
 * What the print model reads besides the bid, company, materials and matrix: the form templates in force (shipped
 * ones overridden by the workspace's) and whether each scan can be printed (looked at on disk by the server). Plain
 * data, so the check panel's worker gets it through checks.input and prints the bid being edited exactly as the
 * export would print it once saved.
 */
export interface PrintSources {
  forms: FormSet
  /** Attachment sha256 → printable state. */
  scans: Readonly<Record<string, ScanStatus>>
  /** The buyer's attached forms, filled, by section id: printed instead of the standard form (electron fills them). */
  buyerForms?: Readonly<Record<string, BuyerFormSlot>>
}

export interface CheckedPrintInput {
  bid: Bid
  company: CompanyProfile
  materials: ReadonlyMap<string, Material> | readonly Material[]
  matrix?: Matrix | null
  copy?: '正本' | '副本'
  /** A signing date chosen for this export (CLI --date); the bid's own otherwise. */
  signDate?: string
  agentIndex?: number
}

/**
 * The print the checks look at: the one used by `check` (CLI/API), the export gate and the live check panel, so
 * the print rules (P01…) find the same things everywhere. A scan the sources do not know is treated as missing,
 * as the export does.
 */
export function printForChecks(input: CheckedPrintInput, sources: PrintSources): PrintModel {
  return buildPrintModel({
    bid: input.bid,
    company: input.company,
    materials: input.materials,
    matrix: input.matrix ?? null,
    forms: sources.forms,
    copy: input.copy ?? '正本',
    signDate: input.signDate,
    agentIndex: input.agentIndex,
    scanStatus: (a: Attachment) => sources.scans[a.sha256] ?? 'missing',
    buyerForms: sources.buyerForms,
  })
}
