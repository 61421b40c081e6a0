// Runs the check engine off the UI thread: a 5,000-requirement bid takes long enough to stall typing.
import { runChecks } from '@shared/domain/checks'
import { checkInputOf, type CheckRequest, type CheckResponse } from './protocol'

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { seq, input } = e.data
  let reply: CheckResponse
  try {
    reply = { seq, result: runChecks(checkInputOf(input)) }
  } catch (err) {
    const m = err as { zh?: string; en?: string; message?: string }
    reply = { seq, error: { zh: m.zh ?? String(m.message ?? err), en: m.en ?? String(m.message ?? err) } }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
