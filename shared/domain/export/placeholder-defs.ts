import {
  PlaceholderDef,
  CURRENCY_SIGN,
  CURRENCY_NAME,
  money,
  words,
  days,
  formatHours,
  agent,
  birthDate,
  ageAt,
  gender,
  periodLabel,
  PRICE_SOURCE,
  def,
  letterPrice,
  openingPrice,
  quoteTotal,
} from './placeholder-context'
import { formatDateTimeZh, formatDateZh, formatMoney, zhDatesInText } from './format'
import { bidPriceOf, computeQuote } from './quote-math'
import { COMPANY_DETAIL_PLACEHOLDERS } from './placeholder-company'
import { PART_PLACEHOLDERS } from './placeholder-parts'

export type { PlaceholderContext, PlaceholderDef } from './placeholder-context'
export { formatHours, periodLabel } from './placeholder-context'

/**
 * The placeholder dictionary: every `{{key}}` a standard form (templates/forms) or a buyer's own .docx form may use.
 * Each entry has a Chinese and an English key; both resolve to the same value, and each names the bid field it
 * is printed from (`source`), so a check can say which field to fix for a printed value.
 *
 * Each form prints the bid's own figure FOR THAT FORM: the 投标函 its letter price, the 开标一览表 its stated price,
 * the 报价明细表 its stated total (else Σ qty × unit price). Typed amounts in words are printed as typed; when none
 * is typed the words are generated from the figures. What disagrees is then on paper and found by the print rules
 * (P01, the 87号令第59条 correction order), instead of being hidden by a value the document never shows.
 */
