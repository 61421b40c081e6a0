/**
 * Side-by-side measurement for `npm run bench`: every figure is a ratio of two things timed in the same
 * run, alternately (A B A B …), so a machine that slows down mid-run slows both sides alike.
 */
export interface Metric {
  name: string
  /** A ÷ B of the medians; null when the feature is not available. */
  ratio: number | null
  /** Pass when ratio ≤ target. */
  target: number
  /** Raw timings (ms) and any extra figures, for reference. */
  raw: Record<string, unknown>
  available: boolean
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export interface SideBySide {
  a: number[]
  b: number[]
  /** median(a) ÷ median(b) */
  ratio: number
  medianA: number
  medianB: number
}

type Task = () => unknown | Promise<unknown>

/**
 * Times `a` and `b` alternately `reps` times after `warmup` untimed rounds of each (JIT, caches).
 * Odd rounds run B first, so neither side always follows the other.
 */
export async function sideBySide(a: Task, b: Task, reps: number, warmup = 1): Promise<SideBySide> {
  for (let i = 0; i < warmup; i++) {
    await a()
    await b()
  }
  const ta: number[] = []
  const tb: number[] = []
  for (let i = 0; i < reps; i++) {
    const order: [Task, number[]][] =
      i % 2
        ? [
            [b, tb],
            [a, ta],
          ]
        : [
            [a, ta],
            [b, tb],
          ]
    for (const [task, into] of order) {
      const t0 = performance.now()
      await task()
      into.push(performance.now() - t0)
    }
  }
  const medianA = median(ta)
  const medianB = median(tb)
  return { a: ta, b: tb, ratio: medianA / medianB, medianA, medianB }
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

/** The raw part of a side-by-side result, rounded for printing. */
export function rawTimes(r: SideBySide, labelA: string, labelB: string): Record<string, unknown> {
  return {
    [`${labelA}MedianMs`]: round(r.medianA, 3),
    [`${labelB}MedianMs`]: round(r.medianB, 3),
    reps: r.a.length,
  }
}

export function unavailable(name: string, target: number, reason: string): Metric {
  return { name, ratio: null, target, raw: { reason }, available: false }
}

/** Runs one metric; a feature that is missing or fails to run reports "not available" with the reason. */
export async function guarded(name: string, target: number, fn: () => Promise<Metric>): Promise<Metric> {
  try {
    return await fn()
  } catch (e) {
    return unavailable(name, target, e instanceof Error ? e.message : String(e))
  }
}
