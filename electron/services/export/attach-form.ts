import type { FormScan } from '@shared/contract/export'
import { badQtyChoices, matchFormsToSections } from '@shared/domain/blanks'
import { AppError } from '@shared/errors'
import { newId, type Bid, type BuyerFormFile } from '@shared/schemas'
import type { WorkspaceSession } from '@services/store'
import { scanFormForBid } from './use-case'

/**
 * The buyer's own forms kept with the bid (bid.buyerForms), for the full 投标文件 export: attach a file (checked by
 * the import guard in the import worker, stored once by its hash), say which section each of its forms is printed
 * instead of and how its blanks are filled, replace or remove it. The app (IPC), the API and the CLI (`export
 * attach-form|map-form|detach-form`) all come here.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Form index (0-based, in the file's order) → section id, or null: not printed. */
export type FormSections = Record<number, string | null>

export interface AttachFormInput {
  bidId: string
  name: string
  data: Buffer
  /** The user's mapping; forms not named here are matched to sections by their titles. */
  sections?: FormSections
  overrides?: Record<string, string | null>
}

export interface AttachFormResult {
  entry: BuyerFormFile
  scan: FormScan
  updatedAt: string
  /** Earlier attachments whose forms the new file took over entirely (removed from the bid). */
  replaced: string[]
}

/** A quantity choice that is not one is refused before the file or the bid is touched. */
function checkOverrides(overrides: Record<string, string | null> | undefined): void {
  const bad = badQtyChoices(overrides)
  if (bad) throw new AppError('VALIDATION', bad)
}

function checkSections(bid: Bid, sections: FormSections, forms: number): void {
  for (const [k, id] of Object.entries(sections)) {
    const i = Number(k)
    if (!Number.isInteger(i) || i < 0 || i >= forms)
      throw new AppError('VALIDATION', {
        zh: `表单序号 ${Number(k) + 1} 不存在（文件中有 ${forms} 个表单）`,
        en: `there is no form ${Number(k) + 1} (the file holds ${forms} forms)`,
      })
    if (id !== null && !bid.sections.some((s) => s.id === id))
      throw new AppError('VALIDATION', {
        zh: `投标中没有章节 ${id}`,
        en: `the bid has no section ${id}`,
      })
  }
}

/**
 * The bid's attachments with `entry` in place (or added last) and the sections it prints taken from the others;
 * `replaced` names the others left printing nothing (a newer file of the same forms).
 */
function withEntry(bid: Bid, entry: BuyerFormFile): { list: BuyerFormFile[]; replaced: string[] } {
  const taken = new Set(entry.forms.map((f) => f.sectionId).filter((s): s is string => !!s))
  const replaced: string[] = []
  const list = bid.buyerForms.map((e) => {
    if (e.id === entry.id) return entry
    const forms = e.forms.map((f) => (f.sectionId && taken.has(f.sectionId) ? { ...f, sectionId: null } : f))
    if (e.forms.some((f) => f.sectionId) && !forms.some((f) => f.sectionId)) replaced.push(e.id)
    return { ...e, forms }
  })
  if (!list.includes(entry)) list.push(entry)
  return { list, replaced }
}

