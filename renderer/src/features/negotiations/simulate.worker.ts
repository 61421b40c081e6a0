// The Monte Carlo of nine patterns × 10,000 buyers takes a few hundred milliseconds: off the UI thread.
import { simulatePopulation } from '@shared/domain/negotiations'
import type { CompareRequest, CompareResponse } from './compare-protocol'
import { errorMessage } from '@renderer/api/error-text'

self.onmessage = (e: MessageEvent<CompareRequest>) => {
  const { seq, population, options } = e.data
  let reply: CompareResponse
  try {
    reply = { seq, result: simulatePopulation('all', population, options) }
  } catch (err) {
    reply = { seq, error: errorMessage(err) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
