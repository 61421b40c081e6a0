import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import {
  DocumentLayoutSchema,
  FormTemplateSchema,
  type DocumentLayout,
  type FormTemplate,
} from '@shared/domain/export'
import { AppError } from '@shared/errors'
import { xmlSafe } from '@shared/xml-text'
import { readRegularFile } from '../store/fsio'

/**
 * The standard forms are data: templates/forms/<key>.json and templates/document.json ship with the app, and a
 * workspace may override any of them by putting a copy in <workspace>/templates/forms/<key>.json (or
 * <workspace>/templates/document.json). The workspace copy wins, so a team edits its forms without touching code.
 */
export interface FormLibrary {
  layout: DocumentLayout
  /** Every form by key (the FormSet the print model reads). */
  forms: Readonly<Record<string, FormTemplate>>
  has(key: string): boolean
  get(key: string): FormTemplate
  /** Where each form came from, for the export report. */
  sources: ReadonlyMap<string, string>
}

export interface LoadFormsOptions {
  workspaceDir?: string
  /** The shipped templates folder; found next to the app when not given. */
  templatesDir?: string
}

export async function findShippedTemplatesDir(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [
    process.env.BIDBENCH_TEMPLATES_DIR,
    path.resolve(here, '../../../templates'),
    path.resolve(process.cwd(), 'templates'),
    (process as { resourcesPath?: string }).resourcesPath
      ? path.join((process as { resourcesPath?: string }).resourcesPath as string, 'templates')
      : undefined,
  ].filter((p): p is string => !!p)
  for (const c of candidates) {
    if (await isDir(path.join(c, 'forms'))) return c
  }
  throw new AppError('NOT_FOUND', {
    zh: `找不到标准表单模板目录（已查找：${candidates.join('；')}）`,
    en: `standard form templates folder not found (looked in: ${candidates.join('; ')})`,
  })
}

async function isDir(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let raw: string
  try {
    // A workspace's templates are files the user dropped in: a symbolic link there is refused, never followed.
    raw = (await readRegularFile(file, `templates/…/${path.basename(file)}`)).toString('utf8')
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('IO', { zh: `读取模板 ${file} 失败`, en: `cannot read template ${file}` }, String(e))
  }
  let json: unknown
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new AppError('VALIDATION', {
      zh: `模板 ${file} 不是合法的 JSON：${(e as Error).message}`,
      en: `template ${file} is not valid JSON: ${(e as Error).message}`,
    })
  }
  const r = schema.safeParse(json)
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
    throw new AppError(
      'VALIDATION',
      { zh: `模板 ${file} 格式错误：${issues}`, en: `template ${file} is malformed: ${issues}` },
      r.error.issues,
    )
  }
  return xmlSafe(r.data)
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
}

export async function loadFormLibrary(opts: LoadFormsOptions = {}): Promise<FormLibrary> {
  const shipped = opts.templatesDir ?? (await findShippedTemplatesDir())
  const dirs = [shipped, ...(opts.workspaceDir ? [path.join(opts.workspaceDir, 'templates')] : [])]
  const forms = new Map<string, FormTemplate>()
  const sources = new Map<string, string>()
  let layout = DocumentLayoutSchema.parse({})
  for (const dir of dirs) {
    const docFile = path.join(dir, 'document.json')
    if (
      await fs.stat(docFile).then(
        () => true,
        () => false,
      )
    )
      layout = await readJson(docFile, DocumentLayoutSchema)
    const formsDir = path.join(dir, 'forms')
    for (const name of await jsonFilesIn(formsDir)) {
      const key = name.slice(0, -'.json'.length)
      const file = path.join(formsDir, name)
      forms.set(key, await readJson(file, FormTemplateSchema))
      sources.set(key, file)
    }
  }
  return {
    layout,
    forms: Object.fromEntries(forms),
    sources,
    has: (key) => forms.has(key),
    get(key) {
      const f = forms.get(key)
      if (!f)
        throw new AppError('NOT_FOUND', {
          zh: `没有名为“${key}”的表单模板`,
          en: `no form template named "${key}"`,
        })
      return f
    },
  }
}