export async function attachBuyerForm(
  ws: WorkspaceSession,
  input: AttachFormInput,
  now = new Date(),
): Promise<AttachFormResult> {
  checkOverrides(input.overrides)
  const bid = await ws.get('bids', input.bidId)
  // Untrusted: the guard and the parse run in the import worker before anything is stored.
  const scan = await scanFormForBid(ws, bid.id, input.data, '正本', input.overrides)
  if (scan.forms.length === 0)
    throw new AppError('VALIDATION', {
      zh: `“${input.name}”中没有可打印的表单内容`,
      en: `"${input.name}" holds no form to print`,
    })
  checkSections(bid, input.sections ?? {}, scan.forms.length)
  const matched = matchFormsToSections(
    scan.forms.map((f) => f.title),
    bid.sections,
  )
  const file = await ws.putFile(input.data, input.name, DOCX_MIME)
  const entry: BuyerFormFile = {
    id: newId('bf'),
    file,
    forms: scan.forms.map((f, i) => ({
      title: f.title,
      sectionId: Object.hasOwn(input.sections ?? {}, i) ? input.sections![i] : matched[i].sectionId,
    })),
    overrides: input.overrides ?? {},
    attachedAt: now.toISOString(),
  }
  // Two forms of one file for one section: the first keeps it.
  const seen = new Set<string>()
  entry.forms = entry.forms.map((f) => {
    if (!f.sectionId) return f
    if (seen.has(f.sectionId)) return { ...f, sectionId: null }
    seen.add(f.sectionId)
    return f
  })
  const { list, replaced } = withEntry(bid, entry)
  const saved = await ws.save(
    'bids',
    { ...bid, buyerForms: list.filter((e) => !replaced.includes(e.id)) },
    { expectedUpdatedAt: bid.updatedAt },
  )
  return { entry, scan, updatedAt: saved.updatedAt, replaced }
}

function entryOf(bid: Bid, id: string): BuyerFormFile {
  const e = bid.buyerForms.find((x) => x.id === id)
  if (!e)
    throw new AppError('NOT_FOUND', {
      zh: `投标中没有招标方表单 ${id}`,
      en: `the bid has no buyer's form ${id}`,
    })
  return e
}

/** Changes which section each form of an attached file replaces, and the blanks' choices. */
export async function mapBuyerForm(
  ws: WorkspaceSession,
  input: { bidId: string; id: string; sections?: FormSections; overrides?: Record<string, string | null> },
): Promise<{ entry: BuyerFormFile; updatedAt: string }> {
  checkOverrides(input.overrides)
  const bid = await ws.get('bids', input.bidId)
  const old = entryOf(bid, input.id)
  checkSections(bid, input.sections ?? {}, old.forms.length)
  const entry: BuyerFormFile = {
    ...old,
    forms: old.forms.map((f, i) =>
      Object.hasOwn(input.sections ?? {}, i) ? { ...f, sectionId: input.sections![i] } : f,
    ),
    overrides: input.overrides ?? old.overrides,
  }
  const ids = entry.forms.map((f) => f.sectionId).filter(Boolean)
  if (new Set(ids).size !== ids.length)
    throw new AppError('VALIDATION', {
      zh: '同一章节只能由一个表单代替',
      en: 'a section can be replaced by one form only',
    })
  const { list } = withEntry(bid, entry)
  const saved = await ws.save('bids', { ...bid, buyerForms: list }, { expectedUpdatedAt: bid.updatedAt })
  return { entry, updatedAt: saved.updatedAt }
}

/** The blanks of an attached file as the full export fills them (its saved choices applied), for the chooser. */
export async function attachedFormBlanks(
  ws: WorkspaceSession,
  input: { bidId: string; id: string },
): Promise<FormScan> {
  const bid = await ws.get('bids', input.bidId)
  const entry = entryOf(bid, input.id)
  const data = await ws.readFile(entry.file.sha256).catch(() => {
    throw new AppError('NOT_FOUND', {
      zh: `投标所附招标方表单“${entry.file.name}”的文件缺失，请重新上传`,
      en: `the file of the attached buyer's form "${entry.file.name}" is missing: attach it again`,
    })
  })
  return scanFormForBid(ws, bid.id, data, '正本', entry.overrides)
}

/** Removes an attached file from the bid: its sections print their standard forms again. */
export async function detachBuyerForm(
  ws: WorkspaceSession,
  input: { bidId: string; id: string },
): Promise<{ updatedAt: string }> {
  const bid = await ws.get('bids', input.bidId)
  entryOf(bid, input.id)
  const saved = await ws.save(
    'bids',
    { ...bid, buyerForms: bid.buyerForms.filter((e) => e.id !== input.id) },
    { expectedUpdatedAt: bid.updatedAt },
  )
  return { updatedAt: saved.updatedAt }
}
