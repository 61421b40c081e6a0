import fc from 'fast-check'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { importRequirementsXlsx } from '../../electron/services/bids/import-requirements'
import { fillBuyerForm, scanBuyerForm } from '../../electron/services/export/docx/buyer-form'
import { assertSafeOfficeZip } from '../../electron/services/import/guard'
import { importScoringXlsx } from '../../electron/services/scoring/import-xlsx'
import { AppError } from '../../shared/errors'
import { buildRandomZip, buildSeeds, editPart, mutate, mutationArb, partEditArb, randomZipArb } from './import-fuzz-corpus'

const values = { 项目名称: 'x', 日期: '2026-01-01' }
const imps: [string, (b: Buffer) => Promise<unknown>][] = [
  ['guard', async (b) => assertSafeOfficeZip(b)],
  ['requirements', (b) => importRequirementsXlsx(b)],
  ['scoring', (b) => importScoringXlsx(b)],
  ['scan', (b) => scanBuyerForm(b, values)],
  ['fill', (b) => fillBuyerForm({ input: b, values, out: '/tmp/fuzzx/out.docx', allowUnknown: true })],
]
const seen = new Map<string, { size: number; buf: Buffer; msg: string }>()
const slow: string[] = []
async function run(buf: Buffer) {
  for (const [n, f] of imps) {
    const t = performance.now()
    try { await f(buf) } catch (e) {
      if (!(e instanceof AppError)) {
        const msg = `${(e as Error)?.name}: ${(e as Error)?.message}`.slice(0, 120)
        const sig = `${n} ${msg.split(' ').slice(0, 3).join(' ')}`
        const prev = seen.get(sig)
        if (!prev || prev.size > buf.length) seen.set(sig, { size: buf.length, buf, msg })
      }
    }
    const ms = performance.now() - t
    if (ms > 1000) slow.push(`${n} ${Math.round(ms)}ms size ${buf.length}`)
  }
}
const seeds = await buildSeeds()
const seedArb = fc.constantFrom('requirementsXlsx', 'scoringXlsx', 'buyerDocx' as const)
const N = Number(process.argv[2] ?? 300)
for (const [s, ops] of fc.sample(fc.tuple(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 })), N)) await run(mutate(seeds[s as 'buyerDocx'], ops))
for (const [s, ed] of fc.sample(fc.tuple(seedArb, fc.array(partEditArb, { minLength: 1, maxLength: 3 })), N)) await run(await editPart(seeds[s as 'buyerDocx'], ed))
for (const z of fc.sample(randomZipArb, N)) await run(await buildRandomZip(z))
for (const b of fc.sample(fc.uint8Array({ maxLength: 2048 }), N)) await run(Buffer.from(b))
for (const [sig, v] of seen) {
  console.log(sig, '| size', v.size, '|', v.msg)
}
await fs.mkdir('/tmp/fuzzx/found', { recursive: true })
let i = 0
for (const [sig, v] of seen) await fs.writeFile(path.join('/tmp/fuzzx/found', `${i++}-${sig.split(' ')[0]}.bin`), v.buf)
console.log('slow', slow.slice(0, 20))
