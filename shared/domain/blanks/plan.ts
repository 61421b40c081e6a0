import { planTicks } from './choices'
import { pickByFacts, pickByValue, type DropdownPick } from './dropdown'
import { detectBlanks, detectItems, formTitles } from './detect'
import type { FormData } from './form-data'
import { planItemTables, type ItemWrite } from './items-plan'
import { leadingLabel, matchLabel, normalizeLabel, priceKey, pricedClause } from './labels'
import { leftBlank, type Blank, type BlankKind, type FormDoc, type Where } from './model'
import { formUnit, MONEY_KEYS, shapeValue } from './values'

/**
 * What goes into each blank: the key its label maps to (or the user's choice), the value in the form's unit, or
 * why it stays blank. Signature blanks (签字/签名) stay for the hand that signs; they are not "unfilled".
 */

type Text = { zh: string; en: string }

export interface BlankFill {
  id: string
  kind: BlankKind
  where: Where
  label: string
  key: string | null
  /** 0–1, 1 when the user chose the key. */
  confidence: number
  reason: Text | null
  status: 'filled' | 'unfilled' | 'manual'
  value: string | null
  why: Text | null
  paragraph: number
  start: number
  /** Includes the form's own unit when the value has to carry it (大写 with 角/分 before "元"). */
  end: number
  /** Check boxes: the offsets (in the paragraph's text) of the boxes to tick. */
  ticks?: number[]
  /** Check boxes the buyer printed ticked that the bid's facts say must not be. */
  unticks?: number[]
  /** A drop-down (FORMDROPDOWN): the index of the entry chosen. */
  choose?: number
  /** A header or footer part ("header1", "footer2"); absent for the body. */
  part?: string
  /** Money written in 万元 (the blank's "____万元", its column or caption): the checks read the figures in it. */
  unit?: '万元'
  /** Filled, but not as it should print: a value too wide for the buyer's column at any readable size. */
  warning?: Text
}

export interface PlanOptions {
  /** Blank id → dictionary key, or null to leave that blank as printed. */
  overrides?: Record<string, string | null>
  /** Dictionary key → the field it is printed from, for "fill in X" messages. */
  sources?: Record<string, string>
  /** The bid's quote lines and facts (明细表 rows, check boxes); without it those stay unfilled. */
  data?: FormData
}

/** A blank between 人民币/¥/（大写） and 元 in a sentence about the price: the price, in words or figures. */
function moneyBlank(b: Blank) {
  const { flags } = normalizeLabel(b.label)
  const money =
    flags.words || flags.figures || /[¥￥]|人民币/.test(b.before) || /^[ \u3000]*万?元/.test(b.after)
  const m = money ? pricedClause(b.clause, b.title) : null
  if (!m) return null
  return flags.words ? { ...m, key: priceKey(b.title, flags) } : m
}

