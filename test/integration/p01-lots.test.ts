import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as check } from '@cli/commands/check'
import { command as demo } from '@cli/commands/demo'
import { command as exportCmd } from '@cli/commands/export'
import { openWorkspace } from '@services/store'
import type { Finding } from '@shared/domain/checks'

// P01 at print level on a two-lot bid (the demo services bid split into 2 lots, each quote line on its lot): the
// clean split passes `check` and exports; a lot whose 开标一览表 price is not its lines is two prices for that lot
// and the sum of the lots no longer equals the 投标函 total — the CLI reports both and the export gate refuses.
const BID = 'bid-energy-itops'
let root: string
let ws: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

async function splitIntoLots(lot2Price: number): Promise<void> {
  const s = await openWorkspace(ws)
  try {
    const bid = await s.get('bids', BID)
    await s.save('bids', {
      ...bid,
      lots: [
        { ...lot('l1', '1', '驻场运维'), price: 3_360_000 },
        { ...lot('l2', '2', '备品备件及巡检'), price: lot2Price },
      ],
      quote: {
        ...bid.quote,
        items: bid.quote.items.map((it, i) => ({ ...it, lotId: i === 0 ? 'l1' : 'l2' })),
      },
    })
  } finally {
    await s.close()
  }
}

function lot(id: string, no: string, name: string) {
  return {
    id,
    no,
    name,
    bidding: true,
    priceCeiling: null,
    budget: null,
    bondRequired: null,
    bondPaid: null,
    price: null as number | null,
    priceWords: '',
    deliveryPeriod: '2027-01-01 至 2027-12-31',
    warranty: '服务期内',
  }
}

async function findings(): Promise<Finding[]> {
  const { o, io: cli } = io()
  await check.run([ws, '--bid', BID, '--json'], cli)
  return JSON.parse(o.out.at(-1)!) as Finding[]
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-p01-lots-'))
  ws = path.join(root, 'ws')
  expect(await demo.run([ws], io().io)).toBe(0)
}, 300_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('P01 on a two-lot bid (CLI check and export gate)', () => {
  it('the clean split: each lot = its lines, lots add up to the 投标函 total → no P01, docx exports', async () => {
    await splitIntoLots(396_000)
    const f = await findings()
    expect(f.filter((x) => x.ruleId === 'P01')).toEqual([])
    const out = path.join(root, 'clean.docx')
    const { o, io: cli } = io()
    expect(await exportCmd.run(['docx', ws, '--bid', BID, '--out', out, '--json'], cli)).toBe(0)
    expect(JSON.parse(o.out.at(-1)!).blocked).toBe(false)
  }, 240_000)

  it('lot 2 priced 420,000 against lines of 396,000: P01 on the lot and on the total; the export refuses', async () => {
    await splitIntoLots(420_000)
    const p01 = (await findings()).filter((x) => x.ruleId === 'P01')
    const lotF = p01.find((x) => x.location.path === 'lots.1.price')
    expect(lotF?.severity).toBe('否决风险')
    expect(lotF?.message.zh).toContain('第2包开标一览表报价 ¥420,000.00')
    expect(lotF?.message.zh).toContain('¥396,000.00')
    expect(lotF?.printedIn?.map((p) => p.title)).toEqual(['开标一览表', '报价明细表'])
    const total = p01.find((x) => x.message.zh.includes('各包合计'))
    expect(total?.message.zh).toContain('¥3,780,000.00')
    expect(total?.message.zh).toContain('“投标函” ¥3,756,000.00')
    const out = path.join(root, 'blocked.docx')
    const { o, io: cli } = io()
    expect(await exportCmd.run(['docx', ws, '--bid', BID, '--out', out, '--json'], cli)).toBe(1)
    const r = JSON.parse(o.out.at(-1)!) as { blocked: boolean; findings: Finding[] }
    expect(r.blocked).toBe(true)
    expect(r.findings.filter((x) => x.ruleId === 'P01').map((x) => x.location.path)).toContain('lots.1.price')
    await expect(fs.access(out)).rejects.toThrow()
  }, 240_000)
})
