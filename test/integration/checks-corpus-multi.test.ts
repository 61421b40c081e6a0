import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLLATERAL } from '../corpus/collateral'
import { checkEveryWorkspace, type CheckRow as Row } from '../corpus/check-rows'
import { corpusSeed, writeCorpus, type CorpusWorkspace } from '../corpus/corpus'
import { multiGroups } from '../corpus/multi'
import { MULTI_STYLES } from '../corpus/styles-multi'

/**
 * Three house styles the main corpus does not have (医疗设备, 物业服务, 装修改造工程), each with a bid carrying
 * 4–5 planted errors of different kinds, under `bidbench check <ws> --all --json`: every planted error is found
 * by its rule at its place, nothing else is reported beyond the listed consequences, and the clean bids of the
 * styles raise nothing.
 */

let root: string
let corpus: CorpusWorkspace[]
let rows = new Map<string, Row[]>()

beforeAll(async () => {
  const seed = corpusSeed()
  console.log(`multi-plant corpus seed ${seed} (BB_CORPUS_SEED to change)`)
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-corpus-multi-'))
  corpus = await writeCorpus(root, new Date(), seed, MULTI_STYLES, multiGroups)
  rows = await checkEveryWorkspace(corpus, [0, 1])
}, 600_000)

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const show = (r: Row) => `${r.ruleId} ${r.severity} ${r.location.path} ${r.message.zh}`

describe('bids with several planted errors', () => {
  it('are three new styles, each bid with 4–5 errors of at least three rules', () => {
    expect(corpus.map((w) => w.style.key)).toEqual(['device', 'property', 'fitout'])
    for (const w of corpus) {
      const planted = w.bids.filter((b) => b.role === 'planted')
      expect(planted).toHaveLength(1)
      const ps = planted[0].plants!
      expect(ps.length).toBeGreaterThanOrEqual(4)
      expect(new Set(ps.map((p) => p.rule)).size).toBeGreaterThanOrEqual(3)
    }
  })

  it('raise nothing on the clean bids of the new styles', () => {
    const noise = corpus.flatMap((w) =>
      w.bids
        .filter((b) => b.role === 'clean')
        .flatMap((b) => rows.get(w.style.key)!.filter((r) => r.bidId === b.bid.id))
        .map((r) => `${w.style.key}: ${show(r)}`),
    )
    expect(noise).toEqual([])
  })

  it('find every planted error by its rule at its place, and nothing else', () => {
    const problems: string[] = []
    for (const w of corpus)
      for (const b of w.bids.filter((x) => x.role === 'planted')) {
        const got = rows.get(w.style.key)!.filter((r) => r.bidId === b.bid.id)
        const hits = (r: Row) =>
          b.plants!.some((p) => r.ruleId === p.rule && r.location.path.includes(p.field))
        for (const p of b.plants!)
          if (!got.some((r) => r.ruleId === p.rule && r.location.path.includes(p.field)))
            problems.push(`${w.style.key}/${p.id} (${p.rule} @ ${p.field || '*'}) missed`)
        const allowed = new Set(
          b.plants!.flatMap((p) => (COLLATERAL[p.id] ?? []).map((x) => x.replace('?', ''))),
        )
        for (const r of got.filter((x) => !hits(x) && !allowed.has(x.ruleId)))
          problems.push(`${w.style.key}: unexpected ${show(r)}`)
      }
    expect(problems).toEqual([])
  })
})
