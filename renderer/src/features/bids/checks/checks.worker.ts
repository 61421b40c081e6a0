// Runs the check engine off the UI thread: a 5,000-requirement bid takes long enough to stall typing.
import { runChecks } from '@shared/domain/checks'
import { checkInputOf, type CheckRequest, type CheckResponse } from './protocol'
import { errorMessage } from '@renderer/api/error-text'

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { seq, input } = e.data
  let reply: CheckResponse
  try {
    reply = { seq, result: runChecks(checkInputOf(input)) }
  } catch (err) {
    reply = { seq, error: errorMessage(err) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
