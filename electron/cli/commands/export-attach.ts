import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { summarizeFills } from '@shared/domain/blanks'
import type { FormScan } from '@shared/contract/export'
import type { Bid } from '@shared/schemas'
import { call, withWorkspace } from '../api'
import { UsageError, type CliIo } from '../types'
import { parseMaps, workspaceAndBid } from './export-form'
import { readFormBase64 } from './export-run'

export const ATTACH_USAGE =
  'export attach-form <workspaceDir> --bid <id> --form buyer.docx [--section <n>=<sectionId>|<n>=-]... [--map <blank>=<key>|<blank>=-]... [--json] | export map-form <workspaceDir> --bid <id> --id <attachment> [--section …]... [--map …]... [--json] | export detach-form <workspaceDir> --bid <id> --id <attachment> | export forms <workspaceDir> --bid <id> [--json] | export form-blanks <workspaceDir> --bid <id> --id <attachment> [--json]'

const OPTIONS = {
  bid: { type: 'string' },
  form: { type: 'string' },
  id: { type: 'string' },
  section: { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
} as const

const bad = (zh: string, en: string): never => {
  throw new UsageError(`${zh} / ${en}`)
}

/** "--section 2=s4" (the 2nd form of the file prints instead of section s4), "--section 3=-" (not printed). */
function parseSections(list: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const s of list) {
    const m = /^(\d{1,3})=(.+)$/.exec(s.trim())
    if (!m || Number(m[1]) < 1)
      bad(
        `--section 应为 表单序号=章节id 或 表单序号=-：${s}`,
        `--section takes <form no.>=<section id> or <form no.>=-: ${s}`,
      )
    out[String(Number(m![1]) - 1)] = m![2] === '-' ? null : m![2]
  }
  return out
}

function formsTable(bid: Bid, io: CliIo): void {
  const title = (id: string | null) => bid.sections.find((s) => s.id === id)?.title ?? ''
  for (const e of bid.buyerForms) {
    io.out(`${e.id}  ${e.file.name}`)
    e.forms.forEach((f, i) =>
      io.out(
        `  ${i + 1}. ${f.title || '—'} → ${f.sectionId ? `${f.sectionId}（${title(f.sectionId)}）` : '不打印 / not printed'}`,
      ),
    )
  }
  if (bid.buyerForms.length === 0) io.out('（无招标方表单 / no buyer forms attached）')
}

const STATUS = {
  filled: '✓ 已填 / filled',
  unfilled: '✗ 未填 / unfilled',
  manual: '✎ 手填 / by hand',
} as const

/** The blanks as the bid page's drawer lists them: status, where, label, field and value (or why not). */
function blanksTable(blanks: FormScan['blanks'], io: CliIo): void {
  for (const b of blanks) {
    const field = b.key ?? '—'
    const what = b.status === 'filled' ? b.value : b.why ? `${b.why.zh} / ${b.why.en}` : ''
    io.out(`${STATUS[b.status]}  ${b.where.zh}（${b.id}）${b.label || '—'} → ${field}：${what ?? ''}`)
    if (b.warning) io.out(`  ⚠ ${b.warning.zh} / ${b.warning.en}`)
  }
  const n = (st: keyof typeof STATUS) => blanks.filter((b) => b.status === st).length
  io.out(
    `共 ${blanks.length} 处：已填 ${n('filled')}，未填 ${n('unfilled')}，手填 ${n('manual')} / ${blanks.length} blanks: ${n('filled')} filled, ${n('unfilled')} unfilled, ${n('manual')} by hand`,
  )
}

/**
 * `export attach-form|map-form|detach-form|forms`: the buyer's own forms kept with the bid, printed by `export docx`
 * and `export pdf` instead of the matching standard forms (one document, one 目录, one page numbering).
 */
export async function runExportAttach(sub: string, argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  })
  const { dir } = workspaceAndBid(positionals, values.bid)
  if (sub === 'attach-form' && (!values.form || !/\.docx$/i.test(values.form)))
    bad('attach-form 需要 --form <招标方表单.docx>', 'attach-form needs --form <buyer form.docx>')
  if ((sub === 'map-form' || sub === 'detach-form' || sub === 'form-blanks') && !values.id)
    bad(`${sub} 需要 --id <附件id>（见 export forms）`, `${sub} needs --id <attachment> (see export forms)`)
  const sections = parseSections(values.section ?? [])
  const overrides = values.map ? parseMaps(values.map) : undefined
  const dataBase64 = values.form ? await readFormBase64(values.form) : null
  const readOnly = sub === 'forms' || sub === 'form-blanks'
  return withWorkspace(dir!, { readOnly }, async (ctx) => {
    const bidOf = () => call(ctx, 'bids.get', { id: values.bid! }) as Promise<Bid>
    if (sub === 'forms') {
      const bid = await bidOf()
      if (values.json) io.out(JSON.stringify({ buyerForms: bid.buyerForms }))
      else formsTable(bid, io)
      return 0
    }
    if (sub === 'form-blanks') {
      const scan = await call(ctx, 'export.formBlanks', { bidId: values.bid!, id: values.id! })
      if (values.json) io.out(JSON.stringify({ id: values.id, blanks: scan.blanks }))
      else blanksTable(scan.blanks, io)
      return 0
    }
    if (sub === 'detach-form') {
      await call(ctx, 'export.detachForm', { bidId: values.bid!, id: values.id! })
      io.out(values.json ? JSON.stringify({ removed: values.id }) : `已移除 / removed ${values.id}`)
      return 0
    }
    if (sub === 'map-form') {
      const r = await call(ctx, 'export.mapForm', { bidId: values.bid!, id: values.id!, sections, overrides })
      if (values.json) io.out(JSON.stringify(r))
      else formsTable(await bidOf(), io)
      return 0
    }
    const r = await call(ctx, 'export.attachForm', {
      bidId: values.bid!,
      name: path.basename(values.form!),
      dataBase64: dataBase64!,
      sections,
      overrides,
    })
    const s = summarizeFills(r.scan.blanks)
    if (values.json) io.out(JSON.stringify({ entry: r.entry, replaced: r.replaced, ...s }))
    else {
      formsTable(await bidOf(), io)
      io.out(
        `空白：已填 ${s.filled.length}，未填 ${s.unfilled.length}，手签 ${s.manual.length} / blanks: ${s.filled.length} filled, ${s.unfilled.length} unfilled, ${s.manual.length} by hand`,
      )
      for (const u of s.unfilled)
        io.err(`  ✗ ${u.where}（${u.id}）${u.label || '—'}：${u.why.zh} / ${u.why.en}`)
      if (r.scan.droppedPictures)
        io.err(
          `警告：表单中的 ${r.scan.droppedPictures} 个图表/文本框/嵌入对象不随投标文件输出（图片照常输出） / warning: ${r.scan.droppedPictures} chart(s), text box(es) or embedded object(s) of the form are not printed in the bid document (pictures are)`,
        )
      if (r.entry.forms.every((f) => !f.sectionId))
        io.err(
          '警告：没有表单对应到投标章节，导出时不会打印；用 --section 序号=章节id 指定 / warning: no form matched a section; map them with --section <n>=<section id>',
        )
    }
    return 0
  })
}
