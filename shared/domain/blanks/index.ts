export * from './model'
export { detectBlanks, detectItems, formTitles, isTitleLine } from './detect'
export { itemTotals } from './item-totals'
export { matchLabel, normalizeLabel, type LabelMatch } from './labels'
export { planBlanks, planForm, summarizeFills, type BlankFill, type FormPlan, type PlanOptions } from './plan'
export {
  formDataOf,
  type FormData,
  type ItemLine,
  type ItemSource,
  type ChoiceFacts,
  type LotRef,
} from './form-data'
export { ITEM_FIELDS, ITEM_KEYS, classifyHeader } from './item-columns'
export type { ItemTable } from './items'
export type { ItemWrite } from './items-plan'
export { shapeValue, formUnit } from './values'
export { bareFormTitle, isFormTitleOf, matchFormsToSections, type SectionMatch } from './attach'
export { lotKey, lotsNamed, lotScope } from './lots'
export {
  QTY_BUYER,
  QTY_CHOICES,
  QTY_FORM,
  QTY_KEYS,
  QTY_OURS,
  badQtyChoices,
  isQtyBlank,
  printedQty,
} from './qty-check'
