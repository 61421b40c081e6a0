import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as demo } from '@cli/commands/demo'
import { command as exportCmd } from '@cli/commands/export'
import { openWorkspace } from '@services/store'
import type { Finding } from '@shared/domain/checks'

/**
 * The CLI goes through the same export gate as the app: the sample goods bid carries planted 编制-phase 否决风险
 * (two prices, a marker, …), so every format refuses it without --force, names the findings and where they are
 * printed, and writes nothing; --force exports and records the decision in the bid.
 */
let root: string
let ws: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  )

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-export-gate-cli-'))
  ws = path.join(root, 'ws')
  expect(await demo.run([ws], io().io)).toBe(0)
}, 300_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('cli export: the gate', () => {
  it.each(['docx', 'xlsx', 'pdf'])(
    '%s: a bid with open 否决风险 exits 1 with { blocked: true, findings } and writes no file',
    async (format) => {
      const { o, io: cli } = io()
      const out = path.join(root, `blocked.${format}`)
      const argv = [format, ws, '--bid', 'bid-hospital-imaging', '--out', out, '--json']
      expect(await exportCmd.run(argv, cli)).toBe(1)
      const r = JSON.parse(o.out.at(-1)!) as { blocked: boolean; findings: Finding[] }
      expect(r.blocked).toBe(true)
      const ids = r.findings.map((f) => f.ruleId)
      expect(ids).toContain('P01') // two prices printed
      expect(r.findings.every((f) => f.severity === '否决风险' && f.phase !== '封装')).toBe(true)
      // The price finding names the forms where the disagreeing amounts are printed.
      const p01 = r.findings.find((f) => f.ruleId === 'P01')!
      expect(p01.printedIn?.map((p) => p.title).join(' ')).toMatch(/投标函|开标一览表|报价明细/)
      expect(await exists(out)).toBe(false)
    },
    120_000,
  )

  it('without --json the refusal lists rule, message and where it is printed on stderr', async () => {
    const { o, io: cli } = io()
    const out = path.join(root, 'blocked-text.docx')
    expect(await exportCmd.run(['docx', ws, '--bid', 'bid-hospital-imaging', '--out', out], cli)).toBe(1)
    const err = o.err.join('\n')
    expect(err).toMatch(/未导出：\d+ 项否决风险/)
    expect(err).toMatch(/--force/)
    expect(err).toMatch(/\[否决风险\] P01 /)
    expect(err).toMatch(/印于 \/ printed in: .*(投标函|开标一览表)/)
    expect(o.out).toEqual([])
  }, 120_000)

  it('--force exports anyway and records the decision with the rule ids in the bid', async () => {
    const { o, io: cli } = io()
    const out = path.join(root, 'forced.docx')
    const argv = ['docx', ws, '--bid', 'bid-hospital-imaging', '--out', out, '--force', '--json']
    expect(await exportCmd.run(argv, cli)).toBe(0)
    const r = JSON.parse(o.out.at(-1)!) as { blocked: boolean; overridden: Finding[] }
    expect(r.blocked).toBe(false)
    expect(r.overridden.map((f) => f.ruleId)).toContain('P01')
    expect((await fs.stat(out)).size).toBeGreaterThan(10_000)
    const session = await openWorkspace(ws, { readOnly: true })
    try {
      const bid = await session.get('bids', 'bid-hospital-imaging')
      const last = bid.exportDecisions.at(-1)!
      expect(last.choice).toBe('export-anyway')
      expect(last.ruleIds).toEqual([...new Set(r.overridden.map((f) => f.ruleId))])
      expect(last.vetoFindings).toBe(r.overridden.length)
    } finally {
      await session.close()
    }
  }, 120_000)

  it('the clean sample bid exports without --force and records nothing', async () => {
    const { o, io: cli } = io()
    const out = path.join(root, 'clean.xlsx')
    expect(await exportCmd.run(['xlsx', ws, '--bid', 'bid-energy-itops', '--out', out, '--json'], cli)).toBe(
      0,
    )
    expect(JSON.parse(o.out.at(-1)!)).toMatchObject({ blocked: false, overridden: [] })
    const session = await openWorkspace(ws, { readOnly: true })
    try {
      expect((await session.get('bids', 'bid-energy-itops')).exportDecisions).toEqual([])
    } finally {
      await session.close()
    }
  }, 120_000)
})
