import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { createRng } from '@shared/domain/random'
import type { BidInput } from '@shared/schemas'
import { createWorkspace } from '@services/store'
import {
  cleanBid,
  datesFrom,
  decidedBid,
  materials,
  matrix,
  type MaterialInput,
  type MatrixInput,
} from './build'
import { PLANTS, type Plant } from './plants'
import { MORE_PLANTS } from './plants-more'
import { STYLES, type Style } from './styles'
import { MORE_STYLES } from './styles-more'
import { certificatePng } from '../integration/export-fixtures'
import { attachBuyerForm } from '@services/export/attach-form'
import { buyerTableForm, type BuyerTableForm } from './buyer-tables'

/**
 * The planted-error corpus: one workspace per house style holding two clean bids (different wording
 * seeds), the bid we won before (history), and one bid per planted error that applies to the style.
 */

export type Role = 'clean' | 'planted' | 'history' | 'twin'

export interface CorpusBid {
  bid: BidInput
  role: Role
  /** The planted errors of a planted bid: one in the main corpus, several in test/corpus/multi.ts. */
  plants?: Plant[]
  /** The one planted error of a main-corpus bid. */
  plant?: Plant
  /** A buyer's form attached to the bid and printed in place of its 开标一览表 (test/corpus/buyer-tables.ts). */
  buyerForm?: BuyerTableForm
}

export interface CorpusWorkspace {
  style: Style
  dir: string
  bids: CorpusBid[]
}

export function corpusSeed(): number {
  const env = process.env.BB_CORPUS_SEED
  return env ? Number(env) : 20261203
}

/** One planted bid per plant that applies to the style (the main corpus). */
const oneEach = (s: Style): Plant[][] =>
  [...PLANTS, ...MORE_PLANTS].filter((p) => !p.when || p.when(s)).map((p) => [p])

async function assemble(s: Style, now: Date, seed: number, groups: Plant[][]) {
  const rnd = createRng(seed)
  const d = datesFrom(now)
  const mats: MaterialInput[] = materials(s, d)
  const matrices: MatrixInput[] = [matrix(s, 'mx-clean', 'clean-1')]
  const bids: CorpusBid[] = [
    { bid: cleanBid(s, d, rnd, 'clean-1').bid, role: 'clean' },
    { bid: cleanBid(s, d, rnd, 'clean-2').bid, role: 'clean' },
    { bid: decidedBid(s, d, rnd), role: 'history' },
  ]
  // The houses whose buyers ship their own 开标一览表 with 小写 and 大写 columns: one more clean bid printing it.
  const form = await buyerTableForm(s, createRng(seed + 1000))
  if (form)
    bids.push({
      bid: cleanBid(s, d, createRng(seed + 1001), 'clean-table').bid,
      role: 'clean',
      buyerForm: form,
    })
  for (const plants of groups) {
    const { bid, total } = cleanBid(
      s,
      d,
      rnd,
      plants.length === 1 ? `p-${plants[0].id}` : `m-${groups.indexOf(plants) + 1}`,
    )
    for (const plant of plants)
      plant.apply(bid, {
        s,
        d,
        rnd,
        total,
        addMaterial: (m) =>
          void (
            mats.some((x) => x.id === m.id) ||
            mats.push({
              owner: s.us.name,
              createdAt: '2026-01-01T00:00:00Z',
              updatedAt: '2026-01-01T00:00:00Z',
              ...m,
            })
          ),
        setMatrix: (m) => {
          m.id = `${m.id}-${bid.id}`
          bid.matrixId = m.id
          matrices.push(m)
        },
        addBid: (b) => void bids.push({ bid: b, role: 'twin' }),
      })
    const withForm = plants.find((p) => p.buyerForm)
    const buyerForm = withForm ? await withForm.buyerForm!(s, createRng(seed + 2000)) : null
    bids.push({
      bid,
      role: 'planted',
      plants,
      ...(plants.length === 1 ? { plant: plants[0] } : {}),
      ...(buyerForm ? { buyerForm } : {}),
    })
  }
  return { mats, matrices, bids }
}

/**
 * Writes one workspace per style. `groupsOf` says which planted bids a style gets: by default one per plant that
 * applies to it (the main corpus); test/corpus/multi.ts gives its styles bids with several plants each.
 */
export async function writeCorpus(
  root: string,
  now: Date,
  seed: number,
  styles: readonly Style[] = [...STYLES, ...MORE_STYLES],
  groupsOf: (s: Style) => Plant[][] = oneEach,
): Promise<CorpusWorkspace[]> {
  const out: CorpusWorkspace[] = []
  for (const [i, s] of styles.entries()) {
    const dir = path.join(root, s.key)
    const { mats, matrices, bids } = await assemble(s, now, seed + i, groupsOf(s))
    const ws = await createWorkspace(dir, {
      name: `${s.key} 语料`,
      company: {
        name: s.us.name,
        creditCode: s.us.code,
        legalRep: s.us.legalRep,
        agents: [{ name: s.us.agent, idNumber: s.us.agentId, phone: '13800000000', idCard: [] }],
        basicAccount: s.us.basicAccount,
        ...s.sme?.figures,
      },
    })
    // The key staff certificates are printed with their copies (主要人员表): each has its scan, as a real bid does.
    const png = certificatePng('Staff certificate')
    const sha256 = createHash('sha256').update(png).digest('hex')
    await fs.mkdir(path.join(dir, 'files'), { recursive: true })
    await fs.writeFile(path.join(dir, 'files', sha256), png)
    const scan = { sha256, name: '证书.png', mime: 'image/png', size: png.length }
    try {
      for (const m of mats)
        await ws.create('materials', m.kind === '人员证书' ? { ...m, attachments: [scan] } : { ...m })
      for (const m of matrices) await ws.create('matrices', { ...m })
      for (const b of bids) await ws.create('bids', { ...b.bid })
      for (const b of bids.filter((x) => x.buyerForm))
        await attachBuyerForm(ws, {
          bidId: b.bid.id!,
          name: b.buyerForm!.name,
          data: b.buyerForm!.data,
          sections: { 0: 's-open' },
        })
    } finally {
      await ws.close()
    }
    out.push({ style: s, dir, bids })
  }
  return out
}
