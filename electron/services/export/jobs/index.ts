export { JobManager, RemoteError, toJobError, type JobControl } from './manager'
export { runExportTask, type ExportTask, type ExportKind, type TaskOutcome } from './export-task'
export { ExportWorker, exportWorkerEntry, removePartialOutput, runExportInWorker } from './run-in-worker'
export { loadCheckInput, type CheckInputData } from '@services/checks/input'
export { startExport, vetoFindings, type StartExportInput, type StartExportOptions } from './start-export'
export { beginExport, exportPath, scanFormForBid, type ExportRequest } from '../use-case'
export { gateCheck, vetoError, type GateResult } from '../gate'
export {
  exportCapabilities,
  exportFormat,
  exportFormats,
  registerExportFormat,
  type ExportFormatDef,
} from '../formats'
export { recordExportDecision, type ExportDecision } from './decisions'
