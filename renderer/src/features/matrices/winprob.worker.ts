// The Monte Carlo takes a few hundred milliseconds at 20,000 trials: off the UI thread, typing stays smooth.
import { type WinProbRequest, type WinProbResponse } from './winprob-protocol'
import { runWinProb } from './winprob-run'
import { errorMessage } from '@renderer/api/error-text'

self.onmessage = (e: MessageEvent<WinProbRequest>) => {
  const { seq, matrix, trials, limits } = e.data
  let reply: WinProbResponse
  try {
    reply = { seq, result: runWinProb(matrix, trials, limits) }
  } catch (err) {
    reply = { seq, error: errorMessage(err) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
