import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { summarizeFills } from '@shared/domain/blanks'
import { isAppError } from '@shared/errors'
import { withWorkspace } from '../api'
import { UsageError, type CliIo } from '../types'
import { exportThroughApi, readFormBase64, reportBlocked } from './export-run'

export const FORM_USAGE =
  'export form <workspaceDir> --bid <id> --form buyer.docx --out filled.docx [--allow-unfilled] [--map <blank>=<key>|<blank>=-]... [--allow-unknown] [--copy 正本|副本] [--date YYYY-MM-DD] [--force] [--json]'

const OPTIONS = {
  bid: { type: 'string' },
  form: { type: 'string' },
  out: { type: 'string', short: 'o' },
  copy: { type: 'string' },
  date: { type: 'string' },
  map: { type: 'string', multiple: true },
  'allow-unfilled': { type: 'boolean', default: false },
  'allow-unknown': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const

const bad = (zh: string, en: string): never => {
  throw new UsageError(`${zh} / ${en}`)
}

/** The workspace folder and --bid every buyer-form command needs, and nothing else positional. */
export function workspaceAndBid(
  positionals: string[],
  bid: string | undefined,
): { dir: string; bid: string } {
  const [dir, ...extra] = positionals
  if (!dir) bad('缺少工作区目录', 'missing workspace folder')
  if (extra.length) bad(`多余的参数：${extra.join(' ')}`, `unexpected arguments: ${extra.join(' ')}`)
  if (!bid) bad('缺少 --bid <id>', 'missing --bid <id>')
  return { dir: dir!, bid: bid! }
}

export function parseMaps(maps: string[]): Record<string, string | null> {
  const overrides: Record<string, string | null> = {}
  for (const m of maps) {
    const eq = m.indexOf('=')
    if (eq <= 0)
      bad(`--map 应为 空白编号=字段 或 空白编号=-：${m}`, `--map takes <blank>=<key> or <blank>=-: ${m}`)
    const key = m.slice(eq + 1).trim()
    overrides[m.slice(0, eq).trim()] = key === '-' || key === '' ? null : key
  }
  return overrides
}

/**
 * `export form`: the buyer's own form filled from the bid through the one export use case (same gate as `export
 * docx`), blanks as the buyer printed them and `{{key}}` placeholders alike. The file is written with what could be
 * filled; when a blank stays unfilled it exits 1 and lists them, unless --allow-unfilled. Signature blanks are
 * listed apart: they are for the hand that signs.
 */
export async function runExportForm(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  })
  const { dir } = workspaceAndBid(positionals, values.bid)
  if (!values.form) bad('缺少 --form <招标方表单.docx>', 'missing --form <buyer form.docx>')
  if (!/\.docx$/i.test(values.form!))
    bad(`--form 只支持 .docx 文件：${values.form}`, `--form takes a .docx file: ${values.form}`)
  if (!values.out || !/\.docx$/i.test(values.out)) bad('--out 应以 .docx 结尾', '--out must end in .docx')
  const copy = (values.copy ?? '正本') as '正本' | '副本'
  if (copy !== '正本' && copy !== '副本') bad('--copy 只能是 正本 或 副本', '--copy must be 正本 or 副本')
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    bad('--date 格式应为 YYYY-MM-DD', '--date must be YYYY-MM-DD')
  const overrides = parseMaps(values.map ?? [])
  const buyerFormBase64 = await readFormBase64(values.form!)
  const out = path.resolve(values.out!)

  return withWorkspace(dir!, { readOnly: !values.force }, async (ctx) => {
    let r
    try {
      r = await exportThroughApi(ctx, {
        bidId: values.bid!,
        format: 'docx',
        copy,
        date: values.date,
        buyerFormBase64,
        allowUnknown: values['allow-unknown'] || undefined,
        overrides,
        decision: values.force ? 'export-anyway' : undefined,
        out,
      })
    } catch (e) {
      if (await reportBlocked(e, values.json, ctx, values.bid!, io)) return 1
      const unknownKeys = isAppError(e) ? (e.details as { unknownKeys?: string[] })?.unknownKeys : undefined
      if (unknownKeys)
        bad(
          `--map 中的字段不存在：${unknownKeys.join('、')}`,
          `--map names unknown keys: ${unknownKeys.join(', ')}`,
        )
      throw e
    }
    const s = summarizeFills(r.blanks ?? [])
    const failed = s.unfilled.length > 0 && !values['allow-unfilled']
    if (values.json) io.out(JSON.stringify({ blocked: false, out, ...s, warnings: r.warnings }))
    else {
      io.out(
        [
          `已填写 ${s.filled.length} 处空白 → ${out}`,
          `filled ${s.filled.length} blanks → ${out}`,
          ...s.filled.map((f) => `  ✓ ${f.where}（${f.id}）${f.label} → ${f.key}：${f.value}`),
          ...s.filled.flatMap((f) =>
            f.warning ? [`  ⚠ ${f.where}（${f.id}）${f.label}：${f.warning.zh} / ${f.warning.en}`] : [],
          ),
          ...s.unfilled.map((f) => `  ✗ ${f.where}（${f.id}）${f.label || '—'}：${f.why.zh} / ${f.why.en}`),
          ...s.manual.map((f) => `  ✎ ${f.where}（${f.id}）${f.label}：${f.why.zh} / ${f.why.en}`),
        ].join('\n'),
      )
      for (const w of r.warnings) io.err(`警告 / warning: ${w.zh} / ${w.en}`)
    }
    if (failed)
      io.err(
        `${s.unfilled.length} 处空白未填（文件已写出；可用 --map 空白编号=字段 指定，或 --allow-unfilled 接受）/ ${s.unfilled.length} blank(s) left unfilled (the file was written; use --map <blank>=<key> or --allow-unfilled)`,
      )
    return failed ? 1 : 0
  })
}
