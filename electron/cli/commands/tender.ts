import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatMoney } from '@shared/domain/export/format'
import type { TenderImport } from '@shared/domain/tender'
import { call, withWorkspace } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE = 'tender import <招标文件.docx|.pdf> [更正公告.docx|.pdf ...] [--json]'

function bad(zh: string, en: string): never {
  throw new UsageError(`${zh} / ${en}`)
}

const yuan = (n: number | null) => (n == null ? '—' : `¥${formatMoney(n)}`)
const when = (s: string | null) => (s ? s.replace('T', ' ').replace(/:00\+08:00$/, '') : '—')

function summary(r: TenderImport): string {
  const p = r.project
  const lines = [
    `项目名称 / name: ${p.name ?? '—'}`,
    `项目编号 / number: ${p.number ?? '—'}`,
    `采购人 / buyer: ${p.buyer ?? '—'}；代理机构 / agency: ${p.agency ?? '—'}`,
    `预算 / budget: ${yuan(p.budget)}；最高限价 / ceiling: ${yuan(p.ceiling)}`,
    `投标截止 / deadline: ${when(p.deadline)}；递交地点 / submit at: ${p.submitPlace ?? '—'}`,
    `开标 / opening: ${when(p.opening)} ${p.openingPlace ?? ''}`,
    `保证金 / bond: ${yuan(p.bond.amount)} ${p.bond.form.join('、')} ${when(p.bond.deadline)}`,
    `有效期 / validity: ${p.validityDays ?? '—'} 天；份数 / copies: 正本 ${p.copies.original ?? '—'}，副本 ${p.copies.duplicates ?? '—'}`,
    `采购方式 / method: ${p.method ?? '—'}；评标方法 / evaluation: ${p.evaluation ?? '—'}`,
    `要求 / requirements: ${r.requirements.length}（★ ${r.requirements.filter((q) => q.star === '★').length}，▲ ${r.requirements.filter((q) => q.star === '▲').length}）`,
    `评分标准 / scoring: ${r.scoring ? `${r.scoring.items.length} 项，共 ${r.scoring.totalPoints} 分` : '未找到 / none'}`,
    `无效投标条款 / veto clauses: ${r.vetoClauses.length}`,
    `投标文件格式 / forms: ${r.forms.map((f) => f.title).join('、') || '—'}`,
    ...r.changes.map(
      (c) =>
        `变更 / change: ${c.path}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}（${c.source.file}）`,
    ),
    ...r.warnings.map((w) => `注意 / warning: ${w.zh} / ${w.en}`),
  ]
  return lines.join('\n')
}

async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  if (positionals.length === 0)
    bad(
      'tender import 需要至少一个文件（招标文件在前，更正公告在后）',
      'tender import needs at least one file (the tender first, then its amendments)',
    )
  const files: { name: string; dataBase64: string }[] = []
  for (const p of positionals) {
    if (!/\.(docx|pdf)$/i.test(p))
      bad(`只支持 .docx 和 .pdf 文件：${p}`, `only .docx and .pdf files are supported: ${p}`)
    try {
      files.push({ name: basename(p), dataBase64: (await readFile(resolve(p))).toString('base64') })
    } catch (e) {
      bad(`无法读取文件 ${p}：${(e as Error).message}`, `cannot read ${p}: ${(e as Error).message}`)
    }
  }
  // The wizard's own method: the same import worker, limits and errors as the app and the browser.
  const r = (
    await withWorkspace(undefined, { readOnly: true }, (ctx) => call(ctx, 'tender.importPreview', { files }))
  ).import as TenderImport
  io.out(values.json ? JSON.stringify(r, null, 2) : summary(r))
  return 0
}

export const command: CliCommand = {
  name: 'tender',
  summary: {
    zh: '读取招标文件（.docx/.pdf）及其后的更正公告：项目信息、要求、评分标准、无效投标条款、投标文件格式',
    en: 'Read a tender (.docx/.pdf) and the amendments after it: project facts, requirements, scoring, veto clauses, forms',
  },
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === 'import') return runImport(rest, io)
    throw new UsageError(
      sub === undefined
        ? '缺少子命令 import / missing sub-command: import'
        : `未知子命令“${sub}”，应为 import / unknown sub-command '${sub}': use import`,
    )
  },
}
