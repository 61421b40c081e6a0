export { exportBidDocx, type ExportBidDocxOptions, type ExportDocxResult } from './docx/assemble'
export {
  fillBuyerForm,
  fillBuyerFormFile,
  scanBuyerForm,
  type FillBuyerFormOptions,
  type FillBuyerFormResult,
} from './docx/buyer-form'
export type { SkippedAttachment } from './docx/render'
export { exportBidXlsx, type ExportBidXlsxOptions, type ExportXlsxResult } from './xlsx/workbook'
export { loadFormLibrary, type FormLibrary } from './templates'
