import type { FieldChange } from './diff'
import { FIELD_LABELS, ITEM_LABELS, PATTERN_LABELS, short, type Pair } from './field-labels'
import { getAt, isPlainObject, parsePath, WHOLE_DOCUMENT, type FieldPath } from './field-path'

export type Lang = 'zh' | 'en'

const MONEY_HINT =
  /price|budget|ceiling|amount|total|required|paid|ideal|target|walkaway|cost|value|low|likely|high/i

const WHOLE_DOCUMENT_LABEL: Pair = ['整个文档（一方已删除）', 'Whole document (deleted on one side)']

function pick(p: Pair, lang: Lang): string {
  return lang === 'zh' ? p[0] : p[1]
}

/** A value as people read it: 3,300,000; 是/否; （空）; long text only as "changed". */
export function formatValue(v: unknown, lang: Lang, field = ''): string {
  if (v === null || v === undefined || v === '') return lang === 'zh' ? '（空）' : '(empty)'
  if (typeof v === 'boolean') return v ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no'
  if (typeof v === 'number') {
    const money = MONEY_HINT.test(field)
    return v.toLocaleString('en-US', { maximumFractionDigits: money ? 2 : 6 })
  }
  if (typeof v === 'string') return v.length > 40 ? `「${short(v, 24)}」` : v
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return short(v.join('、'), 40)
    return lang === 'zh' ? `${v.length} 项` : `${v.length} items`
  }
  if (isPlainObject(v)) {
    const name = v.title ?? v.name ?? v.label ?? v.no
    return typeof name === 'string' && name ? short(name, 24) : lang === 'zh' ? '（对象）' : '(object)'
  }
  return String(v)
}

/**
 * A field path in words, e.g. `requirements[r7].responseText` → "★条款 3.2 · 响应". Items are named from
 * the given document versions (the first that still has the item).
 */
export function labelPath(path: string, docs: unknown[], lang: Lang): string {
  if (path === WHOLE_DOCUMENT) return pick(WHOLE_DOCUMENT_LABEL, lang)
  let fp: FieldPath
  try {
    fp = parsePath(path)
  } catch {
    return path
  }
  const parts: string[] = []
  let pattern = ''
  let lastField = ''
  for (let i = 0; i < fp.length; i++) {
    const s = fp[i]
    if ('name' in s) {
      pattern = pattern ? `${pattern}.${s.name}` : s.name
      lastField = s.name
      const isLast = i === fp.length - 1 || !('name' in fp[i + 1])
      const nextIsKey = i + 1 < fp.length && 'key' in fp[i + 1]
      if (nextIsKey) continue // the item's own name stands for the list
      if (!isLast) continue // nested objects are named by their leaf (dates.opening → 开标时间)
      const p = PATTERN_LABELS[pattern] ?? FIELD_LABELS[s.name]
      parts.push(p ? pick(p, lang) : s.name)
    } else {
      pattern = `${pattern}.*`
      const item = docs.map((d) => getAt(d, fp.slice(0, i + 1))).find(isPlainObject)
      const namer = ITEM_LABELS[lastField]
      const list = PATTERN_LABELS[pattern.slice(0, -2)] ?? FIELD_LABELS[lastField]
      let label = item && namer ? pick(namer(item), lang) : s.key
      if (label.startsWith('「') || label.startsWith('"') || !namer)
        label = `${list ? pick(list, lang) : lastField} ${label}`
      parts.push(label)
    }
  }
  // Nested leaf labels that exist as full patterns already read well alone; keep parents of unknowns.
  return parts.join(' · ')
}

export interface DescribedChange extends FieldChange {
  label: string
  beforeText: string
  afterText: string
  /** One line: "价格（投标函） 3,300,000 → 3,030,000", "★条款 3.2 · 响应 已修改". */
  text: string
}

export function describeChange(change: FieldChange, docs: unknown[], lang: Lang): DescribedChange {
  const label = labelPath(change.path, docs, lang)
  const field =
    change.path
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? ''
  const zh = lang === 'zh'
  const beforeText = formatValue(change.before, lang, field)
  const afterText = formatValue(change.after, lang, field)
  let text: string
  if (change.op === 'add') text = `${zh ? '新增' : 'added'} ${label}`
  else if (change.op === 'remove') text = `${zh ? '删除' : 'removed'} ${label}`
  else if (change.op === 'order') text = `${label} ${zh ? '顺序调整' : 'reordered'}`
  else if (isLongText(change.before) || isLongText(change.after))
    text = `${label} ${zh ? '已修改' : 'changed'}`
  else text = `${label} ${beforeText} → ${afterText}`
  return { ...change, label, beforeText, afterText, text }
}

function isLongText(v: unknown): boolean {
  return typeof v === 'string' && v.length > 40
}
