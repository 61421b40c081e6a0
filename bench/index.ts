/**
 * `npm run bench [-- --json] [-- --only a,b]`: builds its own seeded data in a temp folder, measures
 * every figure as a ratio of two things timed alternately in this run, and prints a table (or one JSON
 * object with --json). A metric whose feature is missing, or fails to run, says "not available" and why.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { CLI_STARTUP_TARGET, cliStartup } from './cli'
import { checkFull, concessionMc, winprobMc } from './compute'
import { docxExport } from './docx'
import { pdfExport } from './pdf'
import { guarded, type Metric } from './harness'
import { GUARD_REFUSAL_TARGET, guardRefusal } from './guard'
import { hostileImport, importAppInfoP99 } from './import'
import { rendererKeystroke } from './renderer'
import { sectionKeystrokes } from './sections'
import { syncOneEdit } from './sync'
import { WEB_FIRST_START_TARGET, webFirstStart } from './web-start'
import { BIG, buildWorkspace, openWorkspaceMetric, saveScaling, saveWriteAmplification, SMALL } from './store'

export const METRIC_NAMES = [
  'save_scaling',
  'save_write_amplification',
  'open_workspace',
  'check_full',
  'docx_export',
  'pdf_export',
  'winprob_mc',
  'concession_mc',
  'renderer_keystroke',
  'section_keystroke',
  'editor_keystroke_floor',
  'hostile_import',
  'import_app_info_p99_ms',
  'sync_one_edit',
  'guard_refusal',
  'cli_startup',
  'web_first_start',
] as const
type Name = (typeof METRIC_NAMES)[number]

const TARGETS: Record<Name, number> = {
  save_scaling: 1.5,
  // Generations are real copies (issue 18): each save writes the document twice.
  save_write_amplification: 2.1,
  open_workspace: 3,
  check_full: 10,
  docx_export: 1.5,
  pdf_export: 1.3,
  winprob_mc: 4,
  concession_mc: 4,
  renderer_keystroke: 1.5,
  section_keystroke: 1.5,
  editor_keystroke_floor: 3,
  hostile_import: 20,
  import_app_info_p99_ms: 100,
  sync_one_edit: 2,
  guard_refusal: GUARD_REFUSAL_TARGET,
  cli_startup: CLI_STARTUP_TARGET,
  web_first_start: WEB_FIRST_START_TARGET,
}

export interface BenchReport {
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    node: string
    platform: string
    loadAverage: number[]
  }
  date: string
  metrics: Metric[]
}

function machine(): BenchReport['machine'] {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  }
}

/** Repetitions per metric: enough for a stable median, few enough to keep the run under ~3 minutes. */
const REPS = {
  save: 30,
  open: 10,
  check: 5,
  docx: 3,
  pdf: 2,
  mc: 5,
  keystroke: 15,
  imports: 5,
  sync: 9,
  guard: 9,
  cli: 9,
  // Each repetition is a fresh copy of the repository and its install build (~10-30 s).
  webStart: 3,
}

export async function runBench(
  only: readonly string[] = [],
  log: (s: string) => void = () => {},
): Promise<BenchReport> {
  const root = await fs.mkdtemp(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'bb-bench-'))
  const want = (n: Name) => only.length === 0 || only.includes(n)
  const metrics: Metric[] = []
  const run = async (n: Name, fn: () => Promise<Metric>) => {
    if (!want(n)) return
    log(`… ${n}`)
    const t0 = performance.now()
    const m = await guarded(n, TARGETS[n], fn)
    metrics.push(m)
    log(
      `  ${n}: ${m.available ? m.ratio : 'not available'} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    )
  }
  try {
    if (['save_scaling', 'save_write_amplification', 'open_workspace'].some((n) => want(n as Name))) {
      log(`… building workspaces of ${BIG} and ${SMALL} bids`)
      await buildWorkspace(path.join(root, 'ws-big'), BIG)
      await buildWorkspace(path.join(root, 'ws-small'), SMALL)
    }
    await run('save_scaling', () => saveScaling(root, REPS.save))
    await run('save_write_amplification', () => saveWriteAmplification(root, REPS.save))
    await run('open_workspace', () => openWorkspaceMetric(root, REPS.open))
    await run('check_full', () => checkFull(REPS.check))
    await run('docx_export', () => docxExport(root, REPS.docx))
    await run('pdf_export', () => pdfExport(root, REPS.pdf))
    await run('winprob_mc', () => winprobMc(REPS.mc))
    await run('concession_mc', () => concessionMc(REPS.mc))
    await run('renderer_keystroke', () => rendererKeystroke(root, REPS.keystroke))
    // One run of three pages side by side gives both section metrics.
    let sections: ReturnType<typeof sectionKeystrokes> | null = null
    const sectionRun = () => (sections ??= sectionKeystrokes(root, REPS.keystroke))
    await run('section_keystroke', async () => (await sectionRun()).section)
    await run('editor_keystroke_floor', async () => (await sectionRun()).floor)
    await run('sync_one_edit', () => syncOneEdit(root, REPS.sync))
    await run('hostile_import', () => hostileImport(REPS.imports))
    await run('import_app_info_p99_ms', () => importAppInfoP99(root, REPS.imports * 2))
    await run('guard_refusal', () => guardRefusal(REPS.guard))
    await run('cli_startup', () => cliStartup(REPS.cli))
    await run('web_first_start', () => webFirstStart(root, REPS.webStart))
  } finally {
    await fs.rm(root, { recursive: true, force: true })
  }
  return { machine: machine(), date: new Date().toISOString(), metrics }
}

function fmt(x: unknown): string {
  if (typeof x === 'number') return String(x)
  if (Array.isArray(x)) return x.every((v) => typeof v !== 'object') ? x.join('/') : `[${x.length}]`
  return JSON.stringify(x)
}

/** One line of raw figures: timings first, nested objects (the lowdb contrast) flattened one level. */
export function rawLine(raw: Record<string, unknown>): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(raw)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v)) parts.push(`${k}.${k2}=${fmt(v2)}`)
    } else parts.push(`${k}=${fmt(v)}`)
  }
  return parts.join(' ')
}

export function formatTable(r: BenchReport): string {
  const rows = r.metrics.map((m) => [
    m.name,
    m.available ? String(m.ratio) : 'not available',
    `≤ ${m.target}`,
    m.available ? (m.ratio! <= m.target ? 'pass' : 'FAIL') : '-',
  ])
  const head = ['metric', 'ratio', 'target', 'result']
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i])).join('  ')
  const m = r.machine
  return [
    `BidBench bench — ${r.date} — ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load ${m.loadAverage.join(' ')}`,
    '',
    line(head),
    line(w.map((n) => '-'.repeat(n))),
    ...rows.map(line),
    '',
    'raw (ms unless named):',
    ...r.metrics.map((x) => `  ${x.name}: ${rawLine(x.raw)}`),
  ].join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
    strict: true,
  })
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : []
  const unknown = only.filter((n) => !(METRIC_NAMES as readonly string[]).includes(n))
  if (unknown.length) {
    process.stderr.write(`unknown metric(s): ${unknown.join(', ')}; known: ${METRIC_NAMES.join(', ')}\n`)
    process.exit(2)
  }
  // Progress goes to stderr so `--json` keeps stdout to exactly one JSON object.
  const report = await runBench(only, (s) => process.stderr.write(`${s}\n`))
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatTable(report)}\n`)
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/index.ts')) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`)
    process.exit(1)
  })
}
