import { planTicks } from './choices'
import { detectBlanks, detectItems, formTitles } from './detect'
import type { FormData } from './form-data'
import { planItemTables, type ItemWrite } from './items-plan'
import { leadingLabel, matchLabel, normalizeLabel, priceKey, pricedClause } from './labels'
import { leftBlank, type Blank, type BlankKind, type FormDoc, type Where } from './model'
import { shapeValue } from './values'

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
  /** A header or footer part ("header1", "footer2"); absent for the body. */
  part?: string
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
  return blanks.map((b) => {
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
    const override = opts.overrides && Object.hasOwn(opts.overrides, b.id) ? opts.overrides[b.id] : undefined
    if (override === null) return leftBlank(base)
    if (b.kind === 'checkbox') {
      if (!opts.data)
        return unfilled(null, { zh: '勾选项：请按实际情况勾选', en: 'check box: tick the right one by hand' })
      if (override !== undefined)
        return unfilled(null, {
          zh: '勾选项按投标信息勾选，不能指定字段（可选择留空）',
          en: 'check boxes follow the bid facts; they cannot take a field (leave them blank instead)',
        })
      return tickFill(b, base, opts.data.facts, unfilled)
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
    const shaped = shapeValue(match.key, raw, b)
    if (!shaped.ok) return unfilled(match.key, shaped.why, match.confidence, match.reason)
    return {
      ...base,
      end: b.end + shaped.dropAfter,
      key: match.key,
      confidence: match.confidence,
      reason: match.reason,
      status: 'filled' as const,
      value: shaped.value,
      why: null,
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
  for (let i = b.start; i < b.end; i++) if (/[□☐]/.test(b.line[i])) boxes.push(i)
  const from = Math.max(...['。', '；', ';'].map((c) => b.line.lastIndexOf(c, b.start - 1))) + 1
  const t = planTicks(b.line, boxes, from, b.label, facts)
  if (!t.ok) return unfilled(null, t.why)
  return {
    ...base,
    key: t.facts.join('、'),
    confidence: 0.9,
    reason: { zh: `按投标信息（${t.facts.join('、')}）勾选`, en: `ticked from the bid's facts` },
    status: 'filled',
    value: t.chosen.length ? t.chosen.map((c) => `☑${c}`).join(' ') : '（均不勾选）',
    why: null,
    ticks: t.ticks,
  }
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
    'id' | 'label' | 'key' | 'value' | 'where' | 'confidence' | 'status' | 'why'
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
      })),
    unfilled: fills
      .filter((f) => f.status === 'unfilled')
      .map((f) => ({ id: f.id, label: f.label, key: f.key, where: f.where.zh, why: f.why! })),
    manual: fills
      .filter((f) => f.status === 'manual')
      .map((f) => ({ id: f.id, label: f.label, where: f.where.zh, why: f.why! })),
  }
}
