import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseMoney } from '@shared/domain/amount'
import { detectionSummary } from '@shared/domain/matrices/import'
import { AppError } from '@shared/errors'
import { call, noWorkspace, withWorkspace, writeBase64 } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

const USAGE =
  'matrix import <file.xlsx> [--sheet NAME] [--header-row N] [--json] | matrix export <workspaceDir> --matrix <id> --out file.xlsx [--price P] [--trials N] [--seed S]'

function bad(zh: string, en: string): never {
  throw new UsageError(`${zh} / ${en}`)
}

/** An integer option as a number; its range is the contract's to check (the same limits as the API). */
export function intArg(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const v = Number(raw)
  if (!Number.isInteger(v)) bad(`${name} 应为整数：${raw}`, `${name} must be an integer: ${raw}`)
  return v
}

export function positivePrice(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  // The money reader of every field of the app: 3300000, 3,300,000, 330万 and 3.3亿 all work.
  const r = parseMoney(raw.replace(/_/g, ''))
  if (!r.ok) {
    bad(
      `${name} 应为大于 0 的金额（${raw}）：${r.error.zh}`,
      `${name} must be a number greater than 0 (${raw}): ${r.error.en}`,
    )
  }
  if (r.value <= 0) bad(`${name} 应大于 0：${raw}`, `${name} must be a number greater than 0: ${raw}`)
  return r.value
}

async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length !== 1)
    bad('matrix import 需要且只需要一个 .xlsx 文件', 'matrix import takes exactly one .xlsx file')
  const file = positionals[0]
  if (extname(file).toLowerCase() !== '.xlsx')
    bad(`只支持 .xlsx 文件：${file}`, `only .xlsx files are supported: ${file}`)
  let buf: Buffer
  try {
    buf = await readFile(resolve(file))
  } catch (e) {
    bad(`无法读取文件 ${file}：${(e as Error).message}`, `cannot read ${file}: ${(e as Error).message}`)
  }
  // The same method, parser and limits as the import wizard (matrices.importPreview).
  const preview = await call(noWorkspace(), 'matrices.importPreview', {
    dataBase64: buf.toString('base64'),
    ...(values.sheet ? { sheet: values.sheet } : {}),
    ...(values['header-row'] ? { headerRow: intArg('--header-row', values['header-row']) } : {}),
  })
  const d = preview.detection
  if (!d) {
    const p = preview.problem ?? { zh: '未找到评分表', en: 'no scoring table found' }
    throw new AppError('IMPORT_REJECTED', p)
  }
  const summary = detectionSummary(d)
  if (values.json) {
    io.out(JSON.stringify(summary, null, 2))
    return 0
  }
  const cols = Object.entries(d.headerTexts)
    .map(([role, text]) => `${role}=${text}`)
    .join(', ')
  const lines = [
    `工作表 / sheet: ${d.sheet}${d.continuedSheets.map((s) => ` + ${s.sheet}`).join('')}，表头 / header row ${d.headerRow}（${cols}）`,
    ['类别/category', '分值/points', '类型/kind', '评分项/item'].join('\t'),
    ...d.items.map((i) =>
      [i.category, i.maxPoints ?? '?', i.kind === 'objective' ? '客观' : '主观', i.name].join('\t'),
    ),
    `合计 / total ${d.total}；${Object.entries(d.categories)
      .map(([c, p]) => `${c} ${p}`)
      .join('，')}；价格分值 / price weight ${d.priceWeight}`,
    ...d.warnings.map((w) => `注意 / warning: ${w.zh} / ${w.en}`),
  ]
  io.out(lines.join('\n'))
  return 0
}

async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      matrix: { type: 'string' },
      out: { type: 'string' },
      price: { type: 'string' },
      trials: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length !== 1)
    bad('matrix export 需要且只需要一个工作区文件夹', 'matrix export takes exactly one workspace folder')
  if (!values.matrix) bad('缺少 --matrix <评分矩阵 id>', 'missing --matrix <id>')
  if (!values.out) bad('缺少 --out <文件.xlsx>', 'missing --out <file.xlsx>')
  if (extname(values.out).toLowerCase() !== '.xlsx')
    bad(`--out 应以 .xlsx 结尾：${values.out}`, `--out must end in .xlsx: ${values.out}`)
  const out = resolve(values.out)
  const seed = intArg('--seed', values.seed)
  const trials = intArg('--trials', values.trials)
  const price = positivePrice('--price', values.price)
  const r = await withWorkspace(positionals[0], { readOnly: true }, (ctx) =>
    call(ctx, 'matrices.exportXlsx', {
      matrixId: values.matrix!,
      ...(price !== undefined ? { ourPrice: price } : {}),
      ...(trials !== undefined ? { trials } : {}),
      ...(seed !== undefined ? { seed } : {}),
    }),
  )
  await writeBase64(out, r.dataBase64)
  if (values.json) {
    const { ourPrice, ourTotal, ourRank, band } = r
    io.out(JSON.stringify({ out, ourPrice, ourTotal, ourRank, band }, null, 2))
  } else {
    io.out(`已导出 / written: ${out}\n我方 / us: ${r.ourTotal} 分，第 ${r.ourRank} 名 / rank ${r.ourRank}`)
  }
  return 0
}

export const command: CliCommand = {
  name: 'matrix',
  summary: {
    zh: '导入招标文件评分表（.xlsx），或把评分矩阵导出为带公式的 Excel',
    en: "Import a tender's scoring table (.xlsx), or export a scoring matrix to Excel with live formulas",
  },
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === 'import') return runImport(rest, io)
    if (sub === 'export') return runExport(rest, io)
    throw new UsageError(
      sub === undefined
        ? '缺少子命令 import 或 export / missing sub-command: import or export'
        : `未知子命令“${sub}”，应为 import 或 export / unknown sub-command '${sub}': use import or export`,
    )
  },
}
