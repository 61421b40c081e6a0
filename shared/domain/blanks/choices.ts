import type { ChoiceFacts } from './form-data'

/**
 * Ticking a buyer's check boxes from the bid's facts: "是否联合体：□是 □否", "□联合体投标 □独立投标", "企业类型：
 * □大型企业 □中型企业 □小型企业 □微型企业", "□中小企业 □非中小企业", "是□ 否□" (boxes after the words),
 * several questions on one line. Every box of a group must be decided by a fact the bid holds, else the whole
 * group stays for the hand (a size the bid does not state, a question about something else).
 */

type Text = { zh: string; en: string }
type Fact = { zh: string; en: string }

const SIZE: Fact = { zh: '企业规模', en: 'enterprise size' }
const CONSORTIUM: Fact = { zh: '是否联合体', en: 'consortium' }
const PRISON: Fact = { zh: '监狱企业', en: 'prison enterprise' }
const WELFARE: Fact = { zh: '残疾人福利性单位', en: 'welfare unit for the disabled' }
const TAX: Fact = { zh: '报价含税', en: 'tax-inclusive price' }

/** What a words says about the bid: true/false, the fact it rests on, or null (not a question the bid answers). */
export function truthOf(raw: string, f: ChoiceFacts): { value: boolean; fact: Fact } | null {
  const t = raw.replace(/[\s\u3000、，,/／]/g, '')
  const is = (value: boolean, fact: Fact) => ({ value, fact })
  if (/非联合体|独立投标|单独投标|独立参加|非联合/.test(t)) return is(!f.consortium, CONSORTIUM)
  if (/联合体/.test(t)) return is(f.consortium, CONSORTIUM)
  if (/监狱/.test(t)) return is(f.prison, PRISON)
  if (/残疾人福利/.test(t)) return is(f.welfare, WELFARE)
  if (/不含税/.test(t)) return is(!f.taxIncluded, TAX)
  if (/含税/.test(t)) return is(f.taxIncluded, TAX)
  const sized = /非中小|中小|小微|小型|微型|中型|大型/.test(t)
  if (!sized) return null
  if (f.size === '') return null
  if (/非中小/.test(t)) return is(f.size === '大型', SIZE)
  if (/中小/.test(t)) return is(f.size !== '大型', SIZE)
  if (/小微|小型微型/.test(t)) return is(f.size === '小型' || f.size === '微型', SIZE)
  if (/中型小型|中小型/.test(t)) return is(f.size !== '大型', SIZE)
  const named = (['大型', '中型', '小型', '微型'] as const).filter((s) => t.includes(s))
  return is(named.includes(f.size), SIZE)
}

const SEP = /[\s\u3000，,、；;：:（()）/|]/
const YES = /^(是|有|Yes|Y)$/i
const NO = /^(否|无|没有|No|N)$/i

/** The separators of options, without 、 (which joins the words of one option). */
const COMBINED = /[\s\u3000，,；;：:（()）/|]/

function leadWord(s: string, sep = SEP): { word: string; rest: string } {
  const t = s.replace(/^[\s\u3000]+/, '')
  const m = new RegExp(`^[^${sep.source.slice(1, -1)}]+`).exec(t)
  return m ? { word: m[0], rest: t.slice(m[0].length) } : { word: '', rest: t }
}

function tailWord(s: string, sep = SEP): { word: string; rest: string } {
  const t = s.replace(/[\s\u3000]+$/, '')
  const m = new RegExp(`[^${sep.source.slice(1, -1)}]+$`).exec(t)
  return m ? { word: m[0], rest: t.slice(0, -m[0].length) } : { word: '', rest: t }
}

const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s)

export type TickPlan =
  { ok: true; ticks: number[]; chosen: string[]; facts: string[] } | { ok: false; why: Text }

/**
 * `line`: the paragraph's text; boxes at `boxes` (offsets in it, in order); `from`: where the group's clause
 * starts; `label`: the question printed elsewhere (the cell to the left).
 */
export function planTicks(
  line: string,
  boxes: readonly number[],
  from: number,
  label: string,
  f: ChoiceFacts,
): TickPlan {
  const parts: string[] = []
  let prev = from
  for (const b of boxes) {
    parts.push(line.slice(prev, b))
    prev = b + 1
  }
  const end = /[。；;]/.exec(line.slice(prev))
  parts.push(line.slice(prev, end ? prev + end.index : line.length))
  // Words right after the boxes ("□是") or right before them ("是□").
  const after = boxes.filter((_, i) => /^[^\s\u3000□☐☑☒■]/.test(parts[i + 1])).length
  const before = boxes.filter((_, i) => /[^\s\u3000□☐☑☒■]$/.test(parts[i])).length
  // `option`: the box's words with the 、-joined ones ("□小型、微型企业" is one box for both sizes).
  const options: { word: string; option: string; subject: string }[] = []
  let subject = label
  boxes.forEach((_, i) => {
    if (after >= before) {
      if (i === 0 && hasWords(parts[0])) subject = parts[0]
      const { word, rest } = leadWord(parts[i + 1])
      options.push({ word, option: leadWord(parts[i + 1], COMBINED).word, subject })
      if (hasWords(rest)) subject = rest
    } else {
      const { word, rest } = tailWord(parts[i])
      if (hasWords(rest)) subject = rest
      options.push({ word, option: tailWord(parts[i], COMBINED).word, subject })
    }
  })
  const ticks: number[] = []
  const chosen: string[] = []
  const facts = new Set<string>()
  let other: number | null = null
  for (const [i, o] of options.entries()) {
    const yes = YES.test(o.word)
    const no = NO.test(o.word)
    const t = yes || no ? truthOf(o.subject, f) : truthOf(o.option, f)
    // "□其他": the box for none of the group's other options, decided once they are.
    if (!t && !yes && !no && /^其[他它]/.test(o.option) && options.length > 1) {
      other = i
      continue
    }
    if (!t)
      return {
        ok: false,
        why: {
          zh: `勾选项“${o.word || '□'}”无法由投标信息判断，请按实际情况勾选`,
          en: `check box "${o.word || '□'}" is not decided by the bid's facts: tick it by hand`,
        },
      }
    facts.add(t.fact.zh)
    if (no ? !t.value : t.value) {
      ticks.push(boxes[i])
      chosen.push(
        yes || no
          ? `${o.word}（${o.subject.replace(/[：:\s\u3000]+$/, '').trim()}）`
          : o.option.replace(/、$/, ''),
      )
    }
  }
  if (other !== null && ticks.length === 0) {
    ticks.push(boxes[other])
    chosen.push(options[other].option)
  }
  return { ok: true, ticks, chosen, facts: [...facts] }
}
