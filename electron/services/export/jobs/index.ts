export { JobManager, RemoteError, toJobError, type JobControl } from './manager'
export { runExportTask, type ExportTask, type ExportKind, type TaskOutcome } from './export-task'
export { ExportWorker, exportWorkerEntry, removePartialOutput, runExportInWorker } from './run-in-worker'
export { openVetoes } from './check-input'
export { loadCheckInput, type CheckInputData } from '@services/checks/input'
export {
  exportPath,
  safeName,
  scanFormForBid,
  startExport,
  vetoError,
  vetoFindings,
  type StartExportInput,
  type StartExportOptions,
} from './start-export'
export { recordExportDecision, type ExportDecision } from './decisions'
