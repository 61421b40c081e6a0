import { defineLabels } from '@renderer/app/label-pairs'

export const L = defineLabels({
  save: ['存为文本块', 'Save as text block'],
  saveTitle: ['存入资料库（可复用文本块）', 'Save to the library (reusable text block)'],
  scopeSelection: ['所选内容', 'The selected text'],
  scopeSection: ['整节内容', 'The whole section'],
  scope: ['保存范围', 'What is saved'],
  title: ['标题', 'Title'],
  tags: ['标签', 'Tags'],
  tagsPlaceholder: [
    '输入标签后回车，如：售后、医疗、运维',
    'Type a tag and press Enter, e.g. after-sales, hospital',
  ],
  titleRequired: ['请填写标题', 'Enter a title'],
  nothingToSave: ['没有可保存的文字：请先选中或写入内容', 'Nothing to save: select or write some text first'],
  saved: ['已存入资料库：{title}', 'Saved to the library: {title}'],
  pull: ['插入文本块', 'Insert text block'],
  pullTitle: ['从资料库插入文本块', 'Insert a text block from the library'],
  search: ['搜索标题、标签或正文', 'Search titles, tags or text'],
  noBlocks: [
    '资料库中还没有文本块：在章节编辑器中选中内容后点“存为文本块”',
    'No text blocks yet: select text in a section and click Save as text block',
  ],
  from: ['来源：{bid} · {section}', 'From: {bid} · {section}'],
  choose: ['选用', 'Choose'],
  checking: ['正在检查遗留信息…', 'Checking for leftovers…'],
  findings: [
    '发现 {n} 处可能来自原项目的信息，插入后请修改',
    '{n} details may come from the source bid: edit them after inserting',
  ],
  clean: [
    '未发现其他项目的采购人、编号、项目名称或日期',
    "No other bid's buyer, number, project name or date found",
  ],
  unlinked: [
    '{n} 处“响应招标要求”关联的是原项目的要求，插入后保留文字、取消关联',
    '{n} requirement responses point to the source bid: the words are kept, the links dropped',
  ],
  insert: ['插入到光标处', 'Insert at the cursor'],
  back: ['返回列表', 'Back to the list'],
  loadFailed: ['读取资料库的文本块失败：{error}', 'Could not read the text blocks of the library: {error}'],
  retry: ['重试', 'Retry'],
  inserted: ['已插入文本块“{title}”', 'Inserted the text block "{title}"'],
  insertedFindings: [
    '已插入文本块“{title}”：有 {n} 处遗留信息需要修改',
    'Inserted the text block "{title}": {n} leftovers to edit',
  ],
})
