import { documentTitle, type Located } from './chapters'
import { excerptOf, halfWidth, rowLine, rowTexts, squash, type TenderDocument } from './document'
import { AS_DEADLINE, AS_SUBMIT_PLACE, evaluationOf, METHODS, type FactValue } from './fact-values'
import { sourceOf, type FactCandidate, type Source } from './facts'
import type { FactKey } from './labels'
import { findAmounts, unitHintOf } from './money'

/** The project facts as the import returns them (null where the document states nothing). */
export interface TenderProject {
  name: string | null
  number: string | null
  buyer: string | null
  agency: string | null
  budget: number | null
  ceiling: number | null
  deadline: string | null
  opening: string | null
  openingPlace: string | null
  /** Where the sealed 投标文件 is delivered (often not the opening room). */
  submitPlace: string | null
  bond: { amount: number | null; form: string[]; deadline: string | null }
  validityDays: number | null
  copies: { original: number | null; duplicates: number | null; electronic: boolean }
  method: string | null
  evaluation: string | null
  /** 货物 / 服务 / 工程, from the title and the words of the document. */
  category: '货物' | '服务' | '工程'
  lots: { no: string; name: string; budget: number | null }[]
}

export const FACT_PATHS: Record<FactKey, string> = {
  name: 'project.name',
  number: 'project.number',
  buyer: 'project.buyer',
  agency: 'project.agency',
  budget: 'project.budget',
  ceiling: 'project.ceiling',
  deadline: 'project.deadline',
  opening: 'project.opening',
  openingPlace: 'project.openingPlace',
  submitPlace: 'project.submitPlace',
  'bond.amount': 'project.bond.amount',
  'bond.form': 'project.bond.form',
  'bond.deadline': 'project.bond.deadline',
  validityDays: 'project.validityDays',
  copies: 'project.copies',
  method: 'project.method',
  evaluation: 'project.evaluation',
}

export function buildProject(
  values: Partial<Record<FactKey, FactValue>>,
  category: TenderProject['category'],
  lots: TenderProject['lots'],
): TenderProject {
  const str = (k: FactKey) => (typeof values[k] === 'string' ? (values[k] as string) : null)
  const opening = str('opening') === AS_DEADLINE ? str('deadline') : str('opening')
  const num = (k: FactKey) => (typeof values[k] === 'number' ? (values[k] as number) : null)
  const copies = values.copies as TenderProject['copies'] | undefined
  return {
    name: str('name'),
    number: str('number'),
    buyer: str('buyer'),
    agency: str('agency'),
    budget: num('budget'),
    ceiling: num('ceiling'),
    deadline: str('deadline'),
    opening,
    openingPlace: str('openingPlace') === AS_SUBMIT_PLACE ? str('submitPlace') : str('openingPlace'),
    submitPlace: str('submitPlace'),
    bond: {
      amount: num('bond.amount'),
      form: Array.isArray(values['bond.form']) ? (values['bond.form'] as string[]) : [],
      deadline: str('bond.deadline') === AS_DEADLINE ? str('deadline') : str('bond.deadline'),
    },
    validityDays: num('validityDays'),
    copies: copies ?? { original: null, duplicates: null, electronic: false },
    method: str('method'),
    evaluation: str('evaluation'),
    category,
    lots,
  }
}

const TITLE_SUFFIX =
  /(?:公开)?(?:招标文件|竞争性磋商文件|磋商文件|竞争性谈判文件|谈判文件|询价(?:采购)?文件|采购文件|单一来源采购文件)$/

/** A cover line that is only the document's kind ("施 工 招 标 文 件", "竞争性磋商文件"). */
const KIND_LINE = new RegExp(`^[^:：]{0,8}${TITLE_SUFFIX.source}`)

