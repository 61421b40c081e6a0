/** The bench's own arithmetic and reporting: medians, A/B interleaving, the table, the README section. */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { winprobDraws } from '@bench/compute'
import { guarded, median, sideBySide, type Metric } from '@bench/harness'
import { formatTable, METRIC_NAMES, rawLine, type BenchReport } from '@bench/index'
import { initialBundle } from '@bench/renderer'
import { benchMatrix } from '@bench/winprob'
// @ts-expect-error: a plain .mjs script without type declarations
import { replaceSection, section } from '../../scripts/bench-readme.mjs'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
    expect(median([])).toBeNaN()
  })
})

describe('sideBySide', () => {
  it('warms both sides up, then alternates which side goes first', async () => {
    const order: string[] = []
    const r = await sideBySide(
      () => order.push('a'),
      () => order.push('b'),
      4,
      1,
    )
    expect(order.join('')).toBe('ab' + 'ab' + 'ba' + 'ab' + 'ba')
    expect(r.a).toHaveLength(4)
    expect(r.b).toHaveLength(4)
    expect(r.ratio).toBeCloseTo(r.medianA / r.medianB, 12)
  })

  it('puts the slower side on top of the ratio', async () => {
    // A clock the tasks advance themselves, so the arithmetic is checked exactly whatever the machine's load.
    let now = 0
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now)
    try {
      const r = await sideBySide(
        () => void (now += 40),
        () => void (now += 2),
        3,
        0,
      )
      expect(r.a).toEqual([40, 40, 40])
      expect(r.b).toEqual([2, 2, 2])
      expect(r.ratio).toBe(20)
    } finally {
      clock.mockRestore()
    }
  })
})

describe('guarded', () => {
  it('turns a failing metric into "not available" with the reason, never a number', async () => {
    const m = await guarded('docx_export', 1.5, async () => {
      throw new Error('exportBidDocx is missing')
    })
    expect(m).toEqual({
      name: 'docx_export',
      ratio: null,
      target: 1.5,
      raw: { reason: 'exportBidDocx is missing' },
      available: false,
    })
  })
})

describe('winprob baseline', () => {
  it('draws what one trial of the bench tender draws: 5 competitor prices + 12 items × 5 competitors', () => {
    expect(winprobDraws(benchMatrix())).toHaveLength(5 + 12 * 5)
  })
})

const report: BenchReport = {
  machine: {
    cpus: 2,
    cpuModel: 'Test CPU',
    memoryGiB: 8,
    node: 'v20.0.0',
    platform: 'linux 6',
    loadAverage: [0.5, 0.4, 0.3],
  },
  date: '2026-02-03T04:05:06.000Z',
  metrics: [
    {
      name: 'save_scaling',
      ratio: 1.1,
      target: 1.5,
      raw: { save2000MedianMs: 9.5, save10MedianMs: 8.6, bids: [2000, 10] },
      available: true,
    },
    {
      name: 'docx_export',
      ratio: 3.9,
      target: 1.5,
      raw: { exportBidDocxMedianMs: 7700, barePackMedianMs: 1970 },
      available: true,
    },
    {
      name: 'renderer_keystroke',
      ratio: null,
      target: 1.5,
      raw: { reason: 'no Chromium at /usr/bin/chromium' },
      available: false,
    },
  ] satisfies Metric[],
}

describe('report', () => {
  it('names exactly the eight metrics of issue 8, pdf_export of issue 12, the two import metrics of issue 18, sync_one_edit of issue 19, guard_refusal, cli_startup and web_first_start of issue 17, the two section-editor metrics of issue 16', () => {
    expect([...METRIC_NAMES]).toEqual([
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
    ])
  })

  it('prints raw figures on one line, nested ones flattened', () => {
    expect(rawLine({ aMedianMs: 1.5, bids: [2000, 10], lowdb: { bytesPerEdit: 19, note: 'x' } })).toBe(
      'aMedianMs=1.5 bids=2000/10 lowdb.bytesPerEdit=19 lowdb.note="x"',
    )
  })

  it('marks pass, FAIL and not available in the table', () => {
    const lines = formatTable(report).split('\n')
    expect(lines[0]).toContain('2 × Test CPU, 8 GiB, Node v20.0.0')
    expect(lines.find((l) => l.startsWith('save_scaling'))).toMatch(/1\.1\s+≤ 1\.5\s+pass/)
    expect(lines.find((l) => l.startsWith('docx_export'))).toMatch(/3\.9\s+≤ 1\.5\s+FAIL/)
    expect(lines.find((l) => l.startsWith('renderer_keystroke'))).toMatch(/not available\s+≤ 1\.5\s+-/)
  })
})

describe('README section', () => {
  it('is appended once, then replaced in place between its markers', () => {
    const block = section(report) as string
    expect(block).toContain('| `save_scaling` |')
    expect(block).toContain('| 1.1 | ≤ 1.5 | pass |')
    expect(block).toContain('| 3.9 | ≤ 1.5 | **fail** |')
    expect(block).toContain('not available: no Chromium at /usr/bin/chromium')
    expect(block).toContain('2 × Test CPU, 8 GiB memory, Node v20.0.0')
    const first = replaceSection('# T\n\nintro\n', block) as string
    expect(first).toBe(`# T\n\nintro\n\n${block}\n`)
    const newer = section({ ...report, date: '2026-03-01T00:00:00.000Z' }) as string
    const second = replaceSection(first + '\n## After\n', newer) as string
    expect(second).toBe(`# T\n\nintro\n\n${newer}\n\n## After\n`)
    expect(second.match(/<!-- bench:start -->/g)).toHaveLength(1)
  })
})

describe('initial bundle', () => {
  it('counts the module script and its modulepreloads, not lazy chunks', async () => {
    const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-bundle-'))
    await fs.mkdir(path.join(dist, 'assets'))
    await fs.writeFile(
      path.join(dist, 'index.html'),
      '<script type="module" crossorigin src="./assets/index-a.js"></script>\n' +
        '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">\n',
    )
    await fs.writeFile(path.join(dist, 'assets/index-a.js'), 'x'.repeat(100))
    await fs.writeFile(path.join(dist, 'assets/vendor-b.js'), 'y'.repeat(50))
    await fs.writeFile(path.join(dist, 'assets/lazy-c.js'), 'z'.repeat(1000))
    const b = initialBundle(dist)
    expect(b.files).toEqual(['assets/index-a.js', 'assets/vendor-b.js'])
    expect(b.bytes).toBe(150)
    await fs.rm(dist, { recursive: true, force: true })
  })
})
