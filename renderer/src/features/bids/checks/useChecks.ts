import { useEffect, useRef, useState } from 'react'
import type { PanelCheckInput } from '@shared/contract/checks'
import { runChecks, type CheckResult } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import { checkInputOf, type CheckRequest, type CheckResponse } from './protocol'
import { errorMessage } from '@renderer/api/error-text'

const DEBOUNCE_MS = 150

export interface CheckState {
  result: CheckResult | null
  error: { zh: string; en: string } | null
  /** True from an edit until the results for it arrive. */
  pending: boolean
}

/** What the checks read besides the bid, and what printing it reads (the server's checks.input). */
export type CheckContext = PanelCheckInput

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/**
 * Re-runs the checks on every edit, debounced, in a worker so typing never waits for them. Replies to
 * an older edit are dropped. Without worker support it runs on the UI thread instead.
 */
export function useChecks(bid: Bid | null, ctx: CheckContext | null): CheckState {
  const [state, setState] = useState<CheckState>({ result: null, error: null, pending: true })
  const worker = useRef<Worker | null | undefined>(undefined)
  const seq = useRef(0)
  const [fallback, setFallback] = useState(0)

  useEffect(() => {
    const w = startWorker()
    worker.current = w
    if (!w) return
    w.onmessage = (e: MessageEvent<CheckResponse>) => {
      if (e.data.seq !== seq.current) return
      setState(
        'result' in e.data
          ? { result: e.data.result, error: null, pending: false }
          : { result: null, error: e.data.error, pending: false },
      )
    }
    // A worker that cannot load (e.g. a file:// restriction) falls back to the UI thread for good.
    w.onerror = () => {
      w.terminate()
      worker.current = null
      seq.current++
      setFallback((k) => k + 1)
    }
    return () => w.terminate()
  }, [])

  useEffect(() => {
    if (!bid || !ctx) return
    setState((s) => (s.pending ? s : { ...s, pending: true }))
    const tm = setTimeout(() => {
      const n = ++seq.current
      const input: CheckRequest['input'] = {
        bid,
        materials: ctx.materials,
        otherBids: ctx.otherBids,
        company: ctx.company,
        matrix: ctx.matrix,
        workspaceChecks: ctx.workspaceChecks,
        printSources: ctx.print,
        now: Date.now(),
      }
      const w = worker.current
      if (w) {
        w.postMessage({ seq: n, input } satisfies CheckRequest)
        return
      }
      try {
        setState({ result: runChecks(checkInputOf(input)), error: null, pending: false })
      } catch (err) {
        setState({ result: null, error: errorMessage(err), pending: false })
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(tm)
  }, [bid, ctx, fallback])

  return state
}