/** Facts only the cover says: the project name above "招标文件", the method in the document's own name. */
export function coverCandidates(doc: TenderDocument, all: Located[]): FactCandidate[] {
  const out: FactCandidate[] = []
  const title = documentTitle(doc)
  const first = all.find((l) => l.block.kind === 'p' && l.block.text.trim() !== '')
  const src: Source = first
    ? sourceOf(first, excerptOf(title.split('\n').slice(0, 3).join(' ')))
    : { file: doc.file, chapter: '', paragraph: 1, excerpt: '' }
  const lines = title.split('\n').map((t) => squash(t))
  const nameLine =
    lines.find((t) => /项目/.test(t) && !/编号|[:：]/.test(t) && t.length <= 60) ??
    // The line right above the document's kind ("…改造工程" over "施 工 招 标 文 件").
    lines.find((t, i) => !/[:：]/.test(t) && t.length <= 60 && KIND_LINE.test(lines[i + 1] ?? ''))
  if (nameLine) {
    const name = nameLine.replace(TITLE_SUFFIX, '')
    if (name.length >= 4) out.push({ key: 'name', value: name, rank: 4, where: '封面', source: src })
  }
  // The standard 施工/货物 招标公告: "本招标项目XX已由XX批准建设".
  for (const l of all.slice(0, 200)) {
    const m = l.block.kind === 'p' ? /本招标项目\s*(\S.{2,58}?)\s*已由/.exec(l.block.text) : null
    if (m && l.block.kind === 'p')
      out.push({
        key: 'name',
        value: m[1],
        rank: 3,
        where: l.chapter,
        source: sourceOf(l, excerptOf(l.block.text)),
      })
  }
  const head = squash(title)
  const method = /竞争性磋商|磋商文件/.test(head)
    ? '竞争性磋商'
    : /竞争性谈判|谈判文件/.test(head)
      ? '竞争性谈判'
      : /询价/.test(head)
        ? '询价'
        : /单一来源/.test(head)
          ? '单一来源'
          : /投标邀请书/.test(all.find((l) => l.chapterKind === 'notice')?.chapter ?? '') &&
              all.some((l) => l.block.kind === 'p' && /邀请(?:你|贵)(?:单位|公司)/.test(l.block.text))
            ? '邀请招标'
            : METHODS.find((m) =>
                all.some(
                  (l) => l.chapterKind === 'notice' && l.block.kind === 'p' && l.block.text.includes(m),
                ),
              )
  if (method) out.push({ key: 'method', value: method, rank: 4, where: '封面', source: src })
  const evalText = all.find(
    (l) => l.chapterKind === 'evaluation' && l.block.kind === 'p' && evaluationOf(l.block.text),
  )
  if (evalText && evalText.block.kind === 'p')
    out.push({
      key: 'evaluation',
      value: evaluationOf(evalText.block.text)!,
      rank: 4,
      where: evalText.chapter,
      source: sourceOf(evalText, excerptOf(evalText.block.text)),
    })
  return out
}

export function categoryOfProject(all: Located[], name: string | null): TenderProject['category'] {
  const text =
    squash(name ?? '') +
    squash(
      all
        .slice(0, 120)
        .map((l) => (l.block.kind === 'p' ? l.block.text : ''))
        .join(''),
    )
  const declared = /采购(?:项目)?(?:类别|品目)[:：]?(货物|服务|工程)类?/.exec(text)
  if (declared) return declared[1] as TenderProject['category']
  if (/施工(?:总承包)?(?:招标|磋商|谈判|采购)文件|施工招标(?:公告|条件)/.test(text)) return '工程'
  const n = squash(name ?? '')
  if (/施工|安装工程|改造工程|装修|土建|工程$/.test(n)) return '工程'
  if (/服务|运维|维保|物业|咨询|监理|设计|审计|保洁|安保|培训|租赁/.test(n)) return '服务'
  return '货物'
}

/** Lots from a table whose header names the 包号/标段 and a name column. */
export function lotsOf(all: Located[]): { lots: TenderProject['lots']; source: Source | null } {
  for (const l of all) {
    const b = l.block
    if (b.kind !== 'table' || l.chapterKind === 'forms') continue
    const rows = b.rows.map(rowTexts)
    const head = rows[0]?.map((c) => squash(c)) ?? []
    const no = head.findIndex((c) => /^(?:包号|包件号|标段号?|分包号?|采购包(?:号)?|包别|标包)$/.test(c))
    const name = head.findIndex((c, i) => i !== no && /名称|内容/.test(c))
    if (no < 0 || name < 0) continue
    const money = head.findIndex((c) => /预算|限价|金额/.test(c))
    const hint = money >= 0 ? unitHintOf(rows[0][money]) : null
    const lots = rows
      .slice(1)
      .filter((r) => (r[no] ?? '').trim() !== '' && !/合计|总计/.test(r[no]))
      .map((r) => ({
        no: halfWidth(r[no]).trim(),
        name: (r[name] ?? '').trim(),
        budget: money >= 0 ? (findAmounts(r[money] ?? '', hint ?? '元')[0]?.yuan ?? null) : null,
      }))
    if (lots.length > 0) return { lots, source: sourceOf(l, excerptOf(rowLine(b.rows[0]))) }
  }
  return { lots: [], source: null }
}
