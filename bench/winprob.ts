/**
 * Win-probability benchmark: 100,000 Monte Carlo trials of a 6-bidder tender with 12 uncertain items.
 * Run alone with `npx tsx bench/winprob.ts`, or call benchWinProbability() from bench/index.ts.
 */
import { MatrixSchema } from '@shared/schemas'
import { winProbability, winProbabilitySweep } from '@shared/domain/matrices/winprob'

export function benchMatrix() {
  const names = ['A', 'B', 'C', 'D', 'E']
  return MatrixSchema.parse({
    id: 'bench',
    schemaVersion: 1,
    title: 'bench',
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
    ourPrice: 980000,
    items: [
      { id: 'P', name: '价格', category: '价格', maxPoints: 30 },
      ...Array.from({ length: 12 }, (_, i) => ({
        id: `I${i}`,
        name: `评分项${i}`,
        category: i < 4 ? '商务' : '技术',
        maxPoints: i < 4 ? 5 : 6.25,
        selfScore: 4,
        estimates: names.map((n, k) => ({ bidderId: n, low: 2, likely: 3.5 + k * 0.2, high: 5 })),
      })),
    ],
    bidders: [
      { id: 'us', name: '我方', isUs: true },
      ...names.map((n, k) => ({
        id: n,
        name: n,
        price: { low: 900000 + k * 10000, likely: 1000000, high: 1100000 },
      })),
    ],
  })
}

export function benchWinProbability(): { name: string; ms: number; detail: string }[] {
  const m = benchMatrix()
  winProbability(m, 950000, { trials: 5000 })
  const t0 = performance.now()
  const one = winProbability(m, 950000, { trials: 100_000, seed: 1 })
  const t1 = performance.now()
  const sweep = winProbabilitySweep(m, { from: 850000, to: 1100000, steps: 26, trials: 20_000, seed: 1 })
  const t2 = performance.now()
  return [
    { name: 'winprob 100k trials, 6 bidders', ms: t1 - t0, detail: `p=${one.probability.toFixed(4)}` },
    {
      name: 'winprob sweep 26 prices × 20k trials',
      ms: t2 - t1,
      detail: `band ${sweep.band?.low ?? '-'}–${sweep.band?.high ?? '-'}`,
    },
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchWinProbability()) console.log(`${r.name}: ${r.ms.toFixed(1)} ms (${r.detail})`)
}
