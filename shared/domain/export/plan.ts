import type { Bid, PartKind, Section } from '@shared/schemas'
import { hasPart, type BidPart } from './rows-parts'
import type { DocumentLayout } from './form-template'

export interface PlannedPart {
  /**
   * 'form': a form the bid model asks for that no section names (联合体协议书, 中小企业声明函, 残疾人福利性单位声明函,
   * 监狱企业证明文件, 主要人员表).
   */
  kind: 'front' | 'section' | 'form'
  /** Form to render, or null for a section written from its own text. */
  formKey: string | null
  section: Section | null
  title: string
  /** For a 'form' part: the part of the 投标文件 it is printed in. */
  partKind?: PartKind
}

/**
 * Forms printed because the bid has the part, where the tender's section list has no place for them: after the
 * last section of their part (资格 for the consortium agreement, 商务 for the SME declaration and the key staff).
 * A section that already prints one (by form, or by a title naming it) keeps it in the tender's order instead.
 */
export const PART_FORMS: readonly { formKey: string; part: BidPart; kind: PartKind; names: string[] }[] = [
  { formKey: '联合体协议书', part: 'consortium', kind: '资格', names: ['联合体协议', '联合体共同投标协议'] },
  { formKey: '中小企业声明函', part: 'sme', kind: '商务', names: ['中小企业声明函'] },
  {
    formKey: '残疾人福利性单位声明函',
    part: 'welfare',
    kind: '商务',
    names: ['残疾人福利性单位声明函'],
  },
  { formKey: '监狱企业证明文件', part: 'prison', kind: '商务', names: ['监狱企业'] },
  {
    formKey: '主要人员表',
    part: 'keyStaff',
    kind: '商务',
    names: ['主要人员', '项目管理机构', '拟派人员', '项目团队'],
  },
]

const KIND_ORDER: readonly PartKind[] = ['资格', '商务', '技术', '报价', '其他']

function insertPartForms(bid: Bid, parts: PlannedPart[], hasForm: (key: string) => boolean): void {
  for (const f of PART_FORMS) {
    if (!hasPart(bid, f.part) || !hasForm(f.formKey)) continue
    const named = bid.sections.some(
      (s) => s.formKey === f.formKey || f.names.some((n) => (s.title || '').includes(n)),
    )
    if (named) continue
    const rank = KIND_ORDER.indexOf(f.kind)
    let at = -1
    parts.forEach((p, i) => {
      if (p.section && KIND_ORDER.indexOf(p.section.kind) <= rank) at = i
    })
    const planned: PlannedPart = {
      kind: 'form',
      formKey: f.formKey,
      section: null,
      title: f.formKey,
      partKind: f.kind,
    }
    // After the last section of its part or of an earlier one (and the forms already placed there); at the end of
    // the front matter when there is none.
    let pos = at >= 0 ? at + 1 : parts.filter((p) => p.kind === 'front').length
    while (parts[pos]?.kind === 'form' && KIND_ORDER.indexOf(parts[pos].partKind!) <= rank) pos++
    parts.splice(pos, 0, planned)
  }
}

export interface DocumentPlan {
  parts: PlannedPart[]
  /** Sections whose formKey names no template: written from their own text instead. */
  unknownForms: { sectionId: string; formKey: string }[]
  /** Sections that duplicate a front form (a 封面 or 目录 section): written once, at the front. */
  mergedIntoFront: string[]
}

/**
 * The order of the 投标文件: the front forms (cover, table of contents), then the bid's sections exactly in the order
 * of bid.sections, which is the order the tender mandates (DOMAIN.md C09 checks it; the exporter never reorders).
 */
export function planDocument(
  bid: Bid,
  layout: DocumentLayout,
  hasForm: (key: string) => boolean,
): DocumentPlan {
  const parts: PlannedPart[] = []
  const unknownForms: DocumentPlan['unknownForms'] = []
  const mergedIntoFront: string[] = []
  for (const key of layout.front) {
    if (hasForm(key)) parts.push({ kind: 'front', formKey: key, section: null, title: key })
    else unknownForms.push({ sectionId: '', formKey: key })
  }
  for (const s of bid.sections) {
    if (s.formKey && layout.front.includes(s.formKey)) {
      mergedIntoFront.push(s.id)
      continue
    }
    let formKey = s.formKey
    if (formKey && !hasForm(formKey)) {
      unknownForms.push({ sectionId: s.id, formKey })
      formKey = null
    }
    parts.push({ kind: 'section', formKey, section: s, title: s.title || s.formKey || '' })
  }
  insertPartForms(bid, parts, hasForm)
  return { parts, unknownForms, mergedIntoFront }
}
