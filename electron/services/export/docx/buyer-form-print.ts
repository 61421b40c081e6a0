import JSZip from 'jszip'
import { formDataOf, isFormTitleOf, itemTotals } from '@shared/domain/blanks'
import { printedTable, type BuyerFormSlot, type PrintedField } from '@shared/domain/export'
import { AppError } from '@shared/errors'
import type { Bid, BuyerFormFile } from '@shared/schemas'
import { readAttachmentFrom } from './assemble'
import { fillBuyerFormBytes } from './buyer-form'
import { formBody, type FormBody } from './form-body'
import { readDocXml } from './form-xml'
import type { CarriedPart } from './form-media'
import { paragraphTexts } from './ooxml-text'

/**
 * The buyer's forms attached to a bid (bid.buyerForms), filled from the same values as the rest of the print and
 * cut into their forms, for the full 投标文件: each mapped form becomes the print model's slot of its section (the
 * checks read its filled text) and its body the WordprocessingML printed there instead of our standard form.
 */
export interface PreparedBuyerForms {
  /** By section id. */
  slots: Record<string, BuyerFormSlot>
  /** Slot formId → the blocks printed under the part's heading. */
  bodies: Map<string, string>
  /** The relationships and media parts the printed forms' pictures need (form-media.ts). */
  parts: CarriedPart[]
}

export interface PrepareOptions {
  bid: Bid
  workspaceDir: string
  /** The print's placeholder values (PrintModel.values): the forms say what the rest of the 投标文件 says. */
  values: Record<string, string>
  sources?: Record<string, string>
}

/** The stored file of an attachment, filled and read into its forms (the import guard checks it on the way). */
export async function filledFormBody(
  entry: BuyerFormFile,
  workspaceDir: string,
  values: Record<string, string>,
  sources: Record<string, string> = {},
  bid?: Bid,
  /** Unique per file in one package: the pictures' relationship ids and media names start with it. */
  prefix = 'bf',
) {
  const input = await readAttachmentFrom(workspaceDir, entry.file)
  if (!input)
    throw new AppError('NOT_FOUND', {
      zh: `投标所附招标方表单“${entry.file.name}”的文件缺失（files/${entry.file.sha256.slice(0, 12)}…），请重新上传`,
      en: `the file of the attached buyer's form "${entry.file.name}" is missing (files/${entry.file.sha256.slice(0, 12)}…): attach it again`,
    })
  const filled = await fillBuyerFormBytes({
    input,
    values,
    overrides: entry.overrides,
    sources,
    data: bid ? formDataOf(bid) : undefined,
    allowUnknown: true,
  })
  const zip = await JSZip.loadAsync(filled.bytes)
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null)
  const body: FormBody = formBody({
    document: (await text('word/document.xml')) ?? '',
    styles: await text('word/styles.xml'),
    numbering: await text('word/numbering.xml'),
    theme: await text('word/theme/theme1.xml'),
    rels: await text('word/_rels/document.xml.rels'),
    prefix,
  })
  const types = (await text('[Content_Types].xml')) ?? ''
  const parts: CarriedPart[] = []
  for (const rel of body.rels) {
    const media = rel.source ? zip.file(rel.source) : null
    if (rel.external) parts.push(rel)
    else if (media)
      parts.push({
        ...rel,
        bytes: await media.async('uint8array'),
        contentType: contentTypeOf(types, rel.source!),
      })
  }
  return { body, blanks: filled.blanks, parts }
}

/** A part's content type as the buyer's package declares it (Override, else Default by extension). */
function contentTypeOf(types: string, part: string): string | undefined {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
  const ext = part.split('.').pop()?.toLowerCase()
  let byExt: string | undefined
  for (const m of types.matchAll(/<(?:Override|Default)\s[^>]*>/g)) {
    if (attr(m[0], 'PartName') === `/${part}`) return attr(m[0], 'ContentType')
    if (attr(m[0], 'Extension')?.toLowerCase() === ext) byExt = attr(m[0], 'ContentType')
  }
  return byExt
}

export async function prepareBuyerForms(opts: PrepareOptions): Promise<PreparedBuyerForms> {
  const out: PreparedBuyerForms = { slots: {}, bodies: new Map(), parts: [] }
  const sections = new Map(opts.bid.sections.map((s) => [s.id, s]))
  for (const [n, entry] of opts.bid.buyerForms.entries()) {
    if (!entry.forms.some((f) => f.sectionId && sections.has(f.sectionId))) continue
    const { body, blanks, parts } = await filledFormBody(
      entry,
      opts.workspaceDir,
      opts.values,
      opts.sources,
      opts.bid,
      `bf${n + 1}`,
    )
    const printed: string[] = []
    entry.forms.forEach((f, i) => {
      const section = f.sectionId ? sections.get(f.sectionId) : undefined
      const form = body.forms[i]
      // A section takes the first form mapped to it; the file changed under the mapping: nothing is guessed.
      if (!section || !form || out.slots[section.id]) return
      const blocks = [...form.blocks]
      // Read before the title line goes: the form's title tells an item table from a summary.
      const totals = itemTotals(readDocXml(blocks.join('')).doc)
      // The form's own title line gives way to the part's heading (one title, listed in the 目录).
      const firstText = blocks.findIndex((b) => paragraphTexts(b).some((t) => t.trim() !== ''))
      // Pictures above it (the buyer's logo) stay; empty lines above it go with it.
      if (
        firstText >= 0 &&
        blocks[firstText].startsWith('<w:p') &&
        isFormTitleOf(form.title, section.title)
      ) {
        const above = blocks.slice(0, firstText).filter((b) => /<(?:w:drawing|w:pict)[\s>]/.test(b))
        blocks.splice(0, firstText + 1, ...above)
      }
      const formId = `${entry.id}#${i}`
      const xml = blocks.join('')
      const end = form.firstParagraph + form.paragraphCount
      const fields: PrintedField[] = blanks
        .filter(
          (b) =>
            b.status === 'filled' &&
            b.key &&
            !b.part &&
            b.paragraph >= form.firstParagraph &&
            b.paragraph < end,
        )
        .map((b) => ({
          key: b.key!,
          value: b.value ?? '',
          field: opts.sources?.[b.key!] ?? 'generated',
          doc: 'bid' as const,
          ...(b.unit ? { unit: b.unit } : {}),
        }))
      out.bodies.set(formId, xml)
      printed.push(xml)
      out.slots[section.id] = {
        formId,
        name: `${entry.file.name} · ${form.title}`,
        paragraphs: paragraphTexts(xml).filter((t) => t.trim() !== ''),
        tables: readDocXml(xml).doc.tables.map((t, k) => printedTable(k, t.rows)),
        totals,
        fields,
      }
    })
    // Only what the printed forms point at: a picture of a form left out of the print stays out of the package.
    const all = printed.join('')
    out.parts.push(...parts.filter((p) => all.includes(`="${p.id}"`)))
  }
  return out
}
