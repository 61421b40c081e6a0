import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { BID_SCHEMA_VERSION } from '@shared/schemas'

let dir: string
let home: string

/** A bid as BidBench wrote it before the customer archive (schema v3: the decision chain inside the bid). */
function v3Bid(id: string, buyer: string, people: Record<string, unknown>[]) {
  return {
    id,
    schemaVersion: 3,
    title: `${buyer}项目 ${id}`,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-05-20T08:00:00.000Z',
    buyer: { name: buyer, type: '政府', region: '浙江省' },
    stage: 4,
    people,
  }
}

const WANG = { id: 'p1', name: '王建国', position: '副院长', role: 'KDM', level: 'CR2', concerns: '安全' }
const LIU = { id: 'p2', name: '刘芳', position: '放射科主任', role: 'KI', level: 'CR1', reportsTo: 'p1' }

/** Writes an old workspace: the marker of the one-time move is absent, as in every workspace written before it. */
async function oldWorkspace(bids: Record<string, unknown>[]) {
  const ws = await createWorkspace(dir, { name: '旧工作区' })
  await ws.close()
  const file = path.join(dir, 'workspace.json')
  const w = JSON.parse(await fs.readFile(file, 'utf8'))
  delete w.settings.decisionChainsLinked
  await fs.writeFile(file, JSON.stringify(w))
  for (const b of bids) await fs.writeFile(path.join(dir, 'bids', `${b.id}.json`), JSON.stringify(b))
  // The index was written for an empty workspace: drop it so the bids are listed (a sync would do the same).
  await fs.rm(path.join(dir, '.bidbench', 'index'), { recursive: true, force: true })
}

