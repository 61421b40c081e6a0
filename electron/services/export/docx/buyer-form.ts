import * as fs from 'node:fs/promises'
import { PatchType, TextRun, patchDocument } from 'docx'
import JSZip from 'jszip'
import { PLACEHOLDER_RE } from '@shared/domain/export'
import { AppError } from '@shared/errors'
import { xmlSafe } from '@shared/xml-text'
import { guardOfficeZip } from '@services/import/guard'
import { writeFileAtomic } from '../atomic'
import { finalizeOfficePackage } from '../ooxml-package'
import type { BlankFill, FormData } from '@shared/domain/blanks'
import { fillBlanks } from './form-blanks'
import { formBody } from './form-body'
import { docxText, scanDocxPlaceholders, type PlaceholderHit } from './ooxml-text'

export interface FillBuyerFormOptions {
  /** The buyer's .docx (untrusted: checked by the import guard before anything parses it). */
  input: Buffer
  /** Placeholder values (resolvePlaceholders gives both Chinese and English keys). */
  values: Record<string, string>
  out: string
  /** Fill what is known and leave unknown placeholders visible instead of refusing. */
  allowUnknown?: boolean
  /** Written for a known placeholder whose value is empty, so the printed form keeps a line. */
  blank?: string
  /** Blank id → dictionary key (or null: leave it as printed), as chosen in the preview. */
  overrides?: Record<string, string | null>
  /** Dictionary key → the field it comes from, for the reason a blank stays empty. */
  sources?: Record<string, string>
  /** The bid's quote lines and check-box facts (formDataOf). */
  data?: FormData
  signal?: AbortSignal
}

export interface FillBuyerFormResult {
  out: string
  found: PlaceholderHit[]
  filled: string[]
  unknown: string[]
  empty: string[]
  /** Every blank the buyer printed (lines, dates, brackets, empty cells…) and what became of it. */
  blanks: BlankFill[]
}

/** A buyer form is written back out, so its parts must be namespace-correct XML, as Word requires. */
const DOCX_OUT = { namespaces: true }

/** Lists the placeholders of a buyer's form and which of them the dictionary does not know. */
export async function scanBuyerForm(
  input: Buffer,
  values: Record<string, string>,
  plan: {
    overrides?: Record<string, string | null>
    sources?: Record<string, string>
    data?: FormData
  } = {},
) {
  const safe = guardOfficeZip(input, DOCX_OUT)
  const scan = await scanGuarded(safe, values)
  const { fills } = await fillBlanks(safe, values, { ...plan, dryRun: true })
  return { ...scan, blanks: fills, ...(await formsOf(safe)) }
}

/** The forms a file holds (a whole 投标文件格式 chapter holds several), by their titles, in the buyer's order. */
async function formsOf(safe: Buffer) {
  const zip = await loadZip(safe)
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null)
  const body = formBody({
    document: (await text('word/document.xml')) ?? '',
    styles: await text('word/styles.xml'),
    numbering: await text('word/numbering.xml'),
    theme: null,
    rels: await text('word/_rels/document.xml.rels'),
  })
  return { forms: body.forms.map((f) => ({ title: f.title })), droppedPictures: body.droppedPictures }
}

/** scanBuyerForm on a package the guard already rebuilt from its checked parts. */
async function scanGuarded(safe: Buffer, values: Record<string, string>) {
  const zip = await loadZip(safe)
  // Scan (attach) and fill alike: a package without a body is no Word form, said as such.
  if (!zipHasDocument(zip))
    throw new AppError('IMPORT_REJECTED', {
      zh: '不是 Word 文档（缺少 word/document.xml）',
      en: 'not a Word document (no word/document.xml)',
    })
  const found = await scanDocxPlaceholders(zip)
  const keys = [...new Set(found.map((h) => h.key))]
  return {
    found,
    known: keys.filter((k) => Object.hasOwn(values, k)),
    unknown: keys.filter((k) => !Object.hasOwn(values, k)),
  }
}

async function loadZip(input: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(input)
  } catch (e) {
    throw new AppError('IMPORT_REJECTED', {
      zh: `无法读取 .docx：${(e as Error).message}`,
      en: `cannot read the .docx: ${(e as Error).message}`,
    })
  }
}

