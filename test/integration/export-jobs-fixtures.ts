import { linkedMaterialIds } from '@shared/domain/materials'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { AppContext } from '@services/app-context'
import { vetoFindings } from '@services/export/jobs'
import { createWorkspace, type WorkspaceSession } from '@services/store'
import type { Bid } from '@shared/schemas'
import { buildFixture, company } from './export-fixtures'

/** Shared set-up of the export-job tests: a real workspace on disk with the export fixture bid and materials. */

export interface JobWorld {
  root: string
  ws: WorkspaceSession
  ctx: AppContext
  bid: Bid
  exportsDir: string
}

export async function makeWorld(prefix: string): Promise<JobWorld> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), `bidbench-jobs-${prefix}-`))
  const ws = await createWorkspace(path.join(root, 'ws'), { name: '导出测试', company, app: 'test' })
  const { bid, materials } = await buildFixture(ws.dir)
  for (const m of materials) await ws.create('materials', { ...m })
  const created = await ws.create('bids', { ...bid })
  const ctx = new AppContext('cli', path.join(root, 'home'))
  await ctx.adopt(ws)
  return { root, ws, ctx, bid: created, exportsDir: path.join(ws.dir, 'exports') }
}

/** The bid with every open 否决风险 finding acknowledged, so the export needs no decision. */
export async function acknowledgeVetoes(ws: WorkspaceSession, bidId: string): Promise<Bid> {
  const open = await vetoFindings(ws, bidId, { materialIds: linkedMaterialIds })
  const bid = await ws.get('bids', bidId)
  return ws.save('bids', {
    ...bid,
    acknowledgements: open.map((f) => ({
      key: f.key,
      ruleId: f.ruleId,
      reason: '测试：已人工核实',
      by: '测试',
      at: '2026-03-01T08:00:00.000Z',
    })),
  })
}

/** A bid of n long sections (about one page each): the size at which docx's final packing takes seconds. */
export async function addBigBid(ws: WorkspaceSession, n: number): Promise<Bid> {
  const para =
    '本项目采用云边端三层架构，平台部署于采购人政务云，边缘计算网关部署于园区机房，满足全部技术要求。'.repeat(
      5,
    )
  return ws.create('bids', {
    id: 'big',
    title: '大型投标项目',
    tenderNo: 'BIG-500',
    sections: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      title: `第${i + 1}节`,
      content: Array(6).fill(para).join('\n\n'),
    })),
  })
}

/** Lists a folder including dot files (temp files of an atomic write start with a dot); [] when it is missing. */
export async function listAll(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort()
}

/** Polls until the predicate holds (or throws after timeoutMs). */
export async function waitFor<T>(
  read: () => T | Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await read()
    if (ok(v)) return v
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
