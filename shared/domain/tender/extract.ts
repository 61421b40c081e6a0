import { applyAmendment, type AmendState, type TenderChange } from './amend'
import { isAmendment, locate } from './chapters'
import type { TenderDocument } from './document'
import { factCandidates, type Source } from './facts'
import { formsOf, type TenderForm } from './forms'
import type { FactKey } from './labels'
import {
  buildProject,
  categoryOfProject,
  coverCandidates,
  FACT_PATHS,
  lotsOf,
  type TenderProject,
} from './project'
import type { TenderRequirement } from './requirements'
import { requirementsOf } from './requirements'
import { resolveFacts, type Warning } from './resolve'
import { scoringOf, type TenderScoring } from './scoring'
import { vetoClausesOf, type VetoClause } from './veto'

/** What `tender import` returns: every value with the place it came from. */
export interface TenderImport {
  project: TenderProject
  requirements: TenderRequirement[]
  scoring: TenderScoring['summary'] | null
  vetoClauses: VetoClause[]
  forms: TenderForm[]
  changes: TenderChange[]
  sources: Record<string, Source>
  warnings: Warning[]
  files: { file: string; format: 'docx' | 'pdf'; role: 'tender' | 'amendment'; pages?: number }[]
}

/**
 * Reads the tender (the first document) and applies the amendments after it in order. Pure: the documents are
 * already blocks (electron/services/tender reads .docx and PDF into them).
 */
export function extractTender(docs: TenderDocument[]): TenderImport {
  if (docs.length === 0) throw new Error('extractTender: no document')
  const [base, ...amendments] = docs
  const all = locate(base)
  const warnings: Warning[] = []
  const resolved = resolveFacts([...factCandidates(all), ...coverCandidates(base, all)], (k) => FACT_PATHS[k])
  warnings.push(...resolved.warnings)
  const found = requirementsOf(all)
  const state: AmendState = {
    facts: { ...resolved.values },
    factSources: { ...resolved.sources },
    requirements: found,
    scoring: scoringOf(all),
    changes: [],
    warnings,
  }
  if (isAmendment(base)) {
    warnings.push({
      zh: `第一个文件“${base.file}”看起来是更正/澄清公告；招标文件应放在最前，更正公告放在其后`,
      en: `the first file "${base.file}" looks like an amendment notice; give the tender first and its amendments after it`,
    })
  }
  for (const doc of amendments) applyAmendment(state, doc)
  const { lots, source: lotSource } = lotsOf(all)
  const project = buildProject(
    state.facts,
    categoryOfProject(all, (state.facts.name as string) ?? null),
    lots,
  )
  const sources: Record<string, Source> = {}
  inferEvaluation(project, state, sources)
  for (const [k, s] of Object.entries(state.factSources) as [FactKey, Source][]) {
    if (k === 'copies') {
      sources['project.copies.original'] = s
      sources['project.copies.duplicates'] = s
    } else sources[FACT_PATHS[k]] = s
  }
  if (lotSource) sources['project.lots'] = lotSource
  state.requirements.forEach((r, i) => (sources[`requirements[${i}]`] = r.source))
  if (state.scoring) sources.scoring = state.scoring.source
  const vetoClauses = vetoClausesOf(all)
  const forms = formsOf(all)
  vetoClauses.forEach((v, i) => (sources[`vetoClauses[${i}]`] = v.source))
  forms.forEach((f, i) => (sources[`forms[${i}]`] = f.source))
  warnings.push(...missingWarnings(project, state.scoring, forms))
  return {
    project,
    requirements: state.requirements.map(({ clause, text, star, category }) => ({
      clause,
      text,
      star,
      category,
    })),
    scoring: state.scoring?.summary ?? null,
    vetoClauses,
    forms,
    changes: state.changes,
    sources,
    warnings,
    files: docs.map((d, i) => ({
      file: d.file,
      format: d.format,
      role: i === 0 ? 'tender' : 'amendment',
      ...(d.pageCount != null ? { pages: d.pageCount } : {}),
    })),
  }
}

/**
 * A 磋商文件 rarely names its method in words: 竞争性磋商 is scored by law (财库〔2014〕214号 第二十三条), and a
 * scoring table with points beside the price is a 综合评分法 whatever the chapter is called.
 */
function inferEvaluation(
  project: TenderProject,
  state: {
    facts: Partial<Record<FactKey, unknown>>
    factSources: Partial<Record<FactKey, Source>>
    scoring: TenderScoring | null
  },
  sources: Record<string, Source>,
): void {
  if (project.evaluation != null) return
  if (project.method === '竞争性磋商') {
    project.evaluation = '综合评分法'
    const s = state.factSources.method
    if (s) sources['project.evaluation'] = s
  } else if (state.scoring) {
    project.evaluation = '综合评分法'
    sources['project.evaluation'] = state.scoring.source
  }
}

function missingWarnings(p: TenderProject, scoring: TenderScoring | null, forms: TenderForm[]): Warning[] {
  const out: Warning[] = []
  const need: [unknown, string, string, string][] = [
    [p.name, 'project.name', '项目名称', 'project name'],
    [p.number, 'project.number', '项目编号', 'project number'],
    [p.buyer, 'project.buyer', '采购人', 'buyer'],
    [p.deadline, 'project.deadline', '投标截止时间', 'submission deadline'],
  ]
  for (const [v, path, zh, en] of need) {
    if (v == null) out.push({ path, zh: `未找到${zh}，请手动填写`, en: `no ${en} found; fill it in by hand` })
  }
  if (p.deadline && !p.deadline.includes('T'))
    out.push({
      path: 'project.deadline',
      zh: '投标截止时间只有日期，没有具体时刻',
      en: 'the submission deadline has a date but no time',
    })
  if (p.evaluation === '综合评分法' && !scoring)
    out.push({
      path: 'scoring',
      zh: '综合评分法但未找到评分标准表',
      en: 'scored evaluation (综合评分法) but no scoring table found',
    })
  if (forms.length === 0)
    out.push({
      path: 'forms',
      zh: '未找到投标文件格式章节中的表单',
      en: 'no response forms found (投标文件格式 chapter)',
    })
  return out
}
