import type { z } from 'zod'
import type { Lang } from './index'

type Pair = { zh: string; en: string }

/**
 * The English rule texts the shared schemas attach to their refinements, said in both languages. A schema's
 * own message wins over any error map in zod, so these are translated after the fact, by their prefix.
 */
const SCHEMA_TEXTS: [prefix: string, text: Pair][] = [
  ['date:', { zh: '日期格式应为 YYYY-MM-DD，且须是真实日期', en: 'a date as YYYY-MM-DD that exists' }],
  ['date-time:', { zh: '日期时间格式不正确', en: 'not a valid date-time' }],
  [
    'money:',
    { zh: '金额最多到分（两位小数），不会自动舍入', en: 'money has at most two decimals (never rounded)' },
  ],
  ['title: required', { zh: '请填写名称', en: 'enter a name' }],
  ['id:', { zh: '编号只能含 1–64 个字母、数字、_ 或 -', en: 'an id is 1–64 characters of A–Z a–z 0–9 _ -' }],
]

const n = (v: unknown) => (typeof v === 'bigint' ? v.toString() : String(v))

/**
 * One validation problem as the person at the field should read it, in the UI language: "必填", "不能大于 10",
 * "请填写数字" — not zod's "Too big: expected number to be <=10". Texts that already are bilingual
 * ("中文 / English") are split; unknown codes fall back to zod's own text.
 */
export function issueText(issue: z.core.$ZodIssue, lang: Lang): string {
  const pick = (p: Pair) => (lang === 'zh' ? p.zh : p.en)
  const known = SCHEMA_TEXTS.find(([prefix]) => issue.message.startsWith(prefix))
  if (known) return pick(known[1])
  // A schema's own bilingual text says more than the generic one for its code ("文件为空", not "必填").
  const own = bilingualHalves(issue.message)
  if (own) return lang === 'zh' ? own[0] : own[1]
  switch (issue.code) {
    case 'too_small': {
      const min = n(issue.minimum)
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? pick({ zh: '必填', en: 'required' })
          : pick({ zh: `至少 ${min} 个字符`, en: `at least ${min} characters` })
      if (issue.origin === 'array' || issue.origin === 'set')
        return pick({ zh: `至少 ${min} 项`, en: `at least ${min} item(s)` })
      return issue.inclusive
        ? pick({ zh: `不能小于 ${min}`, en: `must be at least ${min}` })
        : pick({ zh: `必须大于 ${min}`, en: `must be greater than ${min}` })
    }
    case 'too_big': {
      const max = n(issue.maximum)
      if (issue.origin === 'string')
        return pick({ zh: `最多 ${max} 个字符`, en: `at most ${max} characters` })
      if (issue.origin === 'array' || issue.origin === 'set')
        return pick({ zh: `最多 ${max} 项`, en: `at most ${max} item(s)` })
      return issue.inclusive
        ? pick({ zh: `不能大于 ${max}`, en: `must be at most ${max}` })
        : pick({ zh: `必须小于 ${max}`, en: `must be less than ${max}` })
    }
    case 'invalid_type':
      if (issue.expected === 'int') return pick({ zh: '须为整数', en: 'must be a whole number' })
      if (issue.expected === 'number') return pick({ zh: '请填写数字', en: 'enter a number' })
      if (issue.expected === 'string') return pick({ zh: '请填写文字', en: 'enter text' })
      return pick({ zh: '必填', en: 'required' })
    case 'invalid_value':
      return pick({ zh: '请从列表中选择', en: 'choose one of the listed values' })
    case 'not_multiple_of':
      return issue.divisor === 1
        ? pick({ zh: '须为整数', en: 'must be a whole number' })
        : pick({ zh: `须为 ${n(issue.divisor)} 的倍数`, en: `must be a multiple of ${n(issue.divisor)}` })
    case 'invalid_format':
      return pick({ zh: '格式不正确', en: 'wrong format' })
    default:
      return issue.message
  }
}

/** "中文 / English" → its halves; zod's own texts are English only, so a Chinese first half is the schema's. */
function bilingualHalves(message: string): [string, string] | null {
  const halves = message.split(' / ')
  return halves.length === 2 && /[\u4e00-\u9fff]/u.test(halves[0]) ? [halves[0], halves[1]] : null
}

/** Field path → message, first problem per field (what a form shows under each field). */
export function issuesByPath(issues: readonly z.core.$ZodIssue[], lang: Lang): Record<string, string> {
  const out: Record<string, string> = {}
  for (const i of issues) {
    const key = i.path.map(String).join('.')
    if (!(key in out)) out[key] = issueText(i, lang)
  }
  return out
}
