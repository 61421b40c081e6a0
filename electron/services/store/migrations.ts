import type { DocKind } from '@shared/schemas'
import { migrateSectionsV5 } from '@shared/domain/sections/migrate'

/**
 * Ordered migrations per document kind. Each step upgrades a raw JSON object by exactly one
 * schemaVersion. They run on read; the original file is backed up before the upgraded one is written.
 */
export interface Migration {
  from: number
  to: number
  describe: string
  up(raw: Record<string, unknown>): Record<string, unknown>
}

const ORG_TYPES = ['国企', '民营', '外资', '政府']

export const MIGRATIONS: Record<DocKind, Migration[]> = {
  bids: [
    {
      from: 1,
      to: 2,
      describe: 'buyer: a plain name plus a separate buyerType → { name, type, region }',
      up(raw) {
        const { buyer, buyerType, buyerRegion, ...rest } = raw as Record<string, unknown>
        const type = typeof buyerType === 'string' && ORG_TYPES.includes(buyerType) ? buyerType : '政府'
        const name = typeof buyer === 'string' ? buyer : ''
        const region = typeof buyerRegion === 'string' ? buyerRegion : ''
        return { ...rest, buyer: { name, type, region }, schemaVersion: 2 }
      },
    },
    {
      from: 2,
      to: 3,
      describe:
        'checks v2 bid parts: consortium members, lots with their own quote/ceiling/bond, SME status, key staff, ' +
        'signatory (an agent when the bid has a 授权委托书 section), required tax rates, bond payer account',
      up(raw) {
        const sections = Array.isArray(raw.sections) ? (raw.sections as { title?: unknown }[]) : []
        const hasPoa = sections.some((s) => typeof s.title === 'string' && s.title.includes('授权委托书'))
        const lots = Array.isArray(raw.lots) ? (raw.lots as Record<string, unknown>[]) : []
        return {
          ...raw,
          // The new fields of a lot default to "we bid on it, nothing entered yet".
          lots: lots.map((l) => ({ bidding: true, ...l })),
          signatory:
            raw.signatory ??
            (hasPoa ? { role: '授权代表', agentName: '' } : { role: '法定代表人', agentName: '' }),
          schemaVersion: 3,
        }
      },
    },
    {
      from: 3,
      to: 4,
      describe:
        'customer archive: the decision chain `people` is kept as `legacyPeople` until it moves into the customer ' +
        '(customers/linkDecisionChains); the stage history starts at the last save (estimated)',
      up(raw) {
        const { people, ...rest } = raw as Record<string, unknown>
        const stage = typeof raw.stage === 'number' && raw.stage >= 1 && raw.stage <= 7 ? raw.stage : 1
        const at = typeof raw.updatedAt === 'string' ? raw.updatedAt.slice(0, 10) : ''
        const date = /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : null
        return {
          ...rest,
          legacyPeople: Array.isArray(people) ? people : [],
          stageHistory: date ? [{ id: `s${stage}-${date}`, stage, date, estimated: true }] : [],
          schemaVersion: 4,
        }
      },
    },
    {
      from: 4,
      to: 5,
      describe:
        'structured section content: plain text → a section document (one paragraph per line, numbered lines as ' +
        'headings with their typed numbers), plus 状态 from done/content, 负责人, what kind of section it is',
      up(raw) {
        return { ...raw, sections: migrateSectionsV5(raw.sections), schemaVersion: 5 }
      },
    },
  ],
  materials: [],
  competitors: [],
  matrices: [],
  negotiations: [],
  customers: [],
}

export interface MigrationResult {
  doc: Record<string, unknown>
  fromVersion: number
  migrated: boolean
}

/** Upgrades `raw` to `target`. Throws when no path exists (a gap in the chain is a bug). */
export function migrate(kind: DocKind, raw: Record<string, unknown>, target: number): MigrationResult {
  const fromVersion = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1
  let doc = raw
  let v = fromVersion
  while (v < target) {
    const step = MIGRATIONS[kind].find((m) => m.from === v)
    if (!step) throw new Error(`no migration for ${kind} from v${v}`)
    doc = step.up(doc)
    v = step.to
  }
  return { doc, fromVersion, migrated: fromVersion !== target }
}
