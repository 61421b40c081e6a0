import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as check } from '@cli/commands/check'
import { command as demo } from '@cli/commands/demo'
import { command as exportCmd } from '@cli/commands/export'
import { openWorkspace } from '@services/store'
import type { Finding } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'

// Per-lot E01 through the CLI on a workspace on disk (#14): the demo services bid (招标投标) split into two lots with their own
// ceilings; a lot's 大写 that disagrees with its 小写 is the same decision as the whole bid's E01 — a correction to
// confirm (the export goes on), 否决风险 once the words are above that lot's ceiling (the export gate refuses) —
// and the finding names the lot.
const BID = 'bid-energy-itops'
let root: string
let ws: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

const lot = (id: string, no: string, name: string, price: number, ceiling: number, words: string) => ({
  id,
  no,
  name,
  bidding: true,
  priceCeiling: ceiling,
  budget: null,
  bondRequired: null,
  bondPaid: null,
  price,
  priceWords: words,
  deliveryPeriod: '2027-01-01 至 2027-12-31',
  warranty: '服务期内',
})

async function lotWords(lot2Words: string): Promise<void> {
  const s = await openWorkspace(ws)
  try {
    const bid: Bid = await s.get('bids', BID)
    await s.save('bids', {
      ...bid,
      lots: [
        lot('l1', '1', '驻场运维', 3_360_000, 3_500_000, '叁佰叁拾陆万元整'),
        lot('l2', '2', '备品备件及巡检', 396_000, 400_000, lot2Words),
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

async function e01(): Promise<Finding[]> {
  const { o, io: cli } = io()
  await check.run([ws, '--bid', BID, '--json'], cli)
  return (JSON.parse(o.out.at(-1)!) as Finding[]).filter((f) => f.ruleId === 'E01')
}

async function exportBlocked(name: string): Promise<boolean> {
  const { o, io: cli } = io()
  await exportCmd.run(['docx', ws, '--bid', BID, '--out', path.join(root, name), '--json'], cli)
  return (JSON.parse(o.out.at(-1)!) as { blocked: boolean }).blocked
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e01-lots-'))
  ws = path.join(root, 'ws')
  expect(await demo.run([ws], io().io)).toBe(0)
}, 300_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('E01 per lot (CLI check and export gate)', () => {
  it('words right on both lots: no E01', async () => {
    await lotWords('叁拾玖万陆仟元整')
    expect(await e01()).toEqual([])
  }, 240_000)

  it('lot 2 words 叁拾玖万柒仟 within its ceiling: a correction to confirm naming 第2包, the export goes on', async () => {
    await lotWords('叁拾玖万柒仟元整')
    const f = await e01()
    expect(f.map((x) => [x.severity, x.location.path, x.basis])).toEqual([
      ['失分风险', 'lots.1.priceWords', '评标委员会和评标方法暂行规定第19条'],
    ])
    expect(f[0].message.zh).toContain('第2包开标一览表大写金额为 397000.00 元，小写为 396000.00 元')
    expect(await exportBlocked('ok.docx')).toBe(false)
  }, 240_000)

  it('lot 2 words above its own ceiling (within the bid’s): 否决风险 as for the whole bid; the export refuses', async () => {
    await lotWords('肆拾壹万元整')
    const f = await e01()
    expect(f.map((x) => [x.severity, x.location.path, x.basis])).toEqual([
      ['否决风险', 'lots.1.priceWords', '评标委员会和评标方法暂行规定第19条、实施条例第51条'],
    ])
    expect(f[0].message.zh).toContain('修正后的报价超过第2包最高限价 400000.00 元')
    expect(await exportBlocked('blocked.docx')).toBe(true)
  }, 240_000)
})
