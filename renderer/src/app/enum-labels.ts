import type { MaterialKind, PartKind, PIPELINE_STAGES } from '@shared/schemas'
import { defineLabels } from './label-pairs'

/**
 * How the stored enum values several features show are displayed. Typed against the schema, so a value added
 * there without a label here does not compile.
 */
type PairsOf<V extends string> = Record<V, readonly [zh: string, en: string]>

export const PART_KIND = defineLabels({
  资格: ['资格', 'Qualification'],
  商务: ['商务', 'Commercial'],
  技术: ['技术', 'Technical'],
  报价: ['报价', 'Price'],
  其他: ['其他', 'Other'],
}) satisfies PairsOf<PartKind>

export const MATERIAL_KIND = defineLabels({
  资质证书: ['资质证书', 'Qualification certificates'],
  人员证书: ['人员证书', 'Staff certificates'],
  营业执照: ['营业执照', 'Business licence'],
  财务报表: ['财务报表', 'Financial statements'],
  '纳税/社保证明': ['纳税/社保证明', 'Tax / social insurance records'],
  信用查询: ['信用查询', 'Credit checks'],
  '样板客户/类似业绩': ['样板客户/类似业绩', 'Reference customers / similar projects'],
  公司介绍: ['公司介绍', 'Company profile'],
  产品与技术资料: ['产品与技术资料', 'Product and technical documents'],
  服务标准与承诺: ['服务标准与承诺', 'Service standards and commitments'],
  商务资料: ['商务资料', 'Commercial documents'],
  文本块: ['文本块', 'Reusable text blocks'],
}) satisfies PairsOf<MaterialKind>

/** The seven funnel stages (DOMAIN.md §3). */
export const STAGE = defineLabels({
  定位目标客户群: ['定位目标客户群', 'Target customer segments'],
  挖掘销售线索: ['挖掘销售线索', 'Find sales leads'],
  线索转化为有效商机: ['线索转化为有效商机', 'Turn leads into opportunities'],
  取得客户初步认可: ['取得客户初步认可', 'Win initial buy-in'],
  取得认可并引导招标: ['取得认可并引导招标', 'Gain approval, shape the tender'],
  完成商务谈判: ['完成商务谈判', 'Close commercial negotiation'],
  回款成交: ['回款成交', 'Deal closed, payment received'],
}) satisfies PairsOf<(typeof PIPELINE_STAGES)[number]>
