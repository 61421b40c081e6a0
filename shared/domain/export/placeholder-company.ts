import { def, type PlaceholderDef } from './placeholder-context'
import { formatDateZh } from './format'

/** What a 投标人基本情况表 asks about us beyond name, code, address and phone: fax, postcode, e-mail, 单位性质, 成立时间, 注册资本. */
export const COMPANY_DETAIL_PLACEHOLDERS: readonly PlaceholderDef[] = [
  def('投标人传真', 'bidderFax', '我方传真', 'our fax', (c) => c.company.fax, 'company.fax'),
  def('邮政编码', 'postcode', '我方邮编', 'our postcode', (c) => c.company.postcode, 'company.postcode'),
  def('电子邮箱', 'email', '我方电子邮箱', 'our e-mail', (c) => c.company.email, 'company.email'),
  def('单位性质', 'companyNature', '单位性质', 'company type', (c) => c.company.nature, 'company.nature'),
  def(
    '成立时间',
    'foundedDate',
    '成立日期',
    'date founded',
    (c) => formatDateZh(c.company.foundedDate),
    'company.foundedDate',
  ),
  def(
    '注册资本',
    'registeredCapital',
    '注册资本（如 5000万元）',
    'registered capital',
    (c) => c.company.registeredCapital,
    'company.registeredCapital',
  ),
]
