import type { Finding } from '@shared/domain/checks'
import type { ApiErrorShape } from '@shared/errors'
import type { CheckInputData } from '@services/checks/input'
import type { ExportTask, TaskOutcome } from './export-task'

/** What the export worker starts with (structured-cloned): the export, and the check inputs when it checks first. */
export interface WorkerData {
  task: ExportTask
  checks?: CheckInputData
}

/** Messages the main thread sends: 'go' starts the export (after the checks), 'cancel' aborts it. */
export type ControlMessage = { type: 'go' } | { type: 'cancel' }

/** Messages the export worker posts to the main thread. */
export type WorkerMessage =
  | { type: 'checked'; veto: Finding[] }
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'done'; outcome: TaskOutcome }
  | { type: 'error'; error: ApiErrorShape }