async function call(ctx: AppContext, m: string, input: unknown) {
  const r = await dispatch(ctx, m as never, input as never)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`)
  return r.value as never
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-cust-'))
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-home-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
  await fs.rm(home, { recursive: true, force: true })
})

describe('moving old decision chains into the customer archive', () => {
  it('on the first writable open: one customer per buyer, people once, bids reference them, originals backed up', async () => {
    await oldWorkspace([
      v3Bid('old-a', '某市第一人民医院', [WANG, LIU]),
      v3Bid('old-b', '某市第一人民医院', [{ ...WANG, id: 'x9', role: 'KI', concerns: '' }]),
      v3Bid('old-c', '某能源集团有限公司', [{ id: 'p1', name: '孙立新', role: 'KDM', level: 'CR3' }]),
      // The same company without its legal form: the same customer.
      v3Bid('old-e', '某能源集团', [{ id: 'p7', name: '郑晓燕', role: 'KI', level: 'CR3' }]),
      v3Bid('old-d', '某区教育局', []),
    ])
    const ctx = new AppContext('cli', home)
    await ctx.open(dir)
    try {
      const ws = ctx.requireWs()
      expect(ws.workspace.settings.decisionChainsLinked).toBe(true)
      const customers = await ws.all('customers')
      expect(customers.map((c) => c.title).sort()).toEqual(['某市第一人民医院', '某能源集团有限公司'])
      const hospital = customers.find((c) => c.title === '某市第一人民医院')!
      expect(hospital.people.map((p) => [p.id, p.name, p.role, p.level, p.reportsTo])).toEqual([
        ['p1', '王建国', 'KDM', 'CR2', null],
        ['p2', '刘芳', 'KI', 'CR1', 'p1'],
      ])
      expect(hospital.people[0].levelHistory).toEqual([
        expect.objectContaining({ date: '2026-05-20', level: 'CR2' }),
      ])
      const a = await ws.get('bids', 'old-a')
      expect(a.schemaVersion).toBe(BID_SCHEMA_VERSION)
      expect(a).toMatchObject({ customerId: hospital.id, legacyPeople: [] })
      expect(a.decisionChain).toEqual([
        { personId: 'p1', role: null, note: '' },
        { personId: 'p2', role: null, note: '' },
      ])
      // Same person, same customer: reused, with the role the person plays in that bid.
      const b = await ws.get('bids', 'old-b')
      expect(b.decisionChain).toEqual([{ personId: 'p1', role: 'KI', note: '' }])
      expect(hospital.people[0].concerns).toBe('安全')
      const energy = customers.find((c) => c.title === '某能源集团有限公司')!
      expect(energy.people.map((p) => p.name)).toEqual(['孙立新', '郑晓燕'])
      expect((await ws.get('bids', 'old-e')).customerId).toBe(energy.id)
      // A bid without a chain is left alone, and no customer is invented for it.
      expect(await ws.get('bids', 'old-d')).toMatchObject({ customerId: null, decisionChain: [] })
      // The stage history starts at the last save, marked as an estimate.
      expect(a.stageHistory).toEqual([{ id: 's4-2026-05-20', stage: 4, date: '2026-05-20', estimated: true }])
      const backups = await fs.readdir(path.join(dir, '.bidbench', 'backups', 'bids'))
      expect(backups.filter((f) => f.startsWith('old-a.v3.'))).toHaveLength(1)
      const original = JSON.parse(
        await fs.readFile(
          path.join(
            dir,
            '.bidbench',
            'backups',
            'bids',
            backups.find((f) => f.startsWith('old-a.v3.'))!,
          ),
          'utf8',
        ),
      )
      expect(original.people.map((p: { name: string }) => p.name)).toEqual(['王建国', '刘芳'])
      const chain = (await call(ctx, 'customers.chain', { bidId: 'old-a' })) as {
        name: string
        source: string
      }[]
      expect(chain.map((p) => [p.name, p.source])).toEqual([
        ['王建国', 'customer'],
        ['刘芳', 'customer'],
      ])
    } finally {
      await ctx.close()
    }
  })

  it('read-only: old bids stay readable with their chain, nothing is written', async () => {
    await oldWorkspace([v3Bid('old-a', '某市第一人民医院', [WANG, LIU])])
    const before = await fs.readFile(path.join(dir, 'bids', 'old-a.json'), 'utf8')
    const ctx = new AppContext('cli', home)
    await ctx.open(dir, true)
    try {
      const bid = await ctx.requireWs().get('bids', 'old-a')
      expect(bid.legacyPeople.map((p) => p.name)).toEqual(['王建国', '刘芳'])
      const chain = (await call(ctx, 'customers.chain', { bidId: 'old-a' })) as {
        name: string
        source: string
      }[]
      expect(chain.map((p) => [p.name, p.source])).toEqual([
        ['王建国', 'legacy'],
        ['刘芳', 'legacy'],
      ])
      expect(ctx.requireWs().list('customers')).toEqual([])
    } finally {
      await ctx.close()
    }
    expect(await fs.readFile(path.join(dir, 'bids', 'old-a.json'), 'utf8')).toBe(before)
  })

  it('a bid synced in later from an old version is moved on request, into the existing customer', async () => {
    await oldWorkspace([v3Bid('old-a', '某市第一人民医院', [WANG])])
    const ctx = new AppContext('cli', home)
    await ctx.open(dir)
    try {
      await fs.writeFile(
        path.join(dir, 'bids', 'late.json'),
        JSON.stringify(
          v3Bid('late', '某市第一人民医院', [
            { ...WANG, id: 'q1' },
            { ...LIU, id: 'q2', reportsTo: 'q1' },
          ]),
        ),
      )
      await ctx.close()
      await fs.rm(path.join(dir, '.bidbench', 'index'), { recursive: true, force: true })
      await ctx.open(dir)
      const ws = ctx.requireWs()
      // The one-time move is done; the late bid keeps its chain readable until someone moves it.
      expect((await ws.get('bids', 'late')).legacyPeople).toHaveLength(2)
      const report = (await call(ctx, 'customers.linkAll', {})) as {
        bids: { id: string; added: string[]; matched: string[] }[]
      }
      expect(report.bids).toEqual([
        expect.objectContaining({ id: 'late', added: ['刘芳'], matched: ['王建国'] }),
      ])
      const [hospital] = await ws.all('customers')
      expect(hospital.people.map((p) => [p.id, p.name, p.reportsTo])).toEqual([
        ['p1', '王建国', null],
        ['q2', '刘芳', 'p1'],
      ])
      expect((await ws.get('bids', 'late')).decisionChain.map((l) => l.personId)).toEqual(['p1', 'q2'])
      // Nothing left to move: a second run changes nothing.
      expect(((await call(ctx, 'customers.linkAll', {})) as { bids: unknown[] }).bids).toEqual([])
    } finally {
      await ctx.close()
    }
  })
})
