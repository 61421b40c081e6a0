export { ExportButton } from './ExportButton'
export { ExportDialog, type ExportDialogProps } from './ExportDialog'
