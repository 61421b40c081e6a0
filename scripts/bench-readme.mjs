// `npm run bench:readme`: runs `npm run bench -- --json` and rewrites the "## Benchmarks" section of
// README.md (between <!-- bench:start --> and <!-- bench:end -->) with the table, the machine and the
// date. The section is appended at the end of README.md the first time.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

const MEANING = {
  save_scaling: 'save one edit, workspace of 2,000 bids ÷ workspace of 10',
  save_write_amplification: 'bytes written per edit ÷ size of the edited document',
  open_workspace: 'open 2,000-bid workspace to a ready list ÷ read + parse its index',
  check_full: '不漏/不粗/不错 check, 5,000 requirements + 500 sections ÷ JSON.parse of the bid',
  docx_export: '投标文件 .docx (~500 pages) ÷ docx packing the same paragraphs and tables',
  winprob_mc: 'win probability, 100,000 trials × 6 bidders ÷ plain loop of the same draws',
  concession_mc: '9 patterns × 10,000 negotiations ÷ plain loop of the buyer draws',
  renderer_keystroke: 'keystroke-to-paint, 5,000-row requirements table ÷ 50-row table (Chromium)',
  section_keystroke:
    'keystroke-to-paint in the section editor, bid of 50 five-page sections ÷ bid of 1 (Chromium)',
  editor_keystroke_floor:
    'keystroke-to-paint in the section editor of a 1-section bid ÷ a bare contenteditable',
  hostile_import:
    'refuse a crafted 7 KB bypass .xlsx ÷ import a normal 7 KB .xlsx (both in the import worker)',
  import_app_info_p99_ms:
    'p99 latency (ms) of app.info over HTTP while hostile imports run (a value, not a ratio)',
  guard_refusal:
    'import guard refusing each crafted file of its tests (bypasses, zip bomb) ÷ passing a normal .xlsx',
  cli_startup: '`bidbench amount words 1` (prebuilt CLI bundle) ÷ `node -e 0`, fresh processes',
  web_first_start:
    'fresh copy after the install build: first `npm run web` to its printed URL ÷ the second start',
}

const num = (x) =>
  typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(x)

/** The raw figures worth a reader's eye, per metric, in one short cell. */
function rawCell(m) {
  const r = m.raw ?? {}
  if (!m.available) return `not available: ${String(r.reason ?? '').split('\n')[0]}`
  const times = Object.entries(r)
    .filter(([k, v]) => k.endsWith('MedianMs') && typeof v === 'number')
    .map(([k, v]) => `${k.replace(/MedianMs$/, '')} ${num(v)} ms`)
  const extra = []
  if (r.trialsPerSecond) extra.push(`${num(r.trialsPerSecond)} trials/s`)
  if (r.negotiationsPerSecond) extra.push(`${num(r.negotiationsPerSecond)} negotiations/s`)
  if (r.bytesPerEdit) extra.push(`${num(r.bytesPerEdit)} B written for a ${num(r.documentBytes)} B document`)
  if (r.lowdbSingleFile) {
    const l = r.lowdbSingleFile
    extra.push(
      `single-file lowdb: ${num(l.bytesPerEdit)} B per edit (×${num(l.amplification)}), ${num(l.saveMedianMs)} ms`,
    )
  }
  if (r.pushBlocking50SectionsMs !== undefined)
    extra.push(
      `push after a pause: ${num(r.pushBlocking50SectionsMs)} ms long tasks (50 sections), ${num(r.pushBlocking1SectionMs)} ms (1)`,
    )
  if (r.initialJsBytes)
    extra.push(`initial JS ${num(r.initialJsBytes)} B (${num(r.initialJsGzipBytes)} B gzip)`)
  return [...times, ...extra].join('; ')
}

export function section(report) {
  const m = report.machine
  const rows = report.metrics.map((x) => {
    const result = !x.available ? '–' : x.ratio <= x.target ? 'pass' : '**fail**'
    return `| \`${x.name}\` | ${MEANING[x.name] ?? ''} | ${x.available ? x.ratio : 'not available'} | ≤ ${x.target} | ${result} | ${rawCell(x)} |`
  })
  return [
    START,
    '## Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${report.date.slice(0, 10)} (${report.date}): ${m.cpus} × ${m.cpuModel}, ` +
      `${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}, load average ${m.loadAverage.join(' / ')} at the end of the run. ` +
      'Every figure is a ratio of two things timed alternately in the same run (median of several repetitions), ' +
      'so it says how the code scales rather than how fast this machine is. Regenerate with `npm run bench:readme`.',
    '',
    '| metric | what is compared | ratio | target | result | raw (medians) |',
    '|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n')
}

export function replaceSection(readme, block) {
  const a = readme.indexOf(START)
  const b = readme.indexOf(END)
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + END.length)
  return `${readme.replace(/\n*$/, '\n')}\n${block}\n`
}

/** The section as prettier would write it (aligned table), so `prettier --check .` stays quiet about it. */
async function formatted(block, file) {
  try {
    const prettier = await import('prettier')
    const options = (await prettier.resolveConfig(file)) ?? {}
    return (await prettier.format(block, { ...options, parser: 'markdown' })).trimEnd()
  } catch {
    return block
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const r = spawnSync(
    process.execPath,
    [tsx, join(root, 'bench/index.ts'), '--json', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  if (r.status !== 0) {
    process.stderr.write(`bench failed (exit ${r.status}); README.md not changed\n`)
    process.exit(r.status ?? 1)
  }
  const report = JSON.parse(r.stdout)
  const file = join(root, 'README.md')
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), await formatted(section(report), file)))
  process.stdout.write(
    `README.md: Benchmarks section updated (${report.metrics.length} metrics, ${report.date})\n`,
  )
}
