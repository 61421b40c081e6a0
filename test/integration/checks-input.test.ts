import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { checkWorkspace, loadCheckInput } from '@services/checks'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { runChecks, type CheckSources } from '@shared/domain/checks'

// The check input is assembled once (services/checks/input.ts); the panel (checks.input), the CLI and the
// API (checkWorkspace) and the export gate (loadCheckInput) must see the same thing.
let dir: string
let ctx: AppContext

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en}`)
  return r.value as T
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-check-input-'))
  const ws = await createWorkspace(path.join(dir, 'ws'), { name: '示例工作区' })
  await writeDemoData(ws)
  await ws.close()
  ctx = new AppContext('cli', path.join(dir, 'home'))
  await ctx.open(path.join(dir, 'ws'))
}, 300_000) // the sample workspace writes its scans with fsync: slow under load
afterAll(async () => {
  await ctx?.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('one check input for every transport', () => {
  it.each(['bid-hospital-imaging', 'bid-energy-itops'])(
    '%s: panel, CLI/API and export gate agree',
    async (id) => {
      const ws = ctx.requireWs()
      const bid = await ws.get('bids', id)
      const now = new Date('2026-03-01T08:00:00+08:00')
      const panel = await ok<CheckSources>('checks.input', { bidId: id })
      const { now: _n, ...gate } = await loadCheckInput(ws, bid, now)
      expect(JSON.parse(JSON.stringify(panel))).toEqual(JSON.parse(JSON.stringify(gate)))
      expect(panel.otherBids.map((b) => b.id)).not.toContain(id)
      expect(panel.otherBids.length).toBe(ws.list('bids').length - 1)
      expect(panel.materials.length).toBe(ws.list('materials').length)
      expect(panel.matrix?.id ?? null).toBe(bid.matrixId)
      // The CLI/API also check the print (the 投标文件 as exported); on the same print, the same findings.
      const viaCli = (await checkWorkspace(ws, { bidId: id, now })).checks[0]
      expect(viaCli.print).not.toBeNull()
      expect(runChecks({ bid, ...panel, now, print: viaCli.print })).toEqual(viaCli.result)
    },
  )

  it('matrixId overrides the saved matrix (the panel follows an unsaved edit); a missing one is left out', async () => {
    const matrices = ctx.requireWs().list('matrices')
    const other = await ok<CheckSources>('checks.input', {
      bidId: 'bid-energy-itops',
      matrixId: matrices[0].id,
    })
    expect(other.matrix?.id).toBe(matrices[0].id)
    expect(
      (await ok<CheckSources>('checks.input', { bidId: 'bid-energy-itops', matrixId: null })).matrix,
    ).toBeNull()
    expect(
      (await ok<CheckSources>('checks.input', { bidId: 'bid-energy-itops', matrixId: 'mx-gone' })).matrix,
    ).toBeNull()
    const r = await dispatch(ctx, 'checks.input', { bidId: 'bid-gone' })
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND')
  })
})
