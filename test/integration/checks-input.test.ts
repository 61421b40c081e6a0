import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { checkWorkspace, loadCheckInput } from '@services/checks'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { runChecks, type CheckSources, type Finding } from '@shared/domain/checks'
import type { PanelCheckInput } from '@shared/contract/checks'
import { beginExport } from '@services/export/use-case'
import { gateCheck } from '@services/export/gate'
import { linkedMaterialIds } from '@shared/domain/materials'
import { checkInputOf } from '../../renderer/src/features/bids/checks/protocol'

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
      const { print: _p, printError, ...panel } = await ok<PanelCheckInput>('checks.input', { bidId: id })
      expect(printError).toBeNull()
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

  // The live panel prints the bid itself (checks.input gives it the templates and scan states) and must find what
  // the export gate finds, print rules (P01…) included.
  it.each(['bid-hospital-imaging', 'bid-energy-itops'])(
    '%s: the panel finds what the export gate finds, print rules included',
    async (id) => {
      const ws = ctx.requireWs()
      const bid = await ws.get('bids', id)
      const now = new Date('2026-03-01T08:00:00+08:00')
      const input = await ok<PanelCheckInput>('checks.input', { bidId: id })
      expect(input.print).not.toBeNull()
      // Through JSON, as the panel receives it.
      const wire = JSON.parse(JSON.stringify(input)) as PanelCheckInput
      const { print, printError: _e, ...sources } = wire
      const panel = runChecks(checkInputOf({ bid, ...sources, printSources: print, now: now.getTime() }))
      let gate: Finding[] = []
      const begun = await beginExport(
        ws,
        { bidId: id, format: 'docx' },
        async (task, checks) => {
          gate = (await gateCheck(task, checks)).findings
          return []
        },
        { materialIds: linkedMaterialIds, now },
      )
      begun.release()
      const keys = (fs: Finding[]) => fs.map((f) => `${f.ruleId}|${f.key}|${f.message.zh}`).sort()
      expect(keys(panel.findings)).toEqual(keys(gate))
      expect(panel.findings).toEqual(gate)
    },
  )

  it('the sample goods bid has a print-rule finding, and the panel shows it', async () => {
    const ws = ctx.requireWs()
    const bid = await ws.get('bids', 'bid-hospital-imaging')
    const input = await ok<PanelCheckInput>('checks.input', { bidId: bid.id })
    const { print, printError: _e, ...sources } = input
    const withPrint = runChecks(checkInputOf({ bid, ...sources, printSources: print, now: Date.now() }))
    const without = runChecks(checkInputOf({ bid, ...sources, printSources: null, now: Date.now() }))
    const p = withPrint.findings.filter((f) => /^P0\d$/.test(f.ruleId))
    expect(p.map((f) => f.ruleId)).toContain('P01')
    expect(without.findings.filter((f) => /^P0\d$/.test(f.ruleId))).toEqual([])
  })

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
