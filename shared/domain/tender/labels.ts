import { halfWidth } from './document'

/**
 * The project facts a 招标文件 states, and the labels buyers give them. A label may state two facts
 * ("投标截止时间及开标时间", "开标时间和地点"); the value parser then takes each from the same text.
 */
export const FACT_KEYS = [
  'name',
  'number',
  'buyer',
  'agency',
  'budget',
  'ceiling',
  'deadline',
  'opening',
  'openingPlace',
  'submitPlace',
  'bond.amount',
  'bond.form',
  'bond.deadline',
  'validityDays',
  'copies',
  'method',
  'evaluation',
] as const
export type FactKey = (typeof FACT_KEYS)[number]

const SUBMIT =
  '(?:递交|提交)?(?:投标|响应|磋商响应|首次响应|报价|谈判响应)?(?:文件)?(?:的)?(?:递交|提交|接收|上传)?(?:的)?'
const OPEN = '(?:开标|开启|开评标|磋商|谈判|询价|评审)'

/** Ordered: composite and specific labels before general ones. */
const LABELS: [RegExp, FactKey[]][] = [
  [new RegExp(`^${SUBMIT}截止(?:时间|日期)?(?:及|和|、|与|/)${OPEN}(?:时间|日期)`), ['deadline', 'opening']],
  [new RegExp(`^${OPEN}(?:时间|日期)?(?:及|和|、|与|/)(?:${OPEN})?地点`), ['opening', 'openingPlace']],
  [/保证金.{0,8}(?:截止|到账|递交|缴纳|提交)(?:的)?(?:时间|日期|期限)/, ['bond.deadline']],
  [/保证金.{0,6}(?:形式|方式)/, ['bond.form']],
  [/^(?:投标|磋商|响应|谈判|报价)?保证金(?:金额|数额|额度)?$/, ['bond.amount']],
  [new RegExp(`^${SUBMIT}截止(?:时间|日期)$`), ['deadline']],
  [/^(?:递交|提交)(?:投标|响应)文件(?:的)?截止(?:时间|日期)$/, ['deadline']],
  [new RegExp(`^${OPEN}(?:时间|日期)$`), ['opening']],
  [new RegExp(`^${OPEN}地点$`), ['openingPlace']],
  [
    /^(?:(?:递交|提交|接收)(?:投标|响应|磋商响应)?文件|(?:投标|响应|磋商响应)文件(?:的)?(?:递交|提交|接收))(?:的)?(?:地点|地址)$/,
    ['submitPlace'],
  ],
  [/^(?:政府)?(?:采购|招标|磋商|谈判|询价)?(?:项目)?名称$/, ['name']],
  [/^(?:政府)?(?:采购|招标|磋商|谈判|询价)?(?:项目)?(?:编号|编码)$|^(?:招标|采购)文件编号$/, ['number']],
  [/^(?:采购人|招标人|采购单位|招标单位|业主|建设单位|采购方)(?:名称|信息)?$/, ['buyer']],
  [/^(?:采购|招标)?代理(?:机构)?(?:名称|信息)?$|^集中采购机构(?:名称)?$/, ['agency']],
  [/^(?:项目|采购|本项目)?(?:预算|概算)(?:金额|资金|价)?$|^采购预算金额$/, ['budget']],
  [/最高(?:投标)?限价|招标控制价|^控制价$|拦标价|最高报价限价|采购最高限价/, ['ceiling']],
  [/^(?:投标|响应|磋商|响应文件|投标文件)有效期$/, ['validityDays']],
  [/^(?:投标|响应|磋商响应)?文件(?:的)?(?:份数|数量)$|^份数$|^正副本(?:份数|数量)?$/, ['copies']],
  [/^(?:采购|招标)方式$/, ['method']],
  [
    /^(?:评标|评审|磋商|谈判)(?:方法|办法)$|^(?:成交|确定成交供应商的?|成交供应商(?:的)?确定)(?:原则|办法|方法)$/,
    ['evaluation'],
  ],
]