export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  def(
    '项目名称',
    'projectName',
    '项目名称（投标项目标题）',
    'project name (bid title)',
    (c) => c.bid.title,
    'title',
  ),
  def('招标编号', 'tenderNo', '招标编号 / 项目编号', 'tender number', (c) => c.bid.tenderNo, 'tenderNo'),
  def(
    '包号',
    'lot',
    '包号 / 标段（开标一览表所填，或第一个包；不分包时为“不分包”）',
    'lot (opening summary, else the first lot; 不分包 when the tender has no lots)',
    (c) => c.bid.quote.openingSummary.lot || (c.bid.lots[0]?.no ?? '不分包'),
    (c) => (c.bid.quote.openingSummary.lot ? 'quote.openingSummary.lot' : 'lots'),
  ),
  def('采购人', 'buyer', '采购人 / 招标人名称', 'buyer name', (c) => c.bid.buyer.name, 'buyer.name'),
  def('代理机构', 'agency', '招标代理机构', 'procurement agency', (c) => c.bid.agency, 'agency'),
  def(
    '投标人名称',
    'bidderName',
    '投标人（我方公司）名称',
    'bidder name',
    (c) => c.company.name,
    'company.name',
  ),
  def(
    '统一社会信用代码',
    'creditCode',
    '我方统一社会信用代码',
    'our unified social credit code',
    (c) => c.company.creditCode,
    'company.creditCode',
  ),
  def(
    '法定代表人',
    'legalRep',
    '我方法定代表人姓名',
    'our legal representative',
    (c) => c.company.legalRep,
    'company.legalRep',
  ),
  def(
    '法定代表人性别',
    'legalRepGender',
    '法定代表人性别（未填时由身份证号推出）',
    'legal rep gender',
    (c) => gender(c.company),
    'company.legalRepGender',
  ),
  def(
    '法定代表人年龄',
    'legalRepAge',
    '法定代表人签署日的周岁年龄（由出生日期或身份证号推出）',
    'legal rep age at the signing date',
    (c) => ageAt(birthDate(c.company), c.date),
    'company.legalRepBirthDate',
  ),
  def(
    '法定代表人职务',
    'legalRepTitle',
    '法定代表人职务',
    'legal rep title',
    (c) => c.company.legalRepTitle,
    'company.legalRepTitle',
  ),
  def(
    '法定代表人身份证号',
    'legalRepIdNumber',
    '法定代表人身份证号码',
    'legal rep ID number',
    (c) => c.company.legalRepIdNumber,
    'company.legalRepIdNumber',
  ),
  def(
    '授权代表',
    'agentName',
    '授权代表（被授权人）姓名',
    'authorised agent name',
    (c) => agent(c)?.name ?? '',
    (c) => `company.agents.${c.agentIndex}.name`,
  ),
  def(
    '授权代表身份证号',
    'agentIdNumber',
    '授权代表身份证号码',
    'authorised agent ID number',
    (c) => agent(c)?.idNumber ?? '',
    (c) => `company.agents.${c.agentIndex}.idNumber`,
  ),
  def(
    '授权代表电话',
    'agentPhone',
    '授权代表联系电话',
    'authorised agent phone',
    (c) => agent(c)?.phone ?? '',
    (c) => `company.agents.${c.agentIndex}.phone`,
  ),
  def('投标人地址', 'bidderAddress', '我方地址', 'our address', (c) => c.company.address, 'company.address'),
  def('投标人电话', 'bidderPhone', '我方电话', 'our phone', (c) => c.company.phone, 'company.phone'),
  ...COMPANY_DETAIL_PLACEHOLDERS,
  def('开户银行', 'bank', '开户银行', 'bank', (c) => c.company.bank, 'company.bank'),
  def(
    '银行账号',
    'bankAccount',
    '银行账号',
    'bank account',
    (c) => c.company.bankAccount,
    'company.bankAccount',
  ),
  def(
    '币种',
    'currency',
    '报价币种',
    'currency',
    (c) => CURRENCY_NAME[c.bid.quote.currency],
    'quote.currency',
  ),
  def(
    '投标报价',
    'bidPrice',
    '投标报价（小写，元，如 ¥1,234,567.80）：开标一览表价格，无则投标函价格，无则报价合计',
    'bid price in figures (opening summary, else bid letter, else computed total)',
    (c) => money(c, bidPriceOf(c.bid.quote).value),
    (c) => PRICE_SOURCE[bidPriceOf(c.bid.quote).source],
  ),
  def(
    '投标报价大写',
    'bidPriceWords',
    '投标报价大写（由小写金额生成）',
    'bid price in words, generated',
    (c) => words(c, bidPriceOf(c.bid.quote).value),
    'generated',
  ),
  def(
    '投标函报价',
    'letterPrice',
    '投标函所填报价（小写）；未填时同投标报价',
    'price stated in the bid letter; the bid price when none',
    (c) => money(c, letterPrice(c)),
    (c) =>
      c.bid.quote.bidLetterPrice != null
        ? 'quote.bidLetterPrice'
        : PRICE_SOURCE[bidPriceOf(c.bid.quote).source],
  ),
  def(
    '投标函报价大写',
    'letterPriceWords',
    '投标函所填大写；未填时由小写生成',
    'words stated in the bid letter; generated when none',
    (c) => c.bid.quote.bidLetterPriceWords.trim() || words(c, letterPrice(c)),
    (c) => (c.bid.quote.bidLetterPriceWords.trim() ? 'quote.bidLetterPriceWords' : 'generated'),
  ),
  def(
    '开标报价',
    'openingPrice',
    '开标一览表所填报价（小写）；未填时同投标报价',
    'price stated in the opening summary; the bid price when none',
    (c) => money(c, openingPrice(c)),
    (c) =>
      c.bid.quote.openingSummary.price != null
        ? 'quote.openingSummary.price'
        : PRICE_SOURCE[bidPriceOf(c.bid.quote).source],
  ),
  def(
    '开标报价大写',
    'openingPriceWords',
    '开标一览表所填大写；未填时由小写生成',
    'words stated in the opening summary; generated when none',
    (c) => c.bid.quote.openingSummary.priceWords.trim() || words(c, openingPrice(c)),
    (c) => (c.bid.quote.openingSummary.priceWords.trim() ? 'quote.openingSummary.priceWords' : 'generated'),
  ),
  def(
    '报价合计',
    'quoteTotal',
    '报价明细表合计：所填合计，未填则为 Σ 数量 × 单价',
    'quote table total: the stated total, else Σ qty × unit price',
    (c) => money(c, quoteTotal(c)),
    (c) => (c.bid.quote.statedTotal != null ? 'quote.statedTotal' : 'quote.items'),
  ),
  def(
    '报价合计大写',
    'quoteTotalWords',
    '报价明细表合计大写（由合计生成）',
    'quote total in words, generated',
    (c) => words(c, quoteTotal(c)),
    'generated',
  ),
  def(
    '税额合计',
    'taxTotal',
    '税额合计',
    'tax total',
    (c) => money(c, computeQuote(c.bid.quote).taxTotal),
    'quote.items',
  ),
  def(
    '金额单位',
    'moneyUnit',
    '报价明细表的金额单位（元 / 万元）',
    'money unit',
    (c) => c.bid.quote.moneyUnit,
    'quote.moneyUnit',
  ),
  def(
    '开标备注',
    'openingNote',
    '开标一览表备注（未填为“无”）',
    'opening summary note',
    (c) => c.bid.quote.openingSummary.note || '无',
    'quote.openingSummary.note',
  ),
  def(
    '含税说明',
    'taxNote',
    '报价是否含税',
    'tax-inclusive or not',
    (c) => (c.bid.quote.taxIncluded ? '含税' : '不含税'),
    'quote.taxIncluded',
  ),
  def(
    '投标有效期',
    'validityPeriod',
    '投标有效期（如 90日历天）',
    'bid validity (e.g. 90 calendar days)',
    (c) => days(c.bid.quote.openingSummary.validityDays ?? c.bid.validityDays),
    (c) =>
      c.bid.quote.openingSummary.validityDays != null ? 'quote.openingSummary.validityDays' : 'validityDays',
  ),
  def(
    '期限名称',
    'periodLabel',
    '交货期 / 服务期 / 工期（按采购品目）',
    'delivery / service / works period label',
    (c) => periodLabel(c.bid),
    'category',
  ),
  def(
    '交货期',
    'deliveryPeriod',
    '交货期 / 服务期 / 工期',
    'delivery (service, works) period',
    (c) =>
      zhDatesInText(
        c.bid.quote.openingSummary.deliveryPeriod ||
          (c.bid.category === '服务' ? c.bid.termsOffered.servicePeriod : '') ||
          days(c.bid.termsOffered.deliveryDays),
      ),
    (c) =>
      c.bid.quote.openingSummary.deliveryPeriod
        ? 'quote.openingSummary.deliveryPeriod'
        : c.bid.category === '服务' && c.bid.termsOffered.servicePeriod
          ? 'termsOffered.servicePeriod'
          : 'termsOffered.deliveryDays',
  ),
  def(
    '质保期',
    'warranty',
    '质保期（服务类未填时为“/”）',
    'warranty',
    (c) =>
      c.bid.quote.openingSummary.warranty ||
      (c.bid.termsOffered.warrantyMonths != null ? `${c.bid.termsOffered.warrantyMonths}个月` : '') ||
      // A service has no warranty: the row of a form says "/" (不适用), not a blank to fill.
      (c.bid.category === '服务' ? '/' : ''),
    (c) =>
      c.bid.quote.openingSummary.warranty ? 'quote.openingSummary.warranty' : 'termsOffered.warrantyMonths',
  ),
  def(
    '付款方式',
    'paymentTerms',
    '付款方式',
    'payment terms',
    (c) => c.bid.termsOffered.paymentTerms,
    'termsOffered.paymentTerms',
  ),
  def(
    '响应时间',
    'responseTime',
    '承诺的响应时间（如 15分钟）',
    'committed response time',
    (c) => formatHours(c.bid.termsOffered.responseHours),
    'termsOffered.responseHours',
  ),
  def(
    '到场时间',
    'onsiteTime',
    '承诺的到场时间（如 2小时）',
    'committed on-site time',
    (c) => formatHours(c.bid.termsOffered.onsiteHours),
    'termsOffered.onsiteHours',
  ),
  def(
    '解决时间',
    'resolveTime',
    '承诺的故障解决时间（如 4小时）',
    'committed resolution time',
    (c) => formatHours(c.bid.termsOffered.resolveHours),
    'termsOffered.resolveHours',
  ),
  def(
    '投标保证金',
    'bondAmount',
    '投标保证金金额',
    'bid bond amount',
    (c) =>
      (c.bid.bond.paidAmount ?? c.bid.bond.required) == null
        ? ''
        : CURRENCY_SIGN.CNY + formatMoney((c.bid.bond.paidAmount ?? c.bid.bond.required) as number),
    (c) => (c.bid.bond.paidAmount != null ? 'bond.paidAmount' : 'bond.required'),
  ),
  def(
    '保证金形式',
    'bondForm',
    '投标保证金形式（转账 / 保函 / 保险）',
    'bond form',
    (c) => c.bid.bond.paidForm ?? '',
    'bond.paidForm',
  ),
  def(
    '递交截止时间',
    'submissionDeadline',
    '投标截止时间',
    'submission deadline',
    (c) => formatDateTimeZh(c.bid.dates.submissionDeadline),
    'dates.submissionDeadline',
  ),
  def(
    '开标时间',
    'openingTime',
    '开标时间',
    'opening time',
    (c) => formatDateTimeZh(c.bid.dates.opening),
    'dates.opening',
  ),
  def(
    '日期',
    'date',
    '签署日期（如 2026年3月5日）：投标的签署日期，未填为投标截止日',
    'signing date: the bid sign date, else the deadline day',
    (c) => formatDateZh(c.date),
    // Even when the deadline gives the day, the field to change is the bid's signing date.
    'signDate',
  ),
  def('正副本', 'copy', '正本 / 副本', 'original or copy', (c) => c.copy, 'generated'),
  ...PART_PLACEHOLDERS,
]
