import type { RuleContext } from './context'
import { bidTextFields, type TextField } from './fields'
import { readForm, type FormReading } from './read/forms'
import { titleNames } from './text'

/**
 * The bid's own texts as the readers see them (read once per check run), and which of them list past
 * projects: there other buyers, projects, customers' staff and numbers are named on purpose.
 */

export interface Reading {
  f: TextField
  r: FormReading
  /** Title of the section the text belongs to ('' for requirement responses and quote fields). */
  title: string
}

export function referenceScope(ctx: RuleContext) {
  const { bid, cfg } = ctx
  const refSections = new Set<number>()
  bid.sections.forEach((s, i) => {
    if (cfg.referenceForms.some((w) => titleNames(s.title, w))) refSections.add(i)
  })
  const refRequirements = new Set<number>()
  bid.requirements.forEach((r, i) => {
    if (cfg.referenceForms.some((w) => r.text.includes(w))) refRequirements.add(i)
  })
  const words = cfg.referenceWords
  return {
    field(f: TextField): boolean {
      return (
        (f.base === 'sections' && refSections.has(f.index)) ||
        (f.base === 'requirements' && refRequirements.has(f.index))
      )
    },
    /** The line around `index` talks about past work ("曾为某县教育局实施…"). */
    line(text: string, index: number): boolean {
      return onReferenceLine(text, index, words)
    },
  }
}

/** The line of `text` around `index` uses one of the reference words: it talks about past work. */
export function onReferenceLine(text: string, index: number, words: readonly string[]): boolean {
  const s = text.lastIndexOf('\n', index - 1) + 1
  const e = text.indexOf('\n', index)
  const line = text.slice(s, e < 0 ? text.length : e)
  return words.some((w) => line.includes(w))
}

const memo = new WeakMap<RuleContext, Reading[]>()

/** Sections, requirement responses and the 开标一览表 texts, outside reference lists, each read once. */
export function readings(ctx: RuleContext): Reading[] {
  const hit = memo.get(ctx)
  if (hit) return hit
  const scope = referenceScope(ctx)
  const out: Reading[] = []
  for (const f of bidTextFields(ctx)) {
    if (f.field === 'title' || scope.field(f)) continue
    if (!(f.base === 'sections' || f.base === 'requirements' || f.base.startsWith('quote.openingSummary')))
      continue
    const r = readForm(f.text)
    if (!r.people.length && !r.orgs.length && !r.terms.length && !r.taxRates.length && !r.prices.length)
      continue
    // Mentions on a line about past work name other people and companies on purpose.
    const keep = <T extends { index: number }>(xs: T[]) => xs.filter((x) => !scope.line(f.text, x.index))
    out.push({
      f,
      r: { ...r, people: keep(r.people), orgs: keep(r.orgs) },
      title: f.base === 'sections' ? ctx.bid.sections[f.index].title : '',
    })
  }
  memo.set(ctx, out)
  return out
}