/**
 * Fills a buyer's own form as-is (docx patchDocument keeps the runs' formatting), in the body, tables, headers and
 * footers, also where Word split a placeholder over several runs. Unknown placeholders are refused unless
 * allowUnknown, and the result is re-read to prove no known placeholder survived.
 */
export async function fillBuyerForm(opts: FillBuyerFormOptions): Promise<FillBuyerFormResult> {
  const { bytes, ...r } = await fillBuyerFormBytes(opts)
  await writeFileAtomic(
    opts.out,
    async () => finalizeOfficePackage(bytes, '招标方表单 / buyer form (.docx)'),
    opts.signal,
  )
  return { out: opts.out, ...r }
}

/** fillBuyerForm in memory: the filled package's bytes (the full export prints them inside the 投标文件). */
export async function fillBuyerFormBytes(
  opts: Omit<FillBuyerFormOptions, 'out'>,
): Promise<Omit<FillBuyerFormResult, 'out'> & { bytes: Buffer }> {
  // Everything below reads the package rebuilt from the parts the guard parsed and approved.
  const input = guardOfficeZip(opts.input, DOCX_OUT)
  const values = xmlSafe(opts.values)
  const { found, known, unknown } = await scanGuarded(input, values)
  if (unknown.length > 0 && !opts.allowUnknown) {
    throw new AppError(
      'VALIDATION',
      {
        zh: `表单中有无法识别的占位符：${unknown.map((k) => `{{${k}}}`).join('、')}（可用 --allow-unknown 保留原样继续）`,
        en: `the form has unknown placeholders: ${unknown.map((k) => `{{${k}}}`).join(', ')} (use --allow-unknown to keep them and go on)`,
      },
      { unknown },
    )
  }
  const blank = opts.blank ?? '________'
  const empty = known.filter((k) => values[k] === '')
  const patches = Object.fromEntries(
    known.map((k) => [
      k,
      { type: PatchType.PARAGRAPH, children: [new TextRun(values[k] === '' ? blank : values[k])] },
    ]),
  )
  // The buyer's blanks first: the blank line printed for an empty {{key}} is ours, not one to fill.
  const blanks = await fillBlanks(input, values, {
    overrides: opts.overrides,
    sources: opts.sources,
    data: opts.data,
  })
  const wroteBlanks = blanks.fills.some((f) => f.status === 'filled')
  // Nothing to fill: the buyer's own bytes (they passed the guard) are copied as they came.
  let filled: Buffer = wroteBlanks ? blanks.bytes : opts.input
  if (known.length > 0) {
    try {
      filled = await patchDocument({
        outputType: 'nodebuffer',
        data: wroteBlanks ? blanks.bytes : input,
        patches,
        keepOriginalStyles: true,
        trimPlaceholders: true,
        recursive: true,
      })
    } catch (e) {
      // The guard checks the zip, not that every part is well-formed XML: the docx library finds that out.
      const why = e instanceof Error ? e.message : String(e)
      throw new AppError('IMPORT_REJECTED', {
        zh: `招标方表单无法解析（${why}）`,
        en: `the buyer's form cannot be parsed (${why})`,
      })
    }
  }
  const left = [...(await docxText(await JSZip.loadAsync(filled))).matchAll(PLACEHOLDER_RE)]
    .map((m) => m[1])
    .filter((k) => known.includes(k))
  if (left.length > 0) {
    throw new AppError('INTERNAL', {
      zh: `填充后仍有占位符未替换：${[...new Set(left)].join('、')}`,
      en: `placeholders left unfilled: ${[...new Set(left)].join(', ')}`,
    })
  }
  return { bytes: filled, found, filled: known, unknown, empty, blanks: blanks.fills }
}

function zipHasDocument(zip: JSZip): boolean {
  return !!zip.file('word/document.xml')
}

/** Reads a form from disk and fills it: the CLI's entry. */
export async function fillBuyerFormFile(formPath: string, rest: Omit<FillBuyerFormOptions, 'input'>) {
  let input: Buffer
  try {
    input = await fs.readFile(formPath)
  } catch {
    throw new AppError('NOT_FOUND', {
      zh: `找不到表单文件 ${formPath}`,
      en: `form file not found: ${formPath}`,
    })
  }
  return fillBuyerForm({ ...rest, input })
}
