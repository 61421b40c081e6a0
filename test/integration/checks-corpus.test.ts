import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collateralProblems } from '../corpus/collateral'
import { checkEveryWorkspace, type CheckRow as Row } from '../corpus/check-rows'
import { corpusSeed, writeCorpus, type CorpusWorkspace } from '../corpus/corpus'

/**
 * The planted-error corpus under `bidbench check <ws> --all --json` (the CLI a user runs): every planted
 * error must be reported by its rule on its field (recall ≥ 95 %, reported per rule), the clean bids
 * of every house style must raise nothing at all, and a planted bid raises nothing beyond its planted error and
 * the consequences of it listed in test/corpus/collateral.ts.
 */

let root: string
let corpus: CorpusWorkspace[]
let rows = new Map<string, Row[]>()

beforeAll(async () => {
  const seed = corpusSeed()
  console.log(`planted-error corpus seed ${seed} (BB_CORPUS_SEED to change)`)
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-corpus-'))
  corpus = await writeCorpus(root, new Date(), seed)
  rows = await checkEveryWorkspace(corpus, [1])
}, 900_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('the planted-error corpus', () => {
  it('has nine house styles and at least 80 planted errors across the three families', () => {
    expect(corpus.map((w) => w.style.key)).toEqual([
      'goods',
      'services',
      'works',
      'consortium',
      'lots',
      'sme',
      'build',
      'tos',
      'plain',
    ])
    const planted = corpus.flatMap((w) => w.bids.filter((b) => b.role === 'planted'))
    expect(planted.length).toBeGreaterThanOrEqual(80)
    const families = new Set(planted.map((b) => b.plant!.rule[0]))
    expect([...families].sort()).toEqual(['C', 'E', 'L'])
    // Two houses print the buyer's own 开标一览表 with 小写 and 大写 columns on a clean bid (test/corpus/buyer-tables.ts).
    expect(
      corpus.flatMap((w) => w.bids.filter((b) => b.role === 'clean' && b.buyerForm).map(() => w.style.key)),
    ).toEqual(['works', 'lots'])
  })

  it('raises nothing on the clean bids of any style', () => {
    const noise: string[] = []
    for (const w of corpus)
      for (const b of w.bids.filter((x) => x.role === 'clean'))
        for (const r of rows.get(w.style.key)!.filter((x) => x.bidId === b.bid.id))
          noise.push(
            `${w.style.key}/${b.bid.id}: ${r.ruleId} ${r.severity} ${r.location.path} ${r.message.zh}`,
          )
    expect(noise).toEqual([])
  })

  it('finds ≥ 95 % of the planted errors by their rule on their field, per rule', () => {
    const perRule = new Map<string, { planted: number; found: number; missed: string[] }>()
    for (const w of corpus)
      for (const b of w.bids.filter((x) => x.role === 'planted')) {
        const p = b.plant!
        const got = rows.get(w.style.key)!.filter((r) => r.bidId === b.bid.id)
        const hit = got.some((r) => r.ruleId === p.rule && r.location.path.includes(p.field))
        const e = perRule.get(p.rule) ?? { planted: 0, found: 0, missed: [] }
        e.planted++
        if (hit) e.found++
        else
          e.missed.push(
            `${w.style.key}/${p.id} (${p.what}): got ${got.map((r) => `${r.ruleId}@${r.location.path}`).join(', ') || 'nothing'}`,
          )
        perRule.set(p.rule, e)
      }
    const table = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b))
    for (const [rule, e] of table) console.log(`${rule}  ${e.found}/${e.planted}`)
    const planted = table.reduce((a, [, e]) => a + e.planted, 0)
    const found = table.reduce((a, [, e]) => a + e.found, 0)
    console.log(`recall ${found}/${planted} = ${((100 * found) / planted).toFixed(1)} %`)
    const missed = table.flatMap(([, e]) => e.missed)
    if (missed.length) console.log(missed.join('\n'))
    expect(found / planted).toBeGreaterThanOrEqual(0.95)
  })

  it('raises nothing on a planted bid beyond the planted error and its listed consequences', () => {
    const problems: string[] = []
    for (const w of corpus)
      for (const b of w.bids.filter((x) => x.role === 'planted')) {
        const p = b.plant!
        const other = rows
          .get(w.style.key)!
          .filter((r) => r.bidId === b.bid.id && !(r.ruleId === p.rule && r.location.path.includes(p.field)))
        for (const problem of collateralProblems(
          p.id,
          other.map((r) => r.ruleId),
        ))
          problems.push(
            `${w.style.key}/${p.id} (${p.rule}): ${problem}: ${
              other
                .filter((r) => problem.includes(r.ruleId))
                .map((r) => `${r.location.path} ${r.message.zh}`)
                .join(' | ') || '-'
            }`,
          )
      }
    expect(problems).toEqual([])
  })
})
