import { defineLabels } from '@renderer/app/label-pairs'

export const L = defineLabels({
  // SectionsTab
  dragToReorder: ['拖动排序', 'Drag to reorder'],
  untitledSection: ['（未命名章节）', '(untitled section)'],
  done: ['已完成', 'Done'],
  moveUp: ['上移', 'Move up'],
  moveDown: ['下移', 'Move down'],
  remove: ['移除', 'Remove'],
  sectionTitle: ['章节标题', 'Section title'],
  kind: ['类型', 'Type'],
  formKey: ['标准格式', 'Standard form'],
  noForm: ['（无：按正文撰写）', '(none: written text)'],
  chooseForm: ['选择/预览…', 'Choose / preview…'],
  clearForm: ['清除', 'Clear'],
  source: ['来源', 'Source'],
  addForm: ['添加标准格式', 'Add a standard form'],
  pickFormFor: ['选择本章节的标准格式', "Choose this section's standard form"],
  useForm: ['使用此格式', 'Use this form'],
  insertForm: ['按招标文件顺序插入', "Insert in the tender's order"],
  cancel: ['取消', 'Cancel'],
  tenderPosition: ['招标文件第 {n} 项', 'Tender item {n}'],
  templateIs: ['模板：{title}', 'Template: {title}'],
  alreadySection: ['已在第 {n} 节', 'Already section {n}'],
  buyerFormOnly: ['无标准模板', 'No template'],
  buyerFormHint: [
    '没有对应的标准模板：插入后按正文撰写；若是招标人给定的表格，导出时上传其 .docx 表单填写。',
    'No standard template stands for it: after inserting, write it as text; if the buyer gave a form, upload its .docx at export.',
  ],
  scoringItems: ['对应评分项', 'Scoring items answered'],
  scoringItemsPlaceholder: ['选择本章节响应的评分项', 'Choose the scoring items this section answers'],
  scoringTitle: ['评分项与章节', 'Scoring items and sections'],
  noMatrix: [
    '本项目未关联评分矩阵（在“基本信息”或评分矩阵页关联后显示）',
    'No scoring matrix linked to this bid yet',
  ],
  scoringSummary: [
    '{answered}/{total} 个评分项已有章节响应',
    '{answered}/{total} scoring items answered by a section',
  ],
  unansweredTitle: ['尚无章节响应的评分项：', 'Scoring items no section answers yet:'],
  linkToSection: ['指定响应章节…', 'Answer it in section…'],
  perSectionTitle: ['各章节响应的要求与评分项', 'What each section answers'],
  moreRows: ['……另有 {n} 行', '… {n} more rows'],
  content: ['正文', 'Text'],
  status: ['状态', 'Status'],
  owner: ['负责人', 'Owner'],
  words: ['{n} 字', '{n} words'],
  edit: ['编辑正文', 'Edit text'],
  empty: ['（尚未撰写）', '(nothing written yet)'],
  materials: ['附带资料', 'Attached materials'],
  materialsPlaceholder: ['从资料库选择', 'Choose from the library'],
  materialValidTo: ['{title}（至 {date}）', '{title} (valid to {date})'],
  signDate: ['落款日期', 'Signing date'],
  needsSeal: ['需盖章', 'Seal needed'],
  sealDone: ['已盖章', 'Sealed'],
  needsSignature: ['需签字', 'Signature needed'],
  signatureDone: ['已签字', 'Signed'],
  complete: ['完成', 'Done'],
  newSection: ['新章节', 'New section'],
  addSection: ['添加章节', 'Add section'],

  // MandatedOrderCard
  mandatedTitle: ['招标文件规定的顺序', 'Order required by the tender'],
  takeSections: ['取现有章节', 'Copy current sections'],
  sortToMandated: ['按规定排序', 'Sort to required order'],
  mandatedEmpty: [
    '未填写：把招标文件“投标文件格式”目录逐项填入，便于核对顺序。',
    'Not filled in: enter the table of contents from the tender\'s "bid document format" item by item to check the order.',
  ],
  actualAtTitle: ['实际第 {n} 章：{title}', 'Actually section {n}: {title}'],
  actualAt: ['实际第 {n}', 'actually #{n}'],
  delete: ['删除', 'Delete'],
  addItem: ['添加一项', 'Add item'],
  notInOrder: ['目录中没有的章节：', 'Sections not in the required order:'],
  untitled: ['（未命名）', '(untitled)'],
})

/** Where a mandated item stands against the actual sections (OrderStatus). */
export const ORDER_STATUS = defineLabels({
  ok: ['顺序正确', 'In order'],
  misplaced: ['位置不符', 'Out of place'],
  missing: ['缺少', 'Missing'],
})

/** What a section is (SectionSource). */
export const SECTION_SOURCE = defineLabels({
  written: ['自行撰写', 'Written'],
  template: ['标准格式', 'Standard form'],
  buyerForm: ['招标人格式', "Buyer's form"],
  appendix: ['资料附件', 'Materials appendix'],
})

/** 状态 of a section (SECTION_STATUSES). */
export const SECTION_STATUS = defineLabels({
  待写: ['待写', 'To write'],
  初稿: ['初稿', 'Draft'],
  审核: ['审核', 'In review'],
  定稿: ['定稿', 'Final'],
})

/** 招标方表单: the buyer's own forms printed in place of the standard ones (BuyerFormsCard). */
export const BUYER_FORMS = defineLabels({
  title: ['招标方表单（代替标准格式）', "Buyer's forms (instead of the standard forms)"],
  help: [
    '上传招标文件“投标文件格式”章节的 .docx：按标题对应到章节，导出完整投标文件时填写后代替该章节的标准格式（同一目录、连续页码）。',
    "Upload the .docx of the tender's response-form chapter: each form is matched to a section by its title and, filled, printed instead of that section's standard form in the full export (one contents, one page numbering).",
  ],
  upload: ['上传招标方表单（.docx）', "Upload buyer's forms (.docx)"],
  uploading: ['正在检查并保存…', 'Checking and saving…'],
  none: ['尚未上传招标方表单', "No buyer's forms attached"],
  remove: ['移除', 'Remove'],
  notPrinted: ['不打印', 'Not printed'],
  replaces: ['代替章节', 'Replaces section'],
  attached: [
    '已保存“{name}”：{n} 个表单，{m} 个对应到章节；未填空白 {u} 处',
    'Saved "{name}": {n} forms, {m} matched to sections; {u} blanks unfilled',
  ],
  unfilled: [
    '未填的空白（导出后手填，或在“空白与字段”中指定字段）：',
    'Blanks left unfilled (fill by hand, or choose a field under "Blanks and fields"):',
  ],
  pictures: [
    '表单中的 {n} 个图表/文本框/嵌入对象不随投标文件输出（图片照常输出）',
    '{n} chart(s), text box(es) or embedded object(s) of the form are not printed (pictures are)',
  ],
  showBlanks: ['空白与字段', 'Blanks and fields'],
})
