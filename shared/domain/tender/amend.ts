import { locate, type Located } from './chapters'
import { halfWidth, squash, type TenderDocument } from './document'
import { valuesFromText, type FactValue } from './fact-values'
import { factCandidates, type Source } from './facts'
import { factsOfLabel, TEXT_LABELS, type FactKey } from './labels'
import { changeStatementsOf } from './amend-statements'
import { FACT_PATHS } from './project'
import type { FoundRequirement } from './requirements'
import { FACT_NAMES, showValue, type Warning } from './resolve'
import { scoringOf, type TenderScoring } from './scoring'

/**
 * Applying 更正公告 / 澄清 / 变更公告 in the order given: each amended value replaces the current one (the later
 * file wins) and is listed as a change with its source. A statement about a clause of the requirements changes
 * that requirement; one that maps to nothing known is still listed (path "other") so nobody misses it.
 */
export interface TenderChange {
  path: string
  before: unknown
  after: unknown
  source: Source
  /** The item as the amendment names it. */
  label: string
}

export interface AmendState {
  facts: Partial<Record<FactKey, FactValue>>
  factSources: Partial<Record<FactKey, Source>>
  requirements: FoundRequirement[]
  scoring: TenderScoring | null
  changes: TenderChange[]
  warnings: Warning[]
}

function keysOfLabel(label: string): FactKey[] {
  const direct = factsOfLabel(label)
  if (direct.length > 0) return direct
  const s = halfWidth(label)
  const keys: FactKey[] = []
  for (const [re, ks] of TEXT_LABELS) {
    re.lastIndex = 0
    if (re.test(s)) for (const k of ks) if (!keys.includes(k)) keys.push(k)
  }
  // "投标截止时间" also matches the composite pattern's parts: keep the most specific reading.
  return keys.includes('deadline') && !/开标|开启/.test(s) ? keys.filter((k) => k !== 'opening') : keys
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function setFact(st: AmendState, key: FactKey, after: FactValue, source: Source, label: string) {
  const before = st.facts[key] ?? null
  if (sameValue(before, after)) return
  st.facts[key] = after
  st.factSources[key] = source
  st.changes.push({ path: FACT_PATHS[key], before, after, source, label })
}

function clauseRef(label: string): string | null {
  const m = /第?\s*(\d+(?:\.\d+)*)\s*(?:条|项|款|点)?\s*$/.exec(halfWidth(label).replace(/[:：\s]+$/, ''))
  return m ? m[1] : null
}

function applyStatementToRequirement(
  st: AmendState,
  label: string,
  before: string | null,
  after: string,
  source: Source,
): boolean {
  const ref = clauseRef(label)
  let i = ref ? st.requirements.findIndex((r) => r.clause === ref) : -1
  if (i < 0 && before)
    i = st.requirements.findIndex(
      (r) => squash(r.text).includes(squash(before)) || squash(before).includes(squash(r.text)),
    )
  if (i < 0) return false
  const old = st.requirements[i]
  const bare = after.trim().replace(/^[★▲]\s*/, '')
  const was = before?.trim().replace(/^[★▲]\s*/, '') ?? ''
  const text = was && old.text.includes(was) ? old.text.replace(was, bare) : bare
  const star = /^[★▲]/.test(after.trim()) ? (after.trim()[0] as '★' | '▲') : old.star
  st.requirements[i] = { ...old, text, star, source }
  st.changes.push({ path: `requirements[${i}].text`, before: old.text, after: text, source, label })
  return true
}

/** Lines that state the old value are dropped and "现/更正后的" prefixes removed, so the facts read are the new ones. */
function newValuesOnly(doc: TenderDocument): TenderDocument {
  const strip = (t: string) =>
    t
      .split('\n')
      .filter((line) => !/^\s*(?:原|更正前|变更前|修改前)/.test(halfWidth(line)))
      .map((line) => line.replace(/^(\s*)(?:现|更正后的?|变更后的?|修改后的?|调整后的?)/, '$1'))
      .join('\n')
  return { ...doc, blocks: doc.blocks.map((b) => (b.kind === 'p' ? { ...b, text: strip(b.text) } : b)) }
}

/** The project number an amendment names ("原公告的采购项目编号：X", "项目编号：X"), if any. */
function statedNumber(all: Located[]): string | null {
  for (const l of all) {
    if (l.block.kind !== 'p') continue
    const m =
      /(?:项目|采购|招标|磋商)?(?:项目)?编号\s*[:：]\s*([A-Za-z0-9][A-Za-z0-9\-_[\]〔〕()（）/.]*)/.exec(
        halfWidth(l.block.text),
      )
    if (m) return m[1]
  }
  return null
}

export function applyAmendment(st: AmendState, doc: TenderDocument): void {
  const all: Located[] = locate(doc)
  const number = statedNumber(all)
  const current = typeof st.facts.number === 'string' ? st.facts.number : null
  if (number && current && squash(number) !== squash(halfWidth(current))) {
    st.warnings.push({
      path: 'changes',
      zh: `“${doc.file}”的项目编号为 ${number}，与招标文件的 ${current} 不同，不是同一项目的更正公告，已忽略`,
      en: `"${doc.file}" names project number ${number}, not the tender's ${current}: not an amendment of this tender; ignored`,
    })
    return
  }
  const touched = new Set<FactKey>()
  for (const s of changeStatementsOf(all)) {
    const keys = keysOfLabel(s.label)
    if (keys.length > 0) {
      const values = valuesFromText(keys, s.after, s.label)
      for (const [k, v] of Object.entries(values) as [FactKey, FactValue][]) {
        if (!keys.includes(k) && touched.has(k)) continue
        const wasStated = s.before ? valuesFromText([k], s.before, s.label)[k] : undefined
        const current = st.facts[k]
        if (wasStated != null && current != null && !sameValue(wasStated, current)) {
          const [zh, en] = FACT_NAMES[k]
          st.warnings.push({
            path: FACT_PATHS[k],
            zh: `${doc.file}称${zh}原为“${showValue(k, wasStated)}”，但此前读到的是“${showValue(k, current)}”，请核对`,
            en: `${doc.file} says the ${en} was "${showValue(k, wasStated)}", but the earlier value read was "${showValue(k, current)}"; please check`,
          })
        }
        setFact(st, k, v, s.source, s.label)
        touched.add(k)
      }
      if (Object.keys(values).length > 0) continue
    }
    if (applyStatementToRequirement(st, s.label, s.before, s.after, s.source)) continue
    st.changes.push({ path: 'other', before: s.before, after: s.after, source: s.source, label: s.label })
  }
  // New values stated as plain "label：value" lines (a notice that restates the deadline rather than saying "由…改为…").
  const restated = factCandidates(locate(newValuesOnly(doc))).filter(
    (c) => c.rank <= 2 && !touched.has(c.key),
  )
  const firstOf = new Map<FactKey, (typeof restated)[number]>()
  for (const c of restated) if (!firstOf.has(c.key)) firstOf.set(c.key, c)
  for (const c of firstOf.values()) setFact(st, c.key, c.value, c.source, c.where)
  const scoring = scoringOf(all)
  if (scoring) {
    const before = st.scoring
      ? `${st.scoring.summary.items.length}项，共${st.scoring.summary.totalPoints}分`
      : null
    st.changes.push({
      path: 'scoring',
      before,
      after: `${scoring.summary.items.length}项，共${scoring.summary.totalPoints}分`,
      source: scoring.source,
      label: '评分标准',
    })
    st.scoring = scoring
  }
}
