import type { RuleInfo } from '../rules'

/**
 * The print-model rules: they read the 投标文件 as it will be printed (shared/domain/export, buildPrintModel), so a
 * finding names the form where the wrong value is on paper. Legal bases and severities: docs/DOMAIN.md, rule
 * catalogue, "Print-model rules".
 */
export const PRINT_RULES: readonly RuleInfo[] = [
  {
    id: 'P01',
    family: '不错',
    extends: 'E11',
    phase: '编制',
    title: {
      zh: '打印件各处报价唯一（按87号令第59条修正顺序）',
      en: 'One price everywhere in the print (87号令 art. 59 order)',
    },
  },
  {
    id: 'P02',
    family: '不错',
    extends: 'E08',
    phase: '编制',
    title: {
      zh: '各表签署日期唯一且不晚于投标截止日',
      en: 'One signing date on every form, not after the deadline',
    },
  },
  {
    id: 'P03',
    family: '不粗',
    extends: 'C01',
    phase: '编制',
    title: {
      zh: '打印件无占位符、待填标记和内部状态',
      en: 'No placeholder, marker or working status printed',
    },
  },
  {
    id: 'P04',
    family: '不漏',
    extends: 'L04',
    phase: '编制',
    title: { zh: '所列材料均附扫描件', en: 'Every listed material printed with its scan' },
  },
  {
    id: 'P05',
    family: '不错',
    extends: 'E13',
    phase: '编制',
    title: {
      zh: '打印的承诺来自投标条款且与偏离表一致',
      en: 'Printed commitments come from the bid terms and agree with the deviation table',
    },
  },
  {
    id: 'P06',
    family: '不粗',
    phase: '编制',
    title: { zh: '服务类投标不出现货物用语', en: 'No goods wording in a service bid' },
  },
  {
    id: 'P07',
    family: '不漏',
    extends: 'L02',
    phase: '编制',
    title: { zh: '★/▲条款只标一次并注明条款号', en: '★/▲ printed once, with the tender clause number' },
  },
]
