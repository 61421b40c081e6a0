// The Monte Carlo takes a few hundred milliseconds at 20,000 trials: off the UI thread, typing stays smooth.
import { errorOf, type WinProbRequest, type WinProbResponse } from './winprob-protocol'
import { runWinProb } from './winprob-run'

self.onmessage = (e: MessageEvent<WinProbRequest>) => {
  const { seq, matrix, trials, limits } = e.data
  let reply: WinProbResponse
  try {
    reply = { seq, result: runWinProb(matrix, trials, limits) }
  } catch (err) {
    reply = { seq, error: errorOf(err) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
