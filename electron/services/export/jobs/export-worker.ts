import { parentPort, workerData } from 'node:worker_threads'
import type { PrintModel } from '@shared/domain/export'
import { toApiError } from '@shared/errors'
import { gateCheck } from '../gate'
import { modelSummary, runExportTask } from './export-task'
import type { ControlMessage, WorkerData, WorkerMessage } from './worker-protocol'

/**
 * The export worker thread: runs the export gate (print model + checks) and then one export, so that seconds of
 * synchronous work on a big bid (the checks, docx's Packer) block this thread, not the main process that serves
 * the UI. It exports only after the main thread says 'go' (the user may first have to decide about 否决风险
 * findings), from the very print model the gate checked. Cancel arrives as a message while the exporter yields;
 * when it is stuck in synchronous work, the main thread terminates it.
 */
const port = parentPort
if (!port) throw new Error('export-worker must run as a worker thread')
const post = (m: WorkerMessage) => port.postMessage(m)
const { task, checks } = workerData as WorkerData
const ac = new AbortController()
let checked: PrintModel | undefined

function exportNow() {
  runExportTask(
    task,
    (done, total, label) => post({ type: 'progress', done, total, label }),
    ac.signal,
    checked,
  ).then(
    (outcome) => post({ type: 'done', outcome: { ...outcome, ...(checked ? modelSummary(checked) : {}) } }),
    (e: unknown) => post({ type: 'error', error: toApiError(e) }),
  )
}

port.on('message', (m: ControlMessage) => {
  if (m?.type === 'cancel') ac.abort()
  else if (m?.type === 'go') exportNow()
})

if (checks) {
  gateCheck(task, checks).then(
    (r) => {
      checked = r.model
      post({ type: 'checked', veto: r.blocking })
    },
    (e: unknown) => post({ type: 'error', error: toApiError(e) }),
  )
}
