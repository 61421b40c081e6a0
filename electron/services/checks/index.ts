export {
  buildFindingsWorkbook,
  exportFindingsXlsx,
  findingsXlsxBytes,
  FINDING_COLUMNS,
  FINDINGS_SHEET,
} from './export-xlsx'
export { checkReportHtml } from './report-html'
export { locationText } from './location'
export { checkWorkspace, runWorkspaceChecks, type BidCheck, type WorkspaceCheck } from './run'
export {
  checkSourcesFor,
  checkSourcesOf,
  loadCheckInput,
  loadCheckLibrary,
  type CheckInputData,
} from './input'
export { findingsReportHtml, findingsXlsx } from './reports'
