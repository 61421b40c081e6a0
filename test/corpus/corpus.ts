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
import { STYLES, type Style } from './styles'

/**
 * The planted-error corpus: one workspace per house style holding two clean bids (different wording
 * seeds), the bid we won before (history), and one bid per planted error that applies to the style.
 */

export type Role = 'clean' | 'planted' | 'history' | 'twin'

export interface CorpusBid {
  bid: BidInput
  role: Role
  plant?: Plant
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

function assemble(s: Style, now: Date, seed: number) {
  const rnd = createRng(seed)
  const d = datesFrom(now)
  const mats: MaterialInput[] = materials(s, d)
  const matrices: MatrixInput[] = [matrix(s, 'mx-clean', 'clean-1')]
  const bids: CorpusBid[] = [
    { bid: cleanBid(s, d, rnd, 'clean-1').bid, role: 'clean' },
    { bid: cleanBid(s, d, rnd, 'clean-2').bid, role: 'clean' },
    { bid: decidedBid(s, d, rnd), role: 'history' },
  ]
  for (const plant of PLANTS) {
    if (plant.when && !plant.when(s)) continue
    const { bid, total } = cleanBid(s, d, rnd, `p-${plant.id}`)
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
    bids.push({ bid, role: 'planted', plant })
  }
  return { mats, matrices, bids }
}

export async function writeCorpus(root: string, now: Date, seed: number): Promise<CorpusWorkspace[]> {
  const out: CorpusWorkspace[] = []
  for (const [i, s] of STYLES.entries()) {
    const dir = path.join(root, s.key)
    const { mats, matrices, bids } = assemble(s, now, seed + i)
    const ws = await createWorkspace(dir, {
      name: `${s.key} 语料`,
      company: {
        name: s.us.name,
        creditCode: s.us.code,
        legalRep: s.us.legalRep,
        agents: [{ name: s.us.agent, idNumber: s.us.agentId, phone: '13800000000', idCard: [] }],
        basicAccount: s.us.basicAccount,
      },
    })
    try {
      for (const m of mats) await ws.create('materials', { ...m })
      for (const m of matrices) await ws.create('matrices', { ...m })
      for (const b of bids) await ws.create('bids', { ...b.bid })
    } finally {
      await ws.close()
    }
    out.push({ style: s, dir, bids })
  }
  return out
}
