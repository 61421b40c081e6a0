import { useCallback, useEffect, useRef, useState } from 'react'
import {
  simulatePopulation,
  type BuyerPopulation,
  type PopulationOptions,
  type PopulationResult,
} from '@shared/domain/negotiations'
import type { CompareRequest, CompareResponse } from './compare-protocol'
import { type Bi } from './plan-input'
import { errorMessage } from '@renderer/api/error-text'

export interface CompareState {
  result: PopulationResult | null
  error: Bi | null
  running: boolean
  /** Milliseconds the last run took, for the user to see it is quick. */
  ms: number | null
}

/**
 * Runs the nine-pattern comparison in a worker; only the reply to the latest request is kept. Where a
 * worker cannot start (or fails to load) it runs on the UI thread after a paint, so the spinner shows.
 */
export function useCompare() {
  const [state, setState] = useState<CompareState>({ result: null, error: null, running: false, ms: null })
  const worker = useRef<Worker | null>(null)
  const pending = useRef<CompareRequest | null>(null)
  const seq = useRef(0)
  const started = useRef(0)

  const finish = useCallback((r: CompareResponse) => {
    if (r.seq !== seq.current) return
    pending.current = null
    const ms = Math.round(performance.now() - started.current)
    setState(
      'result' in r
        ? { result: r.result, error: null, running: false, ms }
        : { result: null, error: r.error, running: false, ms },
    )
  }, [])

  const runHere = useCallback(
    (req: CompareRequest) =>
      setTimeout(() => {
        try {
          finish({ seq: req.seq, result: simulatePopulation('all', req.population, req.options) })
        } catch (e) {
          finish({ seq: req.seq, error: errorMessage(e) })
        }
      }, 30),
    [finish],
  )

  useEffect(() => {
    let w: Worker
    try {
      w = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return
    }
    w.onmessage = (e: MessageEvent<CompareResponse>) => finish(e.data)
    w.onerror = () => {
      w.terminate()
      worker.current = null
      if (pending.current) runHere(pending.current)
    }
    worker.current = w
    return () => {
      w.terminate()
      worker.current = null
    }
  }, [finish, runHere])

  const run = useCallback(
    (population: BuyerPopulation, options: PopulationOptions) => {
      const req: CompareRequest = { seq: ++seq.current, population, options }
      pending.current = req
      started.current = performance.now()
      setState((s) => ({ ...s, running: true, error: null }))
      if (worker.current) worker.current.postMessage(req)
      else runHere(req)
    },
    [runHere],
  )

  return { ...state, run }
}