export function planBlanks(
  blanks: readonly Blank[],
  values: Record<string, string>,
  opts: PlanOptions = {},
): BlankFill[] {
  // Without the bid's facts a group the buyer already answered (a box printed ticked) is nothing to check against:
  // it stays as he printed it, as it always has.
  const answered = (b: Blank) =>
    b.kind === 'checkbox' && !opts.data && /[☑☒■]/.test(b.line.slice(b.start, b.end))
  return blanks
    .filter((b) => !answered(b))
    .map((b) => {
      const base = {
        id: b.id,
        kind: b.kind,
        where: b.where,
        label: b.label,
        paragraph: b.paragraph,
        start: b.start,
        end: b.end,
      }
      const unfilled = (key: string | null, why: Text, confidence = 0, reason: Text | null = null) => ({
        ...base,
        key,
        confidence,
        reason,
        status: 'unfilled' as const,
        value: null,
        why,
      })
      const override =
        opts.overrides && Object.hasOwn(opts.overrides, b.id) ? opts.overrides[b.id] : undefined
      if (override === null) return leftBlank(base)
      if (b.kind === 'checkbox') {
        if (!opts.data)
          return unfilled(null, {
            zh: '勾选项：请按实际情况勾选',
            en: 'check box: tick the right one by hand',
          })
        if (override !== undefined)
          return unfilled(null, {
            zh: '勾选项按投标信息勾选，不能指定字段（可选择留空）',
            en: 'check boxes follow the bid facts; they cannot take a field (leave them blank instead)',
          })
        return tickFill(b, base, opts.data.facts, unfilled)
      }
      const picked = (
        p: Extract<DropdownPick, { ok: true }>,
        key: string,
        confidence: number,
        reason: Text,
      ) => ({
        ...base,
        key,
        confidence,
        reason,
        status: 'filled' as const,
        value: p.entry,
        why: null,
        choose: p.index,
      })
      if (b.kind === 'dropdown') {
        if (!b.entries?.length)
          return unfilled(null, { zh: '下拉框没有可选的项', en: 'the drop-down has no entries' })
        const byFacts =
          override === undefined && opts.data ? pickByFacts(b.entries, b.label, opts.data.facts) : null
        if (byFacts && !byFacts.ok) return unfilled(null, byFacts.why)
        if (byFacts)
          return picked(byFacts, byFacts.facts.join('、'), 0.9, {
            zh: `按投标信息（${byFacts.facts.join('、')}）选择“${byFacts.entry}”`,
            en: `"${byFacts.entry}" chosen from the bid's facts`,
          })
      }
      const flags = normalizeLabel(b.label).flags
      if (override === undefined && flags.sign && !flags.seal)
        return {
          ...base,
          key: null,
          confidence: 0,
          reason: null,
          status: 'manual' as const,
          value: null,
          why: { zh: '签字处：打印后由本人亲笔签字', en: 'signature: signed by hand after printing' },
        }
      const match =
        override !== undefined
          ? { key: override, confidence: 1, reason: { zh: '用户指定', en: 'chosen by the user' } }
          : ((b.labelFrom === 'none'
              ? null
              : matchLabel(b.label, {
                  clause: b.clause,
                  line: b.line,
                  prevLine: b.prevLine,
                  title: b.title,
                  at: b.at,
                })) ??
            moneyBlank(b) ??
            (b.kind === 'cell' ? null : leadingLabel(b.after)))
      if (!match)
        return unfilled(
          null,
          b.label === ''
            ? { zh: '空白处没有可识别的栏目名', en: 'no label next to the blank' }
            : { zh: `未识别的栏目“${b.label}”`, en: `unknown label "${b.label}"` },
        )
      const raw = values[match.key]
      if (raw === undefined)
        return unfilled(match.key, { zh: `没有“${match.key}”这一项`, en: `no value named "${match.key}"` })
      if (raw.trim() === '') {
        const field = opts.sources?.[match.key]
        return unfilled(
          match.key,
          {
            zh: `投标/公司信息中未填写“${match.key}”${field ? `（${field}）` : ''}`,
            en: `"${match.key}" is empty in the bid/company profile${field ? ` (${field})` : ''}`,
          },
          match.confidence,
          match.reason,
        )
      }
      if (b.kind === 'dropdown') {
        const p = pickByValue(b.entries ?? [], raw)
        return p.ok
          ? picked(p, match.key, match.confidence, match.reason)
          : unfilled(match.key, p.why, match.confidence, match.reason)
      }
      const shaped = shapeValue(match.key, raw, b)
      if (!shaped.ok) return unfilled(match.key, shaped.why, match.confidence, match.reason)
      const chars = [...shaped.value].length
      // A FORMTEXT limited by the buyer: Word would cut the value; it is reported instead of written short.
      if (b.maxLength !== undefined && chars > b.maxLength)
        return unfilled(
          match.key,
          {
            zh: `表单域最多可填 ${b.maxLength} 个字，“${match.key}”为 ${chars} 个字（${shaped.value}）：未截断填写，请向招标方澄清或手工填写`,
            en: `the form field takes at most ${b.maxLength} characters, "${match.key}" has ${chars} (${shaped.value}): not cut short; ask the buyer or fill it by hand`,
          },
          match.confidence,
          match.reason,
        )
      return {
        ...base,
        end: b.end + shaped.dropAfter,
        key: match.key,
        confidence: match.confidence,
        reason: match.reason,
        status: 'filled' as const,
        value: shaped.value,
        why: null,
        ...(MONEY_KEYS.has(match.key) && formUnit(b).unit === '万元' ? { unit: '万元' as const } : {}),
      }
    })
}

