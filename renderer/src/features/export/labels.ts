import { defineLabels } from '@renderer/app/label-pairs'

/** The export dialog: choose, 否决风险 findings, progress and download. */
export const L = defineLabels({
  export: ['导出', 'Export'],
  title: ['导出投标文件', 'Export the bid'],
  cancel: ['取消', 'Cancel'],
  checkAndExport: ['检查并导出', 'Check and export'],
  goBack: ['返回修改', 'Go back and fix'],
  exportAnyway: ['仍然导出', 'Export anyway'],
  exportAgain: ['再导出一份', 'Export another'],
  close: ['关闭', 'Close'],
  sealChecklist: ['打印封装检查清单', 'Print the sealing checklist'],
  sealChecklistHint: [
    '按正本、副本逐份列出需盖章、签字的表单及其所在页码（由 LibreOffice 排版 PDF 得出），逐页小签/骑缝章、密封与封套标注要求，以及检查发现的封装事项（Word）',
    'Per original and copy: every form to seal and sign with its pages (laid out as PDF by LibreOffice), per-page marks, sealing and envelope labels, and the open sealing findings (Word)',
  ],
  checklistPages: [
    '封装检查清单已下载：各表单的页码按本投标文件 PDF（正本，共 {n} 页）排版得出；打印件页数不同时请重新导出 PDF。',
    'Sealing checklist downloaded: each form’s pages are those of this bid’s PDF (original, {n} pages); if your print has a different page count, export the PDF again.',
  ],
  checklistNoPages: [
    '封装检查清单已下载：本机未安装 LibreOffice，清单未列页码（以导出 PDF 的目录为准）。',
    'Sealing checklist downloaded: LibreOffice is not installed, so the list gives no page numbers (use the exported PDF’s contents).',
  ],
  formatWord: ['Word 投标文件', 'Word tender response'],
  formatExcel: ['Excel 报价及偏离表', 'Excel quote & deviation tables'],
  formatPdf: ['PDF 投标文件', 'PDF tender response'],
  pdfHint: [
    '由 LibreOffice 排版生成 PDF：目录和评分索引表显示各章节实际所在页码（页数多时需要几分钟）。',
    'Laid out by LibreOffice: the contents and the scoring index show the page each section is printed on (a long bid takes a few minutes).',
  ],
  pages: [
    '写入目录和评分索引表的页码（由 LibreOffice 排版，较慢）',
    'Write the page numbers of the contents and the scoring index (laid out by LibreOffice; slower)',
  ],
  noLibreOffice: [
    '本机未安装 LibreOffice：不能导出 PDF；Word 投标文件的目录和评分索引表页码将留给 Word 打开时更新（WPS 不会自动更新）。安装 LibreOffice 后重新打开本对话框即可。',
    'LibreOffice is not installed on this machine: no PDF export, and the page numbers of the Word contents and scoring index are left for Word to update on opening (WPS does not). Install LibreOffice and reopen this dialog.',
  ],
  pagesWritten: [
    '目录和评分索引表页码已按实际排版写入（共 {n} 页）',
    'Contents and scoring index carry the printed page numbers ({n} pages)',
  ],
  copyLabel: ['份别：', 'Original or copy: '],
  formHint: [
    '可选：上传招标文件中的 Word 表单（含 {{项目名称}} 等占位符），按原格式填写；不上传则按标准表单生成完整投标文件。',
    'Optional: upload the Word form from the tender documents (with {{...}} placeholders) to fill it in its own layout; without one, the full bid is generated from the standard forms.',
  ],
  uploadForm: ['上传招标方表单（.docx）', 'Upload the buyer’s form (.docx)'],
  knownCount: ['识别到 {n} 个可填写的占位符', '{n} placeholders will be filled'],
  noValue: ['无值：印为空线', 'no value: blank line'],
  blank: ['（空）', ' (blank)'],
  unknown: ['无法识别的占位符：{list}', 'Unknown placeholders: {list}'],
  listSep: ['、', ', '],
  keepUnknown: ['保留未识别的占位符原样，继续填写其余部分', 'Keep them as they are and fill the rest'],
  needKeepUnknown: [
    '请勾选保留未识别的占位符，或移除这份表单',
    'Tick to keep the unknown placeholders, or remove this form',
  ],
  vetoTitle: [
    '检查发现 {n} 项否决风险：按此导出，投标可能被否决。',
    'The checks found {n} risk(s) that could get the bid rejected.',
  ],
  vetoHint: [
    '建议返回修改；如已核实无误，可选择“仍然导出”。两种选择都会记录在投标中。',
    'Go back and fix them, or, if you have verified them, export anyway. Either choice is recorded in the bid.',
  ],
  basis: ['（{basis}）', '({basis})'],
  printedIn: ['印于：{forms}', 'Printed in: {forms}'],
  progress: ['已完成：{label}（{done}/{total}）', 'Done: {label} ({done}/{total})'],
  preparing: ['正在检查并准备…', 'Checking and preparing…'],
  cancelExport: ['取消导出', 'Cancel export'],
  cancelled: ['已取消导出，未生成文件。', 'Export cancelled; no file was written.'],
  failed: ['导出失败', 'Export failed'],
  done: ['导出完成：', 'Exported: '],
  savedTo: ['已保存到：', 'Saved to: '],
  download: ['下载', 'Download'],
  warnings: ['{n} 条提示', '{n} warning(s)'],
})

/** 正本 / 副本: sent to the API as the Chinese value; only the display switches. */
export const COPY = defineLabels({
  正本: ['正本', 'Original'],
  副本: ['副本', 'Copy'],
})
