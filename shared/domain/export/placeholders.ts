import type { Bid, CompanyProfile } from '@shared/schemas'
import { signatoryAgentIndex } from './placeholder-parts'
import { PLACEHOLDERS, type PlaceholderContext, type PlaceholderDef } from './placeholder-defs'

export {
  PLACEHOLDERS,
  formatHours,
  periodLabel,
  type PlaceholderContext,
  type PlaceholderDef,
} from './placeholder-defs'

const BY_KEY = new Map<string, PlaceholderDef>()
for (const p of PLACEHOLDERS) {
  BY_KEY.set(p.zh, p)
  BY_KEY.set(p.en, p)
}

export function isKnownPlaceholder(key: string): boolean {
  return BY_KEY.has(key.trim())
}

export interface ResolveOptions {
  copy?: '正本' | '副本'
  /** YYYY-MM-DD; defaults to the bid's signing date (signDateOf), never to the day of the export. */
  date?: string
  agentIndex?: number
}

/** The day every form is signed: the bid's signDate, else the day of the submission deadline (as written), else null. */
export function signDateOf(bid: Pick<Bid, 'signDate' | 'dates'>): string | null {
  if (bid.signDate) return bid.signDate
  const d = bid.dates.submissionDeadline
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null
}

function contextOf(bid: Bid, company: CompanyProfile, opts: ResolveOptions): PlaceholderContext {
  return {
    bid,
    company,
    copy: opts.copy ?? '正本',
    date: opts.date ?? signDateOf(bid) ?? '',
    agentIndex: opts.agentIndex ?? signatoryAgentIndex(bid, company),
  }
}

/** Every placeholder value, under both its Chinese and its English key. */
export function resolvePlaceholders(
  bid: Bid,
  company: CompanyProfile,
  opts: ResolveOptions = {},
): Record<string, string> {
  const ctx = contextOf(bid, company, opts)
  const out: Record<string, string> = {}
  for (const p of PLACEHOLDERS) {
    const v = p.get(ctx)
    out[p.zh] = v
    out[p.en] = v
  }
  return out
}

/** The field each placeholder is printed from, under both its keys (see PlaceholderDef.source). */
export function placeholderSources(
  bid: Bid,
  company: CompanyProfile,
  opts: ResolveOptions = {},
): Record<string, string> {
  const ctx = contextOf(bid, company, opts)
  const out: Record<string, string> = {}
  for (const p of PLACEHOLDERS) {
    const v = p.source(ctx)
    out[p.zh] = v
    out[p.en] = v
  }
  return out
}

/** `{{ key }}`: spaces inside the braces are tolerated, braces inside a key are not. */
export const PLACEHOLDER_RE = /\{\{\s*([^{}]+?)\s*\}\}/g

/** The distinct keys used in a text, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const seen = new Set<string>()
  for (const m of text.matchAll(PLACEHOLDER_RE)) seen.add(m[1])
  return [...seen]
}

export interface FillResult {
  text: string
  /** Keys not in `values`: left in the text as written, so nobody misses them. */
  unknown: string[]
  /** Keys known but without a value (e.g. no credit code in the company profile): written as `blank`. */
  empty: string[]
}

/**
 * Replaces every `{{key}}`; `blank` stands in for an empty value so a printed form keeps a line to write on
 * (a function decides per key, e.g. table cells stay empty).
 */
export function fillPlaceholders(
  text: string,
  values: Record<string, string> | ((key: string) => string | undefined),
  blank: string | ((key: string) => string) = '________',
  /** Told of each placeholder filled with a value (not of blanks or unknown keys). */
  onFilled?: (key: string, value: string) => void,
): FillResult {
  const unknown = new Set<string>()
  const empty = new Set<string>()
  const lookup =
    typeof values === 'function' ? values : (k: string) => (Object.hasOwn(values, k) ? values[k] : undefined)
  const filled = text.replace(PLACEHOLDER_RE, (whole, key: string) => {
    const v = lookup(key)
    if (v === undefined) {
      unknown.add(key)
      return whole
    }
    if (v === '') {
      const b = typeof blank === 'string' ? blank : blank(key)
      if (b !== '') empty.add(key)
      return b
    }
    onFilled?.(key, v)
    return v
  })
  return { text: filled, unknown: [...unknown], empty: [...empty] }
}
