import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command } from '@cli/commands/negotiation'
import { UsageError } from '@cli/types'
import { AppContext } from '@services/app-context'
import { handlers } from '@services/api/handlers'
import { createWorkspace } from '@services/store'
import { convert, pdfFonts, pdfText } from './libreoffice'

let dir: string
let wsDir: string

function collect() {
  const o: string[] = []
  const e: string[] = []
  return { io: { out: (t: string) => o.push(t), err: (t: string) => e.push(t) }, o, e }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bidbench-negotiation-'))
  wsDir = join(dir, 'ws')
  const ws = await createWorkspace(wsDir, { name: '测试', company: { name: '某某信息技术有限公司' } })
  await ws.create('bids', { id: 'bid-ops', title: '运维服务项目', tenderNo: 'ZB-2026-07' })
  await ws.create('negotiations', {
    id: 'neg-ops',
    title: '运维合同谈判',
    bidId: 'bid-ops',
    counterpart: { org: '某能源集团采购部', people: ['郑晓燕'] },
    openingPrice: 1_000_000,
    goals: { ideal: 990_000, target: 960_000, walkAway: 950_000, batna: '维持原价，延后签约' },
    ourStyle: '合作型',
    counterpartStyle: '竞争型',
    strategies: { opening: '先谈服务范围再谈价格', middle: '以培训换价格', closing: '明确最终方案' },
    concession: { pattern: '希望成交型', total: 60_000, rounds: 4 },
    phrases: [{ id: 'p1', category: '弹性语言', text: '原则上可以考虑，细节回去核实。', note: '留余地' }],
    risks: ['对方以重新招标相威胁'],
  })
  await ws.close()
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('negotiation brief (CLI → Word → LibreOffice)', () => {
  const out = () => join(dir, '谈判简报.docx')

  it('writes the brief and LibreOffice renders goals, pattern and schedule', async () => {
    const { io, o, e } = collect()
    const code = await command.run(
      ['brief', wsDir, '--plan', 'neg-ops', '--out', out(), '--date', '2026-03-15', '--json'],
      io,
    )
    expect(e).toEqual([])
    expect(code).toBe(0)
    expect(JSON.parse(o[0])).toMatchObject({ planId: 'neg-ops', out: out() })
    expect((await stat(out())).size).toBeGreaterThan(10_000)

    const zip = await JSZip.loadAsync(await readFile(out()))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('让步模式：希望成交型')
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true)
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/w:eastAsia="宋体"/)
    expect(styles).toMatch(/<w:sz w:val="24"\/>/)
    expect(styles).toMatch(/w:line="360"/)

    await convert([out()], dir, 'pdf', dir)
    const pdf = join(dir, '谈判简报.pdf')
    const text = await pdfText(pdf)
    const flat = text.replace(/\s+/g, '')
    // Goals and walk-away.
    for (const s of ['1,000,000', '990,000', '960,000', '950,000', '维持原价，延后签约'])
      expect(flat).toContain(s)
    // Pattern and its schedule: 22/17/13/8 thousand from 1,000,000.
    expect(flat).toContain('让步模式：希望成交型')
    for (const s of ['22,000', '17,000', '13,000', '8,000', '978,000', '961,000', '948,000', '940,000'])
      expect(flat).toContain(s)
    // The walk-away warning, the pairing advice, the header and the phrase.
    expect(flat).toContain('第3轮后报价948000低于底线950000')
    expect(flat).toContain('搭配建议')
    expect(flat).toContain('运维服务项目（ZB-2026-07）谈判简报')
    expect(flat).toContain('原则上可以考虑，细节回去核实。')
    expect(flat).toContain('对方以重新招标相威胁')
    expect(await pdfFonts(pdf)).toMatch(/NotoSerifCJK/)
  }, 240_000)

  it('the API returns the same brief as base64', async () => {
    const ctx = new AppContext('cli', join(dir, 'home'))
    await ctx.open(wsDir, true)
    try {
      const r = await handlers['negotiations.brief']({ planId: 'neg-ops' }, ctx)
      expect(r.fileName).toBe('运维合同谈判-谈判简报.docx')
      const zip = await JSZip.loadAsync(Buffer.from(r.dataBase64, 'base64'))
      expect(await zip.file('word/document.xml')!.async('string')).toContain('希望成交型')
    } finally {
      await ctx.close()
    }
  })

  it('refuses bad input with a usage error that names the known plans', async () => {
    const { io } = collect()
    await expect(command.run(['brief', wsDir, '--plan', 'nope', '--out', out()], io)).rejects.toThrow(
      /neg-ops（运维合同谈判）/,
    )
    await expect(
      command.run(['brief', wsDir, '--plan', 'neg-ops', '--out', 'x.pdf'], io),
    ).rejects.toBeInstanceOf(UsageError)
    await expect(command.run(['brief', wsDir, '--out', out()], io)).rejects.toThrow(/--plan/)
    await expect(command.run(['brief', '--plan', 'neg-ops', '--out', out()], io)).rejects.toThrow(/工作区/)
    await expect(
      command.run(['brief', wsDir, '--plan', 'neg-ops', '--out', out(), '--date', '2026-02-30'], io),
    ).rejects.toMatchObject({ code: 'VALIDATION', en: expect.stringMatching(/date/) })
    await expect(command.run(['other'], io)).rejects.toBeInstanceOf(UsageError)
  })
})
