import { defineLabels } from '../app/label-pairs'

/** Shared list and form components. */
export const L = defineLabels({
  nameRequired: ['请输入名称', 'A name is required'],
  yuan: ['元', 'yuan'],
  inWords: ['大写：', 'In words: '],
  noData: ['暂无数据', 'No data'],
})