/** A label as written, ready to match: half-width, no spaces, no leading clause number or ★, no trailing colon. */
export function cleanLabel(label: string): string {
  return halfWidth(label)
    .replace(/\s+/g, '')
    .replace(/^[★▲*]+/, '')
    .replace(/^(?:\d+(?:\.\d+)*[.、]?|[一二三四五六七八九十]+[、.]|[(（][\d一二三四五六七八九十]+[)）])/, '')
    .replace(/[:：]+$/, '')
    .replace(/[(（][^()（）]*[)）]$/, '')
}

/** Deadlines and other dates that are not the submission deadline or the opening. */
const OTHER_TIMES = /保证金|澄清|质疑|获取|报名|答疑|提问|发售|公告期|踏勘|勘察|疑问|异议|购买|下载|领取|确认/

/** "提交投标文件截止时间、开标时间和地点": each of deadline, opening and place the label names. */
function timeAndPlace(l: string): FactKey[] {
  if (OTHER_TIMES.test(l) || l.length > 30) return []
  const out: FactKey[] = []
  if (/截止/.test(l) && /投标|响应|递交|提交|报价/.test(l)) out.push('deadline')
  if (/(?:开标|开启|磋商|谈判|开评标)(?:时间|日期|[、和及与/]|$)/.test(l) && /时间|日期/.test(l))
    out.push('opening')
  if (/(?:开标|开启|磋商|谈判|开评标)(?:时间)?(?:[、和及与/])?地点/.test(l)) out.push('openingPlace')
  return out.length > 1 ? out : []
}

/** Which facts a label states, or [] when it is no fact label. */
export function factsOfLabel(label: string): FactKey[] {
  const l = cleanLabel(label)
  if (l === '' || l.length > 30) return []
  const composite = timeAndPlace(l)
  if (composite.length > 0) return composite
  for (const [re, keys] of LABELS) if (re.test(l)) return keys
  return []
}

/**
 * Labels as they occur inside running text ("本项目采购预算为人民币350万元", "投标截止时间：2026年…"): the words
 * before a 为/是/：, without the ^…$ anchors of table labels.
 */
export const TEXT_LABELS: [RegExp, FactKey[]][] = [
  [/(?:投标|响应文件(?:提交)?)截止(?:时间)?(?:及|和|、)开标时间/g, ['deadline', 'opening']],
  [
    /(?:投标|响应)文件(?:的)?(?:递交|提交)(?:的)?截止(?:时间|日期)|(?:投标|响应|递交投标文件|提交投标文件|提交响应文件|首次响应文件提交)(?:文件)?(?:的)?截止(?:时间|日期)/g,
    ['deadline'],
  ],
  [/(?:开标|磋商|谈判)时间(?:及|和|、)地点/g, ['opening', 'openingPlace']],
  [/(?:开标|开启|磋商|谈判)时间/g, ['opening']],
  [/(?:开标|开启|磋商|谈判)地点/g, ['openingPlace']],
  [/(?:递交|提交)(?:投标|响应)文件(?:的)?地点|(?:投标|响应)文件(?:递交|提交)地点/g, ['submitPlace']],
  [/(?:采购|招标|磋商)?项目名称/g, ['name']],
  [/(?:采购|招标|磋商)?项目编号|招标编号|采购编号/g, ['number']],
  [/采购人(?:名称)?|招标人(?:名称)?/g, ['buyer']],
  [/(?:采购|招标)代理机构(?:名称)?/g, ['agency']],
  [/(?:采购|项目)预算(?:金额)?|预算金额/g, ['budget']],
  [/最高(?:投标)?限价|招标控制价/g, ['ceiling']],
  [/(?:投标|磋商|响应)保证金(?:金额)?/g, ['bond.amount']],
  [/(?:投标|响应)(?:文件)?有效期/g, ['validityDays']],
  [/采购方式|招标方式/g, ['method']],
  [/(?:评标|评审)(?:方法|办法)|成交原则/g, ['evaluation']],
]
