import { useEffect, useMemo, useRef, useState } from 'react'
import type { Matrix } from '@shared/schemas'
import { type WinProbLimits, type WinProbResponse, type WinProbResult } from './winprob-protocol'
import { runWinProb } from './winprob-run'
import { errorMessage } from '@renderer/api/error-text'

const DEBOUNCE_MS = 250

export interface WinProbState {
  result: WinProbResult | null
  error: { zh: string; en: string } | null
  /** From an edit until its result arrives; the chart keeps showing the previous curve meanwhile. */
  running: boolean
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./winprob.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/**
 * Re-runs the win-probability sweep on every edit of the matrix (debounced) in a Web Worker. A run
 * still going when the next edit arrives is abandoned by replacing the worker: its answer would be
 * stale anyway. Without worker support it runs on the UI thread.
 */
/** Only what the simulation reads: a save (new updatedAt) or an edit of a title or criteria text does not re-run it. */
function simulationKey(m: Matrix): string {
  return JSON.stringify([
    m.items.map((i) => [i.category, i.kind, i.maxPoints, i.selfScore, i.estimates]),
    m.priceRule,
    m.bidders,
    m.ourPrice,
    m.cost,
    m.seed,
  ])
}

export function useWinProb(
  matrix: Matrix | null,
  trials: number,
  enabled: boolean,
  limits: WinProbLimits,
): WinProbState {
  const [state, setState] = useState<WinProbState>({ result: null, error: null, running: false })
  const worker = useRef<Worker | null>(null)
  const busy = useRef(false)
  const seq = useRef(0)
  const noWorker = useRef(false)

  useEffect(
    () => () => {
      worker.current?.terminate()
      worker.current = null
    },
    [],
  )

  const key = useMemo(() => (matrix ? simulationKey(matrix) + JSON.stringify(limits) : ''), [matrix, limits])
  const latest = useRef(matrix)
  latest.current = matrix
  const latestLimits = useRef(limits)
  latestLimits.current = limits

  useEffect(() => {
    const matrix = latest.current
    const limits = latestLimits.current
    if (!matrix || !enabled) return
    setState((s) => (s.running ? s : { ...s, running: true }))
    const inline = () => {
      try {
        setState({ result: runWinProb(matrix, trials, limits), error: null, running: false })
      } catch (err) {
        setState({ result: null, error: errorMessage(err), running: false })
      }
    }
    const tm = setTimeout(() => {
      const n = ++seq.current
      if (noWorker.current) return inline()
      if (busy.current && worker.current) {
        worker.current.terminate()
        worker.current = null
      }
      if (!worker.current) {
        const w = startWorker()
        if (!w) {
          noWorker.current = true
          return inline()
        }
        w.onmessage = (e: MessageEvent<WinProbResponse>) => {
          busy.current = false
          if (e.data.seq !== seq.current) return
          setState(
            'result' in e.data
              ? { result: e.data.result, error: null, running: false }
              : { result: null, error: e.data.error, running: false },
          )
        }
        // A worker that cannot load (a file:// restriction, a CSP) falls back to the UI thread for good.
        w.onerror = () => {
          w.terminate()
          worker.current = null
          busy.current = false
          noWorker.current = true
          if (n === seq.current) inline()
        }
        worker.current = w
      }
      busy.current = true
      worker.current.postMessage({ seq: n, matrix, trials, limits })
    }, DEBOUNCE_MS)
    return () => clearTimeout(tm)
  }, [key, trials, enabled])

  return state
}