function tickFill(
  b: Blank,
  base: Pick<BlankFill, 'id' | 'kind' | 'where' | 'label' | 'paragraph' | 'start' | 'end'>,
  facts: FormData['facts'],
  unfilled: (key: string | null, why: Text) => BlankFill,
): BlankFill {
  const boxes: number[] = []
  for (let i = b.start; i < b.end; i++) if (/[□☐☑☒■]/.test(b.line[i])) boxes.push(i)
  const from = Math.max(...['。', '；', ';'].map((c) => b.line.lastIndexOf(c, b.start - 1))) + 1
  const t = planTicks(b.line, boxes, from, b.label, facts)
  if (!t.ok) return unfilled(null, t.why)
  // A box the buyer printed ticked (or a form field ticked by default) that the facts say is wrong is unticked, and
  // said so: nothing he printed changes silently.
  const printed = boxes.filter((i) => /[☑☒■]/.test(b.line[i]))
  const unticks = printed.filter((i) => !t.ticks.includes(i))
  const words = unticks.map((i) => optionAt(b.line, i, boxes))
  const decided = t.facts.join('、')
  return {
    ...base,
    key: decided,
    confidence: 0.9,
    reason: unticks.length
      ? {
          zh: `按投标信息（${decided}）勾选；取消招标方预先勾选的“${words.join('”“')}”`,
          en: `ticked from the bid's facts; the buyer's pre-ticked "${words.join('", "')}" unticked`,
        }
      : { zh: `按投标信息（${decided}）勾选`, en: `ticked from the bid's facts` },
    status: 'filled',
    value: t.chosen.length ? t.chosen.map((c) => `☑${c}`).join(' ') : '（均不勾选）',
    why: null,
    ticks: t.ticks.filter((i) => !printed.includes(i)),
    ...(unticks.length ? { unticks } : {}),
  }
}

/** The words of the box at `i` (up to the next box), for naming it. */
function optionAt(line: string, i: number, boxes: number[]): string {
  const next = boxes.find((x) => x > i) ?? line.length
  const after = line.slice(i + 1, next).trim()
  if (after !== '') return after.split(/[\s\u3000]+/)[0]
  const prev = [...boxes].reverse().find((x) => x < i) ?? -1
  return (
    line
      .slice(prev + 1, i)
      .trim()
      .split(/[\s\u3000]+/)
      .pop() ?? ''
  )
}

export interface FormPlan {
  fills: BlankFill[]
  /** The rows of the item tables to write (quote lines). */
  items: ItemWrite[]
}

const NO_ITEMS = { lines: [], total: 0, currency: 'CNY' as const }

/** Every blank of a form and what goes in it: the inline and cell blanks, and the item tables' columns. */
export function planForm(doc: FormDoc, values: Record<string, string>, opts: PlanOptions = {}): FormPlan {
  const items = detectItems(doc, formTitles(doc))
  const fills = planBlanks(detectBlanks(doc, items), values, opts)
  const rows = planItemTables(doc, items, opts.data?.items ?? NO_ITEMS, opts.overrides)
  return {
    fills: [...fills, ...rows.fills].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
    items: rows.writes,
  }
}

/** The CLI/API summary: what was filled, what is left and why, what stays for a signature. */
export function summarizeFills(
  fills: readonly Pick<
    BlankFill,
    'id' | 'label' | 'key' | 'value' | 'where' | 'confidence' | 'status' | 'why' | 'warning'
  >[],
) {
  return {
    filled: fills
      .filter((f) => f.status === 'filled')
      .map((f) => ({
        id: f.id,
        label: f.label,
        key: f.key!,
        value: f.value!,
        where: f.where.zh,
        confidence: f.confidence,
        ...(f.warning ? { warning: f.warning } : {}),
      })),
    unfilled: fills
      .filter((f) => f.status === 'unfilled')
      .map((f) => ({ id: f.id, label: f.label, key: f.key, where: f.where.zh, why: f.why! })),
    manual: fills
      .filter((f) => f.status === 'manual')
      .map((f) => ({ id: f.id, label: f.label, where: f.where.zh, why: f.why! })),
  }
}
