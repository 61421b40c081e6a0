import { truthOf } from './choices'
import type { ChoiceFacts } from './form-data'
import { normalizeLabel } from './labels'

/**
 * A legacy FORMDROPDOWN (w:ddList) filled by choosing one of the buyer's entries: a question the bid's facts answer
 * (是/否 after "是否联合体", 大型/中型/小型/微型 after "企业规模") takes the entry the facts make true; any other takes
 * the entry that is the value of its label's field. When no entry (or more than one) fits, the blank is reported
 * with the entries and our value: a wrong entry is never left standing silently.
 */

type Text = { zh: string; en: string }
export type DropdownPick =
  { ok: true; index: number; entry: string; facts: string[] } | { ok: false; why: Text }

const YES = /^(是|有|Yes|Y)$/i
const NO = /^(否|无|没有|No|N)$/i

/** What the bid says of a fact, for saying why no entry fits. */
function answer(fact: string, f: ChoiceFacts): string {
  if (fact === '企业规模') return f.size ? `${f.size}企业` : '未填写'
  if (fact === '是否联合体') return f.consortium ? '联合体投标' : '独立投标'
  if (fact === '监狱企业') return f.prison ? '是' : '否'
  if (fact === '残疾人福利性单位') return f.welfare ? '是' : '否'
  return f.taxIncluded ? '含税' : '不含税'
}

const norm = (s: string) => normalizeLabel(s).text || s.replace(/[\s\u3000]/g, '')

/** The entry the bid's facts choose, null when the facts do not speak to these entries. */
export function pickByFacts(entries: readonly string[], label: string, f: ChoiceFacts): DropdownPick | null {
  const judged = entries.map((e, i) => {
    const word = e.trim()
    const yes = YES.test(word)
    const no = NO.test(word)
    const t = yes || no ? truthOf(label, f) : truthOf(word, f)
    return { i, word, t, on: t ? (no ? !t.value : t.value) : false }
  })
  const decided = judged.filter((j) => j.t)
  if (decided.length === 0) return null
  const facts = [...new Set(decided.map((j) => j.t!.fact.zh))]
  const on = decided.filter((j) => j.on)
  const list = entries.join('/')
  const ours = facts.map((x) => `${x}：${answer(x, f)}`).join('；')
  if (on.length === 1) return { ok: true, index: on[0].i, entry: entries[on[0].i], facts }
  return {
    ok: false,
    why:
      on.length === 0
        ? {
            zh: `下拉框的选项（${list}）中没有与投标信息（${ours}）相符的一项，请向招标方澄清或手工选择`,
            en: `none of the drop-down's entries (${list}) fits the bid (${ours}): ask the buyer or choose by hand`,
          }
        : {
            zh: `下拉框的选项（${list}）中有多项与投标信息（${ours}）相符：${on.map((j) => j.word).join('、')}，请手工选择`,
            en: `several of the drop-down's entries (${list}) fit the bid (${ours}): ${on.map((j) => j.word).join(', ')}; choose by hand`,
          },
  }
}

/** The entry that is `value` (the same words, or the only entry one of them contains the other). */
export function pickByValue(entries: readonly string[], value: string): DropdownPick {
  const v = norm(value)
  const same = entries.findIndex((e) => norm(e) === v)
  const near = entries
    .map((e, i) => ({ e: norm(e), i }))
    .filter((x) => x.e !== '' && (v.includes(x.e) || x.e.includes(v)))
  const index = same >= 0 ? same : near.length === 1 ? near[0].i : -1
  if (index >= 0) return { ok: true, index, entry: entries[index], facts: [] }
  return {
    ok: false,
    why: {
      zh: `下拉框的选项（${entries.join('/')}）中没有“${value}”，请向招标方澄清或手工选择`,
      en: `the drop-down's entries (${entries.join('/')}) do not include "${value}": ask the buyer or choose by hand`,
    },
  }
}
