import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeStandings } from '@shared/domain/matrices/matrix'
import { priceScores } from '@shared/domain/matrices/price'
import { winProbability } from '@shared/domain/matrices/winprob'
import { makeMatrix } from './helpers'

const price = fc.integer({ min: 100, max: 2_000_000 })

describe('price formula properties', () => {
  it('低价优先: the lowest gets the full weight, a higher price never scores more, scores stay in 0…weight', () => {
    fc.assert(
      fc.property(
        fc.array(price, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 100 }),
        (ps, w) => {
          const r = priceScores(
            ps.map((p) => ({ price: p })),
            { weight: w },
          )
          const min = Math.min(...ps)
          ps.forEach((p, i) => {
            if (p === min) expect(r.scores[i]).toBe(w)
            expect(r.scores[i]).toBeGreaterThanOrEqual(0)
            expect(r.scores[i]).toBeLessThanOrEqual(w)
            ps.forEach((q, j) => {
              if (q > p) expect(r.scores[j]).toBeLessThanOrEqual(r.scores[i])
            })
          })
        },
      ),
    )
  })

  it('average benchmark: 0 ≤ score ≤ weight, and the score falls with the distance from the benchmark', () => {
    fc.assert(
      fc.property(
        fc.array(price, { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 8 })),
        (ps, k, above, below, drop) => {
          const r = priceScores(
            ps.map((p) => ({ price: p })),
            {
              method: 'average',
              k,
              pointsPerPctAbove: above,
              pointsPerPctBelow: below,
              dropExtremesWhenAtLeast: drop,
            },
          )
          const b = r.benchmark!
          ps.forEach((p, i) => {
            expect(r.scores[i]).toBeGreaterThanOrEqual(0)
            expect(r.scores[i]).toBeLessThanOrEqual(30)
            ps.forEach((q, j) => {
              // same side of the benchmark, further away → not more points
              if ((p - b) * (q - b) > 0 && Math.abs(q - b) > Math.abs(p - b)) {
                expect(r.scores[j]).toBeLessThanOrEqual(r.scores[i])
              }
            })
          })
        },
      ),
    )
  })

  it('the SME deduction never lowers the qualifying bid’s score under 低价优先', () => {
    fc.assert(
      fc.property(
        fc.array(price, { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (ps, at, pct) => {
          const i = at % ps.length
          const plain = priceScores(ps.map((p) => ({ price: p })))
          const sme = priceScores(
            ps.map((p, j) => ({ price: p, sme: j === i })),
            { smeDeductionPct: pct },
          )
          expect(sme.scores[i]).toBeGreaterThanOrEqual(plain.scores[i])
        },
      ),
    )
  })
})

describe('the Monte Carlo agrees with the deterministic ranking when nothing is uncertain', () => {
  it('probability is 1 when we lead, 1/k when k share first place by lot, else 0', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('lowest' as const, 'average' as const, 'lowestEvaluated' as const),
        fc.constantFrom('技术分高者优先' as const, '报价低者优先' as const, '抽签' as const),
        fc.array(
          fc.record({
            p: fc.integer({ min: 90, max: 110 }),
            t: fc.integer({ min: 0, max: 3 }),
            b: fc.integer({ min: 0, max: 3 }),
            sme: fc.boolean(),
          }),
          {
            minLength: 2,
            maxLength: 5,
          },
        ),
        (method, tieBreak, rows) => {
          // small integer grids make exact ties on totals, tech and price common
          const ids = rows.map((_, i) => (i === 0 ? 'us' : `c${i}`))
          const m = makeMatrix(
            [
              { id: 'P', category: '价格', maxPoints: 30 },
              {
                id: 'T',
                category: '技术',
                maxPoints: 40,
                self: rows[0].t * 10,
                est: Object.fromEntries(rows.slice(1).map((r, i) => [ids[i + 1], r.t * 10])),
              },
              {
                id: 'B',
                category: '商务',
                maxPoints: 30,
                self: rows[0].b * 5,
                est: Object.fromEntries(rows.slice(1).map((r, i) => [ids[i + 1], r.b * 5])),
              },
            ],
            rows.map((r, i) => ({
              id: ids[i],
              isUs: i === 0,
              sme: r.sme,
              price: i === 0 ? undefined : r.p * 10,
            })),
            { ourPrice: rows[0].p * 10, priceRule: { method, tieBreak, smeDeductionPct: 10 } },
          )
          const s = computeStandings(m)
          const firsts = s.bidders.filter((b) => b.rank === 1)
          const expected = s.ourRank === 1 ? 1 / firsts.length : 0
          expect(winProbability(m, undefined, { trials: 3 }).probability).toBeCloseTo(expected, 12)
        },
      ),
      { numRuns: 300 },
    )
  })
})
