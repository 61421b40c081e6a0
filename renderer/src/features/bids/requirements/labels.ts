import { defineLabels } from '@renderer/app/label-pairs'

export const L = defineLabels({
  // RequirementsTab: toolbar, filters, list header
  filterStatus: ['响应状态', 'Response status'],
  filterKind: ['类型', 'Type'],
  statusCount: ['{s}（{n}）', '{s} ({n})'],
  starOnly: ['仅★条款', '★ clauses only'],
  starNone: ['非★条款', 'Non-★ clauses'],
  search: ['搜索要求 / 响应', 'Search requirements / responses'],
  clearFilter: ['清除筛选', 'Clear filters'],
  countAll: ['共 {n} 条', '{n} in total'],
  countShown: ['显示 {shown} / {total} 条', 'Showing {shown} / {total}'],
  add: ['添加', 'Add'],
  pasteLines: ['粘贴多行', 'Paste lines'],
  importExcel: ['从 Excel 导入', 'Import from Excel'],
  colNo: ['序号', 'No.'],
  colSource: ['来源', 'Source'],
  colKind: ['类型', 'Type'],
  colStarScored: ['★/评分', '★/Scored'],
  colRequirement: ['招标要求', 'Tender requirement'],
  colStatus: ['响应状态', 'Response status'],
  colDeviation: ['偏离 / 偏离表', 'Deviation / table'],
  colResponse: ['响应内容', 'Response'],
  colEvidence: ['证据', 'Evidence'],
  noMatch: ['没有符合筛选条件的要求', 'No requirements match the filters'],
  empty: [
    '暂无招标要求：可手工添加、粘贴多行或从 Excel 导入',
    'No tender requirements yet: add them by hand, paste lines or import from Excel',
  ],
  evidenceSections: ['投标文件章节', 'Bid sections'],
  evidenceLibrary: ['资料库', 'Library'],
  untitled: ['（未命名）', '(untitled)'],
  materialValidTo: ['{title}（至 {date}）', '{title} (valid to {date})'],

  // RequirementRow
  chapter: ['章节', 'Chapter'],
  page: ['页码', 'Page'],
  scoredItem: ['评分项', 'Scored item'],
  scoredShort: ['分', 'Pts'],
  deviationTableEmpty: ['偏离表未填', 'Not in deviation table'],
  deviationTableTitle: ['偏离表中所填', 'As entered in the deviation table'],
  responsePlaceholder: ['响应内容', 'Response'],
  evidence: ['证据', 'Evidence'],
  deleteRequirement: ['删除要求', 'Delete requirement'],

  // PasteDialog
  pasteTitle: ['粘贴多条招标要求', 'Paste tender requirements'],
  pasteOk: ['添加 {n} 条', 'Add {n}'],
  cancel: ['取消', 'Cancel'],
  kind: ['类型', 'Type'],
  chapterExample: ['如 第三章', 'e.g. Chapter 3'],
  pastePlaceholder: [
    '每行一条，例如：\n1. 支持 DICOM 3.0\n★2. 质保期不少于 3 年',
    'One per line, for example:\n1. Supports DICOM 3.0\n★2. Warranty of at least 3 years',
  ],
  more: ['…另 {n} 条', '…{n} more'],

  // ImportDialog
  importTitle: ['从 Excel 导入招标要求', 'Import tender requirements from Excel'],
  importOkN: ['追加 {n} 条', 'Append {n}'],
  importOk: ['追加', 'Append'],
  chooseFile: ['选择 .xlsx 文件', 'Choose .xlsx file'],
  sheetPlaceholder: ['工作表名（默认自动识别）', 'Sheet name (auto-detected by default)'],
  reread: ['重新读取', 'Read again'],
  sheet: ['工作表', 'Sheet'],
  headerRow: ['表头行', 'Header row'],
  rowN: ['第 {n} 行', 'Row {n}'],
  detectedColumns: ['识别的列', 'Detected columns'],
  columnIs: ['{field}={col}列', '{field}=column {col}'],
  listSep: ['，', ', '],
  problems: ['{n} 行未导入或有无法识别的值', '{n} rows not imported or with unrecognised values'],
  rowProblem: ['第 {row} 行：{msg}', 'Row {row}: {msg}'],
})

/** Requirement fields as the import preview names the columns it detected (display only). */
export const FIELD = defineLabels({
  no: ['序号', 'No.'],
  chapter: ['章节', 'Chapter'],
  page: ['页码', 'Page'],
  kind: ['类型', 'Type'],
  star: ['★', '★'],
  text: ['招标要求', 'Tender requirement'],
  responseText: ['响应', 'Response'],
  deviation: ['偏离', 'Deviation'],
})

/** Display of the stored response status (ResponseStatusSchema). */
export const STATUS = defineLabels({
  未处理: ['未处理', 'Pending'],
  响应: ['响应', 'Compliant'],
  部分响应: ['部分响应', 'Partly compliant'],
  不响应: ['不响应', 'Non-compliant'],
})

/** Display of the stored deviation (DeviationSchema). */
export const DEVIATION = defineLabels({
  正偏离: ['正偏离', 'Positive deviation'],
  无偏离: ['无偏离', 'No deviation'],
  负偏离: ['负偏离', 'Negative deviation'],
})
